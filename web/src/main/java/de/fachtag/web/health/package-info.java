/** MicroProfile Health: {@code /health/ready} reports the database, {@code /health/live} the process. */
package de.fachtag.web.health;
