package de.fachtag.results;

import de.fachtag.tenant.LocalizedString;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Read models of the follow-up of recommendations and of the personal links. */
public final class FollowUp {

    private FollowUp() {}

    /** One entry of the public history: a state set, or the same state confirmed, on a date. */
    public record HistoryEntry(
            RecommendationState state,
            boolean confirmation,
            String note,
            String conceptLink,
            String changedBy,
            Instant changedAt)
            implements Serializable {}

    /**
     * Where a recommendation stands: its state, where it was adopted, why it was rejected, who
     * answers for it, when its state was last set or confirmed, and the history.
     */
    public record Standing(
            UUID recommendationId,
            String identifier,
            String titleDe,
            RecommendationState state,
            String conceptLink,
            String rejectionReason,
            String responsibleName,
            String responsibleEmail,
            String responsibleActorKey,
            Instant confirmedAt,
            List<HistoryEntry> history)
            implements Serializable {}

    /**
     * Who answers for a recommendation: the person's name (free text, or null) and the actor of the
     * tenant's directory by its key (or null). The documentation's PDF and files name both.
     */
    public record Responsible(String name, String actorKey) implements Serializable {}

    /** A personal link as the organizer sees it (never its token). */
    public record LinkView(
            UUID id,
            AccessPurpose purpose,
            String target,
            String name,
            String email,
            Instant expiresAt,
            Instant revokedAt,
            String createdBy,
            Instant createdAt,
            boolean open)
            implements Serializable {}

    /**
     * What a personal link opens, as its page shows it: {@code open} false when it expired or was
     * revoked (the page says so and offers nothing). For a follow-up link the recommendation's
     * standing; for a workshop lead's link the workshop and its results.
     */
    public record Opened(
            UUID accessId,
            AccessPurpose purpose,
            boolean open,
            Instant expiresAt,
            String name,
            String eventSlug,
            LocalizedString eventTitle,
            Standing standing,
            String recommendationText,
            String workshopCode,
            LocalizedString workshopTitle,
            List<Documentation.ResultView> results,
            String seriesSlug)
            implements Serializable {

        /** A link of a recommendation of a series' documentation: {@code eventTitle} is then the series' title. */
        public boolean ofSeries() {
            return seriesSlug != null;
        }
    }
}
