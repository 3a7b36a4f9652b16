/**
 * Feedback from the public pages, above all barrier reports as BGG §12b and BITV 2.0 require:
 * stored at once and forwarded to the tenant's feedback contact through the mail outbox in the
 * same transaction; then the back office's inbox, where each message is NEW until answered
 * (within {@link de.fachtag.feedback.FeedbackMessage#REPLY_PERIOD}), ANSWERED, or CLOSED.
 */
package de.fachtag.feedback;
