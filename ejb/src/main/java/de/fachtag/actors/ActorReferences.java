package de.fachtag.actors;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What refers to an actor of the directory from the rest of the platform (issue 14, "Links to
 * the rest"): the events it takes part in (an agenda contribution or a workshop lead naming the
 * actor), the recommendations it answers for, and its responsibilities in the matrix. The public
 * actor page shows published events and recommendations of published documentations only; the
 * back office's archive step shows everything before the actor goes.
 */
public record ActorReferences(
        List<EventPart> events,
        List<RecommendationPart> recommendations,
        List<ActorDirectory.Responsibility> responsibilities)
        implements Serializable {

    public ActorReferences {
        events = List.copyOf(events);
        recommendations = List.copyOf(recommendations);
        responsibilities = List.copyOf(responsibilities);
    }

    public boolean isEmpty() {
        return events.isEmpty() && recommendations.isEmpty() && responsibilities.isEmpty();
    }

    /**
     * An event the actor takes part in: its slug, title, date and state, and the parts (agenda item
     * or workshop titles, German) where a contribution names the actor.
     */
    public record EventPart(
            String slug,
            String titleDe,
            String titleEn,
            LocalDate date,
            String state,
            boolean published,
            List<String> parts)
            implements Serializable {

        public EventPart {
            parts = List.copyOf(parts);
        }

        public String title(Locale locale) {
            return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : titleDe;
        }
    }

    /**
     * A recommendation the actor answers for, with the event whose documentation holds it (or, for
     * a series documentation, the series; eventSlug is then null) and its state.
     */
    public record RecommendationPart(
            String eventSlug,
            String identifier,
            String titleDe,
            String titleEn,
            String state,
            boolean published,
            String seriesSlug)
            implements Serializable {

        public RecommendationPart(
                String eventSlug, String identifier, String titleDe, String titleEn, String state, boolean published) {
            this(eventSlug, identifier, titleDe, titleEn, state, published, null);
        }

        public boolean ofSeries() {
            return seriesSlug != null;
        }

        public String title(Locale locale) {
            return "en".equals(locale.getLanguage()) && titleEn != null && !titleEn.isBlank() ? titleEn : titleDe;
        }
    }
}
