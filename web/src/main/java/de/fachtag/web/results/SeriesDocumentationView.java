package de.fachtag.web.results;

import de.fachtag.results.Documentation;
import de.fachtag.results.PublishedDocumentation;
import de.fachtag.results.PublishingService;
import de.fachtag.tenant.LocalizedString;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.routing.RequestTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * {@code /t/{tenant}/series/{series}/documentation}: the published documentation of a series
 * (the four regional conferences): goal, the events with their results, the recommendations
 * written from results of several events, the keyword index. An unpublished documentation, an
 * unknown slug or another tenant's series answer 404 like any missing page. The series' slug
 * comes from the route as the parameter {@code series}.
 */
@Named("seriesDocumentationPage")
@RequestScoped
public class SeriesDocumentationView {

    @EJB
    PublishingService publishing;

    @Inject
    LocaleSelection lang;

    @Inject
    RequestTenant tenant;

    @Inject
    HttpServletRequest request;

    @EJB
    de.fachtag.results.FollowUpService followUp;

    @EJB
    de.fachtag.results.ResultsEditing editing;

    @EJB
    de.fachtag.reporting.Reports reports;

    private boolean loaded;
    private PublishedDocumentation documentation;
    private java.util.Map<java.util.UUID, de.fachtag.results.FollowUp.Standing> standings;
    private java.util.Map<java.util.UUID, List<DocumentationView.Picture>> pictures;
    private java.util.Map<java.util.UUID, List<String>> figures;

    /** Where a recommendation stands in its follow-up (state, responsible, last confirmed, history), or null. */
    public de.fachtag.results.FollowUp.Standing standing(java.util.UUID recommendationId) {
        if (standings == null) {
            standings = getDocumentation() == null
                    ? java.util.Map.of()
                    : followUp.publishedSeriesStandings(documentation.slug());
        }
        return standings.get(recommendationId);
    }

    /** A day in the reader's language ("05.12.2026"). */
    public String day(java.time.Instant at) {
        return ResultTexts.day(lang.getLocale(), at);
    }

    /** The pictures of a result (photos of flip charts) with their text alternative in the reader's language. */
    public List<DocumentationView.Picture> pictures(java.util.UUID resultId) {
        if (pictures == null) {
            java.util.Map<java.util.UUID, List<DocumentationView.Picture>> all = new java.util.HashMap<>();
            if (getDocumentation() != null) {
                String base = request.getContextPath() + tenant.getBase() + "/series/" + documentation.slug()
                        + "/documentation/pictures/";
                for (PublishedDocumentation.Part part : documentation.parts()) {
                    editing.attachments(part.eventSlug())
                            .forEach((result, views) -> views.forEach(a -> {
                                boolean en = lang.isEnglish()
                                        && a.altEn() != null
                                        && !a.altEn().isBlank();
                                all.computeIfAbsent(result, x -> new java.util.ArrayList<>())
                                        .add(new DocumentationView.Picture(
                                                base + a.id(), en ? a.altEn() : a.altDe(), en ? "en" : "de"));
                            }));
                }
            }
            pictures = all;
        }
        return pictures.getOrDefault(resultId, List.of());
    }

    /** The lines of figures under a workshop (attendance, sectors), protected as the reports protect them. */
    public List<String> figureLines(Documentation.Place place) {
        if (figures == null) {
            figures = getDocumentation() == null
                    ? java.util.Map.of()
                    : WorkshopFigureTexts.lines(documentation, reports::documentationFigures, lang.getLocale());
        }
        return place.workshop() ? figures.getOrDefault(place.id(), List.of()) : List.of();
    }

    /** Whether any workshop of the documentation has figures (then their notes are shown once). */
    public boolean isWithFigures() {
        getDocumentation();
        return documentation != null
                && documentation.parts().stream()
                        .flatMap(p -> p.places().stream())
                        .anyMatch(p -> !figureLines(p).isEmpty());
    }

    /** The written definitions of the figures (as the reports give them). */
    public List<String> getFigureNotes() {
        return WorkshopFigureTexts.notes(lang.getLocale());
    }

    /** {@code f:viewAction}: 404 unless the series' documentation is published. */
    public void load() throws IOException {
        if (getDocumentation() == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
        }
    }

    public PublishedDocumentation getDocumentation() {
        if (!loaded) {
            loaded = true;
            String slug = seriesParameter();
            if (slug != null && tenant.isPresent()) {
                documentation = publishing.publishedSeries(slug).orElse(null);
            }
        }
        return documentation;
    }

    /** The PDF of the same documentation, beside the page. */
    public String getPdfUrl() {
        return request.getContextPath() + tenant.getBase() + "/series/"
                + getDocumentation().slug() + "/documentation.pdf" + (lang.isEnglish() ? "?lang=en" : "");
    }

    /** A place's heading: the workshop or agenda item, or the event as a whole. */
    public String placeTitle(PublishedDocumentation.Part part, Documentation.Place place) {
        if (place.title() == null) {
            return ResultTexts.text(lang.getLocale(), "doc.wholeEvent", text(part.title()));
        }
        return text(place.title());
    }

    public String date(PublishedDocumentation.Part part) {
        return part.date() == null
                ? ""
                : part.date()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(lang.getLocale()));
    }

    public List<Documentation.Place> places(PublishedDocumentation.Part part) {
        return part.places();
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

    /** The series' slug the route passes on as the parameter {@code series} (of the forwarded request). */
    private static String seriesParameter() {
        return FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("series");
    }
}
