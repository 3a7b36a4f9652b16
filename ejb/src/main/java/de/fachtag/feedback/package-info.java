/**
 * Feedback from the public pages, above all barrier reports as BITV 2.0 requires: stored at
 * once, forwarded to the tenant's feedback contact by the mail outbox.
 */
package de.fachtag.feedback;
