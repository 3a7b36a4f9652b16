/** Fixtures of {@link de.fachtag.web.it.ActorsIT}: entries added to the demo directory and another tenant's directory. */
package de.fachtag.web.it.actors;
