/**
 * What {@link de.fachtag.web.it.MailIT} deploys besides the application: a servlet through
 * which the test, running in the failsafe JVM beside its GreenMail server, creates events,
 * registers people and runs the mail schedule at a chosen instant.
 */
package de.fachtag.web.it.mail;
