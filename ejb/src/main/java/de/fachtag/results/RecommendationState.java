package de.fachtag.results;

/**
 * Where a recommendation stands in its follow-up. Adopted needs a link to where in the concept;
 * rejected needs a reason. Implemented and rejected are final: no reminders follow.
 */
public enum RecommendationState {
    OPEN,
    UNDER_REVIEW,
    ADOPTED,
    IN_PROGRESS,
    IMPLEMENTED,
    REJECTED;

    public boolean isFinal() {
        return this == IMPLEMENTED || this == REJECTED;
    }
}
