/**
 * The pages after the Fachtag: the organizer's results and recommendations of an event
 * ({@code /organizer/{tenant}/events/{event}/results}) and the published documentation
 * ({@code /t/{tenant}/e/{event}/documentation}) with its table of contents, cross-references as
 * links and the generated keyword index.
 */
package de.fachtag.web.results;
