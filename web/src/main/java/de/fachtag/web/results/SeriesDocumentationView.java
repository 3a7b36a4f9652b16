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

    private boolean loaded;
    private PublishedDocumentation documentation;

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
