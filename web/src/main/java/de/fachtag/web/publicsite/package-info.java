/** Backing beans of the public pages: the tenant directory, a tenant's home and its legal pages, feedback. */
package de.fachtag.web.publicsite;
