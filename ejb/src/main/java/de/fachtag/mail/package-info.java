/**
 * The mail outbox: mails are rendered ({@link de.fachtag.mail.MailComposer}) and written
 * ({@link de.fachtag.mail.Outbox}) in the transaction that causes them and delivered later by a
 * background job ({@link de.fachtag.mail.MailDelivery}) over SMTP, with retries and backoff; an
 * outage delays mail and loses none, and no mail is sent twice, by two instances or across a crash
 * ({@link de.fachtag.mail.OutboxDelivery}). Reminders and livestream links are queued by time
 * ({@link de.fachtag.mail.ScheduledMails}, due times in {@link de.fachtag.mail.MailSchedule}).
 */
package de.fachtag.mail;
