/** Backing beans of the staff pages under {@code /organizer/{tenant}/}: one bean per screen. */
package de.fachtag.web.organizer;
