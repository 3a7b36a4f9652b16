package de.fachtag.web.organizer;

import de.fachtag.event.EventService;
import de.fachtag.event.EventSummary;
import de.fachtag.tenant.RejectedInputException;
import de.fachtag.tenant.SeriesService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The tenant's event series (Veranstaltungsreihen): the list, with its events, and a form to add one. */
@Named
@ViewScoped
public class SeriesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "series-form";

    @EJB
    SeriesService service;

    @EJB
    EventService events;

    @Inject
    EventBackoffice bo;

    private List<SeriesService.SeriesEntry> list;
    private Map<String, List<EventSummary>> eventsBySeries;

    @NotBlank(message = "{fachtag.required}")
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{fachtag.slug.invalid}")
    @Size(max = 63, message = "{fachtag.text.tooLong}")
    private String slug;

    @NotBlank(message = "{fachtag.required}")
    @Size(max = 300, message = "{fachtag.text.tooLong}")
    private String titleDe;

    @Size(max = 300, message = "{fachtag.text.tooLong}")
    private String titleEn;

    @PostConstruct
    void load() {
        list = service.list();
        eventsBySeries = new HashMap<>();
        for (EventSummary e : events.all()) {
            if (e.seriesSlug() != null) {
                eventsBySeries
                        .computeIfAbsent(e.seriesSlug(), k -> new java.util.ArrayList<>())
                        .add(e);
            }
        }
    }

    public void create() {
        if (!bo.isEditable()) {
            EventProblems.error(bo.text("notAllowed"));
            return;
        }
        try {
            String created = service.create(slug, titleDe, titleEn);
            EventProblems.info(bo.text("series.created", titleDe.strip(), created));
            slug = null;
            titleDe = null;
            titleEn = null;
            load();
        } catch (RejectedInputException e) {
            EventProblems.show(bo, FORM, e.problems());
        }
    }

    public List<EventSummary> eventsOf(String seriesSlug) {
        return eventsBySeries.getOrDefault(seriesSlug, List.of());
    }

    public List<SeriesService.SeriesEntry> getList() {
        return list;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitleDe() {
        return titleDe;
    }

    public void setTitleDe(String titleDe) {
        this.titleDe = titleDe;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }
}
