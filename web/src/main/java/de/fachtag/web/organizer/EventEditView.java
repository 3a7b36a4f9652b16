package de.fachtag.web.organizer;

import de.fachtag.event.EventForm;
import de.fachtag.event.EventFormat;
import de.fachtag.event.EventNotFoundException;
import de.fachtag.event.EventService;
import de.fachtag.event.EventState;
import de.fachtag.event.EventView;
import de.fachtag.tenant.ConcurrentEditException;
import de.fachtag.tenant.RejectedInputException;
import de.fachtag.tenant.SeriesService;
import de.fachtag.tenant.TenantSiteService;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The event editor, for a new event ({@code /events/new}) and an existing one
 * ({@code /events/{event}}): every field of {@link EventForm}, saved all or nothing, each
 * problem next to its field. The form carries the version the organizer read; when someone
 * else saved in between, the save is refused and the organizer's input stays on the page.
 */
@Named
@ViewScoped
public class EventEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "event-form";

    @EJB
    EventService events;

    @EJB
    SeriesService seriesService;

    @EJB
    TenantSiteService sites;

    @Inject
    EventBackoffice bo;

    /** Null while creating. */
    private String slug;

    private EventForm form;
    private EventState state;
    private List<SeriesService.SeriesEntry> series;
    private List<Funder> funders;
    /** Someone else saved since the form was read: offer to reload. */
    private boolean conflict;

    /** A funder to choose, as the checkboxes show it. */
    public record Funder(String key, String name) implements Serializable {}

    /** Runs on the first request of the page (not on postbacks): loads the event or answers 404. */
    public void load() {
        if (!de.fachtag.web.routing.ExpiredViewHandler.firstRender(FacesContext.getCurrentInstance())) {
            return;
        }
        slug = bo.eventSlug();
        series = seriesService.list();
        funders = sites.site().fundingNotices().stream()
                .map(n -> new Funder(n.key(), n.funder()))
                .toList();
        if (slug == null) {
            form = new EventForm();
            state = EventState.DRAFT;
            return;
        }
        if (!read()) {
            EventBackoffice.notFound();
        }
    }

    private boolean read() {
        Optional<EventView> event = events.event(slug);
        if (event.isEmpty()) {
            return false;
        }
        form = events.form(slug);
        state = event.get().state();
        conflict = false;
        return true;
    }

    public void save() {
        if (!bo.isEditable()) {
            EventProblems.error(bo.text("notAllowed"));
            return;
        }
        if (slug == null) {
            create();
        } else if (store()) {
            EventProblems.info(bo.text("event.saved"));
        }
    }

    private void create() {
        try {
            String created = events.create(form);
            EventProblems.info(bo.text("event.created"));
            bo.redirect("/events/" + created);
        } catch (RejectedInputException e) {
            EventProblems.show(bo, FORM, e.problems());
        } catch (EJBException e) {
            if (!EventProblems.showViolations(bo, FORM, e)) {
                throw e;
            }
        }
    }

    /** Saves the form over the version it was read at; false (with the reason shown) if refused. */
    private boolean store() {
        try {
            events.update(slug, form);
            read();
            return true;
        } catch (RejectedInputException e) {
            EventProblems.show(bo, FORM, e.problems());
        } catch (ConcurrentEditException e) {
            conflict();
        } catch (EventNotFoundException e) {
            EventProblems.error(bo.text("events.gone"));
        } catch (de.fachtag.registration.SeatsBusyException e) {
            EventProblems.error(bo.text("events.seatsBusy"));
        } catch (EJBException e) {
            if (EventProblems.isConflict(e)) {
                conflict();
            } else if (!EventProblems.showViolations(bo, FORM, e)) {
                throw e;
            }
        }
        return false;
    }

    /**
     * Saves the form, then publishes: the organizer's unsaved input is never dropped by a
     * publish. A refusal (no date) leaves the saved details and says why next to the field.
     */
    public void publish() {
        saveThen(() -> events.publish(slug, form.getVersion()), "event.published");
    }

    /** Saves the form, then withdraws the event (a draft again). */
    public void unpublish() {
        saveThen(() -> events.unpublish(slug, form.getVersion()), "event.unpublished");
    }

    private void saveThen(Runnable change, String doneKey) {
        if (!bo.isEditable() || slug == null) {
            EventProblems.error(bo.text("notAllowed"));
            return;
        }
        if (!store()) {
            return;
        }
        try {
            change.run();
            read();
            EventProblems.info(bo.text(doneKey));
        } catch (RejectedInputException e) {
            EventProblems.show(bo, FORM, e.problems(), "event.publishRefused");
        } catch (ConcurrentEditException e) {
            conflict();
        } catch (EventNotFoundException e) {
            EventProblems.error(bo.text("events.gone"));
        } catch (EJBException e) {
            if (!EventProblems.isConflict(e)) {
                throw e;
            }
            conflict();
        }
    }

    /** Drops the organizer's input and shows what is stored now. */
    public void reload() {
        if (slug != null && !read()) {
            EventProblems.error(bo.text("events.gone"));
        }
    }

    private void conflict() {
        conflict = true;
        EventProblems.error(bo.text("conflict"));
    }

    public boolean isNew() {
        return slug == null;
    }

    public boolean isPublic() {
        return de.fachtag.event.Event.PUBLIC_STATES.contains(state);
    }

    public boolean isDraft() {
        return state == EventState.DRAFT;
    }

    public String getSlug() {
        return slug;
    }

    public EventForm getForm() {
        return form;
    }

    public EventState getState() {
        return state;
    }

    public List<SeriesService.SeriesEntry> getSeries() {
        return series;
    }

    public List<Funder> getFunders() {
        return funders;
    }

    public EventFormat[] getFormats() {
        return EventFormat.values();
    }

    public boolean isConflict() {
        return conflict;
    }
}
