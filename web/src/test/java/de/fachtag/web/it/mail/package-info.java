/**
 * The probe of {@link de.fachtag.web.it.MailIT} in the test WAR: a servlet through which the
 * test, running in the failsafe JVM beside the run's GreenMail server, creates events,
 * registers people and runs the mail schedule at a chosen instant.
 */
package de.fachtag.web.it.mail;
