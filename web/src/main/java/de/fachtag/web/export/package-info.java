/**
 * The organizer's files of an event's registrations: the table as CSV and XLSX (cells that a
 * spreadsheet would run as a formula are defused), the attendance list per workshop with a
 * signature column and the funding notice, the photo list, and the name badges with the QR
 * code of the check-in code. Served under the organizer area, tenant and role checked like its
 * pages.
 */
package de.fachtag.web.export;
