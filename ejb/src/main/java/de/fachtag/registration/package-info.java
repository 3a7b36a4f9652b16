/**
 * Registration (Anmeldung): seats and waitlist, consent texts and records, the participant's
 * private link, check-in, the organizer's lists and the retention of personal data.
 */
package de.fachtag.registration;
