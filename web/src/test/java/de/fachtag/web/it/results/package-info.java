/** Fixtures of {@link de.fachtag.web.it.ResultsIT}: results and recommendations of the event fixtures' open event. */
package de.fachtag.web.it.results;
