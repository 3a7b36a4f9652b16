/**
 * Helpers of {@link de.fachtag.web.it.BackofficeIT}: driving the organizer back office for
 * events, series, agenda and workshops in Chromium ({@link de.fachtag.web.it.backoffice.BackofficeBrowser}).
 */
package de.fachtag.web.it.backoffice;
