package de.fachtag.web.results;

import de.fachtag.results.PublishedDocumentation;
import de.fachtag.results.PublishingService;
import de.fachtag.results.ResultsNotFoundException;
import de.fachtag.results.ResultsRuleException;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.organizer.EventBackoffice;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * {@code /organizer/{tenant}/series/{series}/documentation}: the documentation of a series as
 * its organizers see it (recommendations written from results of several events, the drafting
 * check), its publication, and its files (PDF, CSV, XLSX, JSON). Publishing refuses a
 * documentation with a dangling cross-reference or a keyword without a label and says where.
 * Another tenant's series answers 404.
 */
@Named("seriesDocView")
@ViewScoped
public class SeriesDocumentationBackofficeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PublishingService publishing;

    @Inject
    EventBackoffice bo;

    @Inject
    LocaleSelection lang;

    @Inject
    HttpServletRequest request;

    @Inject
    de.fachtag.web.routing.RequestTenant tenant;

    private String slug;
    private PublishedDocumentation documentation;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        slug = seriesParameter();
        if (!read()) {
            EventBackoffice.notFound();
        }
    }

    private boolean read() {
        if (slug == null) {
            return false;
        }
        try {
            documentation = publishing.seriesDocumentation(slug);
            return true;
        } catch (ResultsNotFoundException e) {
            return false;
        }
    }

    public void publish() {
        act(() -> publishing.publishSeries(slug));
    }

    public void withdraw() {
        act(() -> publishing.withdrawSeries(slug));
    }

    private void act(Runnable change) {
        if (!bo.isEditable()) {
            return;
        }
        try {
            change.run();
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_INFO, ResultTexts.text(lang.getLocale(), "bo.saved"), null));
        } catch (ResultsRuleException e) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    ResultTexts.text(lang.getLocale(), e.getMessageKey(), e.getPlace()),
                                    null));
        } catch (ResultsNotFoundException e) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    ResultTexts.text(lang.getLocale(), "pub.nothingToPublish"),
                                    null));
        }
        if (!read()) {
            EventBackoffice.notFound();
        }
    }

    public PublishedDocumentation getDocumentation() {
        return documentation;
    }

    public String getSlug() {
        return slug;
    }

    public String getPublicUrl() {
        return request.getContextPath() + "/t/" + tenant.getSlug() + "/series/" + slug + "/documentation";
    }

    /** {@code .../series/{series}/results.csv} and its siblings. */
    public String fileUrl(String extension) {
        return bo.getBase() + "/series/" + slug + "/results." + extension;
    }

    /** The series' slug the route passes on as the parameter {@code series} (of the forwarded request). */
    private static String seriesParameter() {
        return FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("series");
    }
}
