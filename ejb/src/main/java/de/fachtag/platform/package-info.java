/**
 * Platform infrastructure: the application's data source, the schema migrations that run
 * before the application serves, and the settings read from the environment.
 */
package de.fachtag.platform;
