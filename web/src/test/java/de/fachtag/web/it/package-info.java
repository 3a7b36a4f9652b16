/**
 * Integration tests: the built WAR in a real Payara Micro (Arquillian) against a real
 * PostgreSQL, in-container for services and tenancy, as a client and in Chromium for pages.
 * Every class runs against the same test WAR in the same Payara Micro, booted once per run
 * ({@link de.fachtag.web.it.boot}): a class declares no {@code @Deployment}, makes its own
 * events, addresses and accounts (or finds them made by a {@code @Startup} fixture of its own),
 * and never counts on what another class left.
 */
package de.fachtag.web.it;
