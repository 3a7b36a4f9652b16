/**
 * The mail outbox: mails are written in the transaction that causes them and delivered later
 * by a background job over SMTP, with retries; an outage delays mail and loses none.
 */
package de.fachtag.mail;
