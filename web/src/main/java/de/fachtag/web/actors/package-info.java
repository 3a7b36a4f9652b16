/**
 * The actors directory's pages and files (issue 14): the public directory with the responsibility
 * matrix and the Wegweiser ({@code /t/{tenant}/actors}), an actor's page, the printable
 * Schnittstellenpapier (PDF/UA-1), the data as CSV, XLSX and JSON (Open Referral HSDS where it
 * fits), and the back office ({@code /organizer/{tenant}/actors}) with its checks and the YAML
 * import and export.
 */
package de.fachtag.web.actors;
