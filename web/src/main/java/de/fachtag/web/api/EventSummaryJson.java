package de.fachtag.web.api;

import de.fachtag.event.EventSummary;
import de.fachtag.web.publicsite.EventTexts;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An event in {@code GET /api/v1/tenants/{tenant}/events}: enough to list and link it. Field
 * names are a contract: add, never rename. The edition is left out on purpose: a list cannot say
 * whether a demo file invented it; the event itself has it with its {@code illustrative} paths.
 */
@JsonbNillable
@JsonbPropertyOrder({"slug", "url", "apiUrl", "series", "title", "motto", "date", "start", "end", "city", "state"})
@Schema(name = "EventSummary", description = "A published event in a tenant's list.")
public record EventSummaryJson(
        @Schema(example = "fachtag-integration-2021") String slug,
        @Schema(description = "The public event page.") String url,

        @Schema(description = "The event with agenda and workshops in this API.")
        String apiUrl,

        @Schema(description = "Slug of the series, if any.", example = "fachtag-integration", nullable = true)
        String series,

        @Schema(example = "5 Jahre Integrationsarbeit Mittelsachsen")
        String title,

        @Schema(example = "Ein Blick zurück – Zwei nach vorn", nullable = true)
        String motto,

        @Schema(
                description = "ISO-8601 day; null while not fixed.",
                example = "2021-10-07",
                type = SchemaType.STRING,
                format = "date",
                nullable = true)
        String date,

        @Schema(description = "HH:mm, local time of the event.", example = "08:30", nullable = true)
        String start,

        @Schema(description = "HH:mm, local time of the event.", example = "16:00", nullable = true)
        String end,

        @Schema(example = "Freiberg", nullable = true) String city,

        @Schema(enumeration = {"PUBLISHED", "REGISTRATION_CLOSED", "DONE"})
        String state) {

    /** {@code site}: the root of the tenant's public pages; {@code apiBase}: the API's root. */
    static EventSummaryJson of(String tenant, EventSummary e, Locale locale, String site, String apiBase) {
        EventTexts texts = new EventTexts(locale);
        return new EventSummaryJson(
                e.slug(),
                site + "/e/" + e.slug(),
                apiBase + "/tenants/" + tenant + "/events/" + e.slug(),
                e.seriesSlug(),
                texts.text(e.title()),
                texts.text(e.motto()),
                e.date() == null ? null : e.date().toString(),
                EventTexts.isoTime(e.start()),
                EventTexts.isoTime(e.end()),
                e.city(),
                e.state().name());
    }
}
