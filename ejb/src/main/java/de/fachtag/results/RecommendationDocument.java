package de.fachtag.results;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The documentation of an event: the prefix of its recommendations' identifiers, the next number
 * to hand out (a number is assigned once and never reused, so "HE-2024-SLD-03" names the same
 * recommendation after any reordering or removal), and whether it is published.
 */
@Entity
@Table(name = "recommendation_document")
@NamedQuery(
        name = "RecommendationDocument.ofEvent",
        query = "SELECT d FROM RecommendationDocument d WHERE d.eventId = :event")
@NamedQuery(
        name = "RecommendationDocument.ofSeries",
        query = "SELECT d FROM RecommendationDocument d WHERE d.seriesId = :series")
public class RecommendationDocument extends TenantOwned {

    /** Strings, not UUIDs, for nullable ids: EclipseLink's UUID conversion fails on NULL (as ConsentText). */
    @Column(name = "event_id", updatable = false)
    private String eventId;

    @Column(nullable = false)
    private String prefix;

    @Column(name = "next_number", nullable = false)
    private int nextNumber = 1;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** After how many days without a confirmed state the responsible person is reminded (V30). */
    @Column(name = "reminder_days", nullable = false)
    private int reminderDays = 90;

    /** The documentation of a series (V25: exactly one of event and series). */
    @Column(name = "series_id", updatable = false)
    private String seriesId;

    /** Contents invented for the demo (V26); the pages say so. */
    private boolean illustrative;

    protected RecommendationDocument() {}

    public RecommendationDocument(UUID eventId, String prefix) {
        this.eventId = eventId.toString();
        this.prefix = prefix;
    }

    /** The documentation of a series: recommendations written from the results of its events. */
    static RecommendationDocument ofSeries(UUID seriesId, String prefix) {
        RecommendationDocument d = new RecommendationDocument();
        d.seriesId = seriesId.toString();
        d.prefix = prefix;
        return d;
    }

    void markIllustrative(boolean illustrative) {
        this.illustrative = illustrative;
    }

    /** The next number, used up: never handed out again. */
    int takeNumber() {
        return nextNumber++;
    }

    public String identifier(int number) {
        return prefix + "-" + (number < 10 ? "0" + number : String.valueOf(number));
    }

    void publish(Instant at) {
        publishedAt = at;
    }

    void withdraw() {
        publishedAt = null;
    }

    void remindAfter(int days) {
        this.reminderDays = days;
    }

    public int getReminderDays() {
        return reminderDays;
    }

    public UUID getEventId() {
        return eventId == null ? null : UUID.fromString(eventId);
    }

    public String getPrefix() {
        return prefix;
    }

    public int getNextNumber() {
        return nextNumber;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public UUID getSeriesId() {
        return seriesId == null ? null : UUID.fromString(seriesId);
    }

    public boolean isIllustrative() {
        return illustrative;
    }
}
