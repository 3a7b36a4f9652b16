package de.fachtag.results;

import de.fachtag.tenant.LocalizedString;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The results and recommendations of an event as the back office and the public documentation
 * show them: places (workshops, then agenda items) with their results, the recommendations in
 * order with their sources, keywords and cross-references, the generated keyword index, and the
 * drafting check (results neither used nor set aside). Entities never reach the pages.
 */
public record Documentation(
        UUID eventId,
        String eventSlug,
        String prefix,
        Instant publishedAt,
        List<Place> places,
        List<RecommendationView> recommendations,
        List<IndexEntry> index,
        List<ResultView> unresolved)
        implements Serializable {

    public boolean published() {
        return publishedAt != null;
    }

    /** Every result, in the order of the places. */
    public List<ResultView> results() {
        return places.stream().flatMap(p -> p.results().stream()).toList();
    }

    /** A keyword: German and English label, synonyms. */
    public record KeywordView(UUID id, String labelDe, String labelEn, List<String> synonyms) implements Serializable {
        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : labelDe;
        }
    }

    /** A workshop (code "A") or an agenda item (a panel) with the results recorded there. */
    public record Place(UUID id, boolean workshop, String code, LocalizedString title, List<ResultView> results)
            implements Serializable {
        public String anchor() {
            return (workshop ? "workshop-" : "item-") + id;
        }
    }

    /** A recommendation named by identifier, as a link target. */
    public record RecommendationRef(UUID id, String identifier) implements Serializable {}

    /** A result with its keywords and the recommendations that use it (the second direction of provenance). */
    public record ResultView(
            UUID id,
            UUID placeId,
            String placeCode,
            int number,
            ResultType type,
            String textDe,
            String textEn,
            String fieldOfAction,
            String responsibleActor,
            String setAsideReason,
            List<KeywordView> keywords,
            List<RecommendationRef> usedBy)
            implements Serializable {
        public String anchor() {
            return "result-" + id;
        }

        /** "A.2": the place's code and the result's number there. */
        public String label() {
            return placeCode + "." + number;
        }

        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) && textEn != null ? textEn : textDe;
        }

        public boolean setAside() {
            return setAsideReason != null;
        }
    }

    /** A cross-reference to another recommendation. */
    public record ReferenceView(ReferenceKind kind, UUID targetId, String targetIdentifier) implements Serializable {
        public String anchor() {
            return targetIdentifier;
        }
    }

    /** A recommendation with its sources (results), keywords and cross-references, and those pointing at it. */
    public record RecommendationView(
            UUID id,
            String identifier,
            int number,
            String titleDe,
            String titleEn,
            String textDe,
            String textEn,
            List<ResultView> sources,
            List<KeywordView> keywords,
            List<ReferenceView> references,
            List<ReferenceView> referencedBy)
            implements Serializable {
        public String anchor() {
            return identifier;
        }

        public String title(Locale locale) {
            return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleDe;
        }

        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) && textEn != null ? textEn : textDe;
        }
    }

    /** A place a keyword is used: the anchor on the page and its label (a result "A.2" or a recommendation's identifier). */
    public record IndexPlace(String anchor, String label) implements Serializable {}

    /** One entry of the keyword index: the keyword and every place it is used, results first, in page order. */
    public record IndexEntry(KeywordView keyword, List<IndexPlace> places) implements Serializable {}
}
