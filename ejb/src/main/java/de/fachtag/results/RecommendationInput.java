package de.fachtag.results;

import java.util.List;
import java.util.UUID;

/**
 * What an organizer enters for a recommendation: title and text, the results it is written from
 * (at least one), keywords, and cross-references given by the target's identifier.
 */
public record RecommendationInput(
        String titleDe,
        String titleEn,
        String textDe,
        String textEn,
        List<UUID> resultIds,
        List<UUID> keywordIds,
        List<ReferenceInput> references) {

    /** A cross-reference as typed: the kind and the identifier of the recommendation it points at ("HE-2024-SLD-03"). */
    public record ReferenceInput(ReferenceKind kind, String target) {}
}
