package de.fachtag.results;

import de.fachtag.results.Documentation.IndexEntry;
import de.fachtag.results.Documentation.Place;
import de.fachtag.results.Documentation.RecommendationView;
import de.fachtag.results.Documentation.ResultView;
import de.fachtag.tenant.LocalizedString;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A documentation as it is published, of one event or of a series (the four regional
 * conferences): the same shape for the series page, the PDF and the exports. Goal, the events
 * (one for an event's documentation) with their places and results, the recommendations (one may
 * be written from results of several events), the keyword index, the funders' notices, and
 * whether the contents were invented for the demo.
 *
 * @param slug the event's or the series' slug
 */
public record PublishedDocumentation(
        boolean series,
        String slug,
        LocalizedString title,
        LocalizedString goal,
        String prefix,
        Instant publishedAt,
        boolean illustrative,
        List<Part> parts,
        List<RecommendationView> recommendations,
        List<IndexEntry> index,
        List<ResultView> unresolved,
        List<LocalizedString> funderNotices)
        implements Serializable {

    public boolean published() {
        return publishedAt != null;
    }

    /** Every result, in the order of the parts and their places. */
    public List<ResultView> results() {
        return parts.stream()
                .flatMap(p -> p.places().stream())
                .flatMap(p -> p.results().stream())
                .toList();
    }

    /** The part and place a result belongs to. */
    public Part partOf(ResultView result) {
        return parts.stream()
                .filter(p -> p.places().stream().anyMatch(pl -> pl.results().contains(result)))
                .findFirst()
                .orElse(null);
    }

    /** The place a result belongs to. */
    public Place placeOf(ResultView result) {
        return parts.stream()
                .flatMap(p -> p.places().stream())
                .filter(pl -> pl.results().contains(result))
                .findFirst()
                .orElse(null);
    }

    /**
     * One event of the documentation: its label in result labels ("4" in "4.A.2" for the fourth
     * conference; empty in an event's own documentation), title, date, city, and its places
     * (workshops, agenda items, and the event as a whole) with their results.
     */
    public record Part(
            UUID eventId,
            String eventSlug,
            String label,
            LocalizedString title,
            LocalDate date,
            String city,
            List<Place> places)
            implements Serializable {
        public String anchor() {
            return "event-" + eventSlug;
        }
    }
}
