/** MicroProfile Health: {@code /health/ready} reports the database and whether the tenant files are imported, {@code /health/live} the process. */
package de.fachtag.web.health;
