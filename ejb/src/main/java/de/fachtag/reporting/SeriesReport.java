package de.fachtag.reporting;

import de.fachtag.tenant.LocalizedString;
import java.util.List;

/**
 * The editions of a series side by side, with their sum and the distinct persons across the
 * series (someone at two conferences counts once).
 *
 * @param persons  distinct persons: registrations that were the person's first in the series,
 *                 plus the participants of events recorded by hand
 * @param manual   at least one edition's figures were entered by hand
 */
public record SeriesReport(
        String slug, LocalizedString title, List<EventReport> editions, Counts total, long persons, boolean manual) {}
