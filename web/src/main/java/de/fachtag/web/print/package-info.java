/**
 * {@code /t/{tenant}/e/{event}.pdf}: the printable A4 programme of an event, drawn with Apache
 * PDFBox in the tenant's colours, reached only through the routing filter's forward to
 * {@code /_event/pdf}.
 */
package de.fachtag.web.print;
