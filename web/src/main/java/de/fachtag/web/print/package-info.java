/**
 * Printed documents: {@code /t/{tenant}/e/{event}.pdf}, the printable A4 programme of an event in
 * the tenant's colours (reached only through the routing filter's forward to
 * {@code /_event/pdf}), and {@link de.fachtag.web.print.TaggedPdf}, through which every PDF of the
 * platform is laid out as PDF/UA-1 by openhtmltopdf.
 */
package de.fachtag.web.print;
