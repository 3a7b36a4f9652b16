package de.fachtag.web.results;

import de.fachtag.event.EventCatalog;
import de.fachtag.event.EventView;
import de.fachtag.results.Documentation;
import de.fachtag.results.ResultsService;
import de.fachtag.tenant.LocalizedString;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.routing.RequestTenant;
import de.fachtag.web.routing.TenantRoutingFilter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code /t/{tenant}/e/{event}/documentation}: the published documentation of a public event.
 * An unpublished documentation, a draft event, an unknown slug or another tenant's event
 * answer 404 like any missing page.
 */
@Named("documentationPage")
@RequestScoped
public class DocumentationView {

    @EJB
    EventCatalog catalog;

    @EJB
    ResultsService results;

    @EJB
    de.fachtag.results.PublishingService publishing;

    @Inject
    LocaleSelection lang;

    @EJB
    de.fachtag.results.FollowUpService followUp;

    @Inject
    RequestTenant tenant;

    @EJB
    de.fachtag.actors.ActorService actors;

    private de.fachtag.actors.ActorDirectory publishedActors;

    private java.util.Map<java.util.UUID, String> resultActorKeys;

    @EJB
    de.fachtag.reporting.Reports reports;

    private de.fachtag.reporting.DocumentationFigures figures;

    @EJB
    de.fachtag.results.ResultsEditing editing;

    private java.util.Map<java.util.UUID, List<de.fachtag.results.Drafts.AttachmentView>> pictures;

    /** A picture of a result as the page shows it: its address and its text alternative in the reader's language. */
    public record Picture(String url, String alt, String lang) {}

    /** The pictures of a result (photos of flip charts), each with its required text alternative. */
    public List<Picture> pictures(java.util.UUID resultId) {
        if (pictures == null) {
            pictures = getDocumentation() == null ? java.util.Map.of() : editing.attachments(documentation.eventSlug());
        }
        String base = request.getContextPath() + tenant.getBase() + "/e/" + documentation.eventSlug()
                + "/documentation/pictures/";
        return pictures.getOrDefault(resultId, List.of()).stream()
                .map(a -> {
                    boolean en =
                            lang.isEnglish() && a.altEn() != null && !a.altEn().isBlank();
                    return new Picture(base + a.id(), en ? a.altEn() : a.altDe(), en ? "en" : "de");
                })
                .toList();
    }

    @Inject
    HttpServletRequest request;

    private boolean loaded;
    private EventView event;
    private Documentation documentation;
    private java.util.Map<java.util.UUID, de.fachtag.results.FollowUp.Standing> standings;

    /** {@code f:viewAction}: 404 unless the event is public and its documentation published. */
    public void load() throws IOException {
        if (getDocumentation() == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
        }
    }

    public Documentation getDocumentation() {
        if (!loaded) {
            loaded = true;
            Object slug = request.getAttribute(TenantRoutingFilter.EVENT_SLUG);
            if (slug != null && tenant.isPresent()) {
                event = catalog.publicEvent(slug.toString()).orElse(null);
                Optional<Documentation> d = event == null ? Optional.empty() : results.published(slug.toString());
                documentation = d.orElse(null);
            }
        }
        return documentation;
    }

    /**
     * The published actor of the directory a recommendation names responsible, or null (none, or
     * archived since): the documentation names and links it.
     */
    public de.fachtag.actors.ActorDirectory.Actor actor(String key) {
        if (key == null) {
            return null;
        }
        if (publishedActors == null) {
            publishedActors = actors.published();
        }
        return publishedActors.actor(key).orElse(null);
    }

    /** {@code /fachtag/t/mittelsachsen/actors}: where an actor's page is. */
    public String getActorsBase() {
        return request.getContextPath() + tenant.getBase() + "/actors";
    }

    /** The published actor of the directory a result names responsible, or null. */
    public de.fachtag.actors.ActorDirectory.Actor resultActor(java.util.UUID resultId) {
        if (resultActorKeys == null) {
            resultActorKeys = getDocumentation() == null
                    ? java.util.Map.of()
                    : results.resultActors(documentation.results().stream()
                            .map(de.fachtag.results.Documentation.ResultView::id)
                            .toList());
        }
        return actor(resultActorKeys.get(resultId));
    }

    /** Where a recommendation stands in its follow-up (the state line), or null. */
    public de.fachtag.results.FollowUp.Standing standing(java.util.UUID recommendationId) {
        if (standings == null) {
            standings = getDocumentation() == null
                    ? java.util.Map.of()
                    : followUp.publishedStandings(documentation.eventSlug());
        }
        return standings.get(recommendationId);
    }

    /** A day in the reader's language ("05.12.2026"). */
    public String day(java.time.Instant at) {
        return ResultTexts.day(lang.getLocale(), at);
    }

    /** Whether the documentation's contents were invented for the demo. */
    public boolean isIllustrative() {
        return getDocumentation() != null && publishing.illustrativeEvent(documentation.eventSlug());
    }

    /** The PDF of the same documentation, beside the page. */
    public String getPdfUrl() {
        return request.getContextPath() + tenant.getBase() + "/e/"
                + getDocumentation().eventSlug() + "/documentation.pdf" + (lang.isEnglish() ? "?lang=en" : "");
    }

    public EventView getEvent() {
        getDocumentation();
        return event;
    }

    public List<Documentation.Place> getPlaces() {
        return getDocumentation().places().stream()
                .filter(p -> !p.results().isEmpty() || p.workshop())
                .toList();
    }

    /** Attendance and sectors of the workshops, as the reports count them and protected (no figure about 1 to 4 people). */
    public de.fachtag.reporting.DocumentationFigures getFigures() {
        if (figures == null && getDocumentation() != null) {
            figures = reports.documentationFigures(documentation.eventSlug());
        }
        return figures;
    }

    /** The lines of figures under a workshop: "Teilnahme: 12", "Organisationen nach Bereich: Verwaltung 7, …". */
    public List<String> figureLines(Documentation.Place place) {
        return place.workshop() && getFigures() != null
                ? WorkshopFigureTexts.lines(figures, place.id(), lang.getLocale())
                : List.of();
    }

    /** The written definitions of the figures (as the reports give them), shown once under the results. */
    public List<String> getFigureNotes() {
        return WorkshopFigureTexts.notes(lang.getLocale());
    }

    public String synonyms(Documentation.KeywordView keyword) {
        return String.join(", ", keyword.synonyms());
    }

    public String text(LocalizedString text) {
        return text == null ? null : text.in(lang.getLocale());
    }

    /** The language a bilingual text is shown in (German stands in for a missing English text). */
    public String languageOf(LocalizedString text) {
        return lang.isEnglish()
                        && text != null
                        && text.getEn() != null
                        && !text.getEn().isBlank()
                ? "en"
                : "de";
    }

    public String languageOfEnglish(String english) {
        return lang.isEnglish() && english != null && !english.isBlank() ? "en" : "de";
    }
}
