package de.fachtag.reporting;

import de.fachtag.tenant.LocalizedString;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of one event, for its organizer: totals, by mode, workshop, sector and day of
 * registration. The same record is the page, the CSV, the XLSX and the JSON; nothing in it
 * names a person.
 *
 * @param manual        the figures were entered by hand (the event ran outside the platform)
 * @param illustrative  hand-entered figures whose split is only illustrative (demo data)
 * @param dataTime      when the figures were read
 */
public record EventReport(
        String slug,
        LocalizedString title,
        Integer edition,
        LocalDate date,
        String seriesSlug,
        Integer seats,
        boolean manual,
        boolean illustrative,
        Instant dataTime,
        Counts total,
        List<Line> byMode,
        List<WorkshopLine> byWorkshop,
        List<Line> bySector,
        List<DayLine> byDay) {

    /** A row of a breakdown: the key (mode or sector key) and its figures. */
    public record Line(String key, Counts counts) {}

    /** A workshop's row: its code, title, seats and figures. Key "" collects registrations without a workshop. */
    public record WorkshopLine(String code, LocalizedString title, Integer seats, Counts counts) {}

    /**
     * Registrations that arrived on one day: {@code daysBefore} counts back from the event's day
     * (null for an event without a date), {@code cumulative} is the sum up to this day.
     */
    public record DayLine(LocalDate day, Long daysBefore, long made, long cumulative) {}
}
