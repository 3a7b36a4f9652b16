/**
 * {@code /t/{tenant}/e/{event}.ics}: an event and its agenda items as an RFC 5545 calendar
 * (ical4j), reached only through the routing filter's forward to {@code /_event/ics}.
 */
package de.fachtag.web.calendar;
