/**
 * Reporting: the catalogue of figures, their queries and the rules that protect them (small-cell
 * suppression).
 */
package de.fachtag.reporting;
