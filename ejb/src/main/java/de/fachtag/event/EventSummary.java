package de.fachtag.event;

import de.fachtag.tenant.LocalizedString;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** An event in a list: enough to show title, date, place and state and to link to it. */
public record EventSummary(
        String slug,
        String seriesSlug,
        Integer edition,
        LocalizedString title,
        LocalizedString motto,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        String city,
        EventState state,
        long version)
        implements Serializable {

    static EventSummary of(Event e) {
        return new EventSummary(
                e.getSlug(),
                e.getSeries() == null ? null : e.getSeries().getSlug(),
                e.getEdition(),
                e.getTitle(),
                e.getMotto(),
                e.getDate(),
                e.getStart(),
                e.getEnd(),
                e.getVenue() == null ? null : e.getVenue().getCity(),
                e.getState(),
                e.getVersion());
    }
}
