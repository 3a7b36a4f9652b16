/**
 * Integration tests: the built WAR in a real Payara Micro (Arquillian) against a real
 * PostgreSQL, in-container for services and tenancy, as a client and in Chromium for pages.
 */
package de.fachtag.web.it;
