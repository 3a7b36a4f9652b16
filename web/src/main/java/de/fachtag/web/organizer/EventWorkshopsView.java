package de.fachtag.web.organizer;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.fachtag.event.ContributionRole;
import de.fachtag.event.ContributionStatus;
import de.fachtag.event.EventNotFoundException;
import de.fachtag.event.EventService;
import de.fachtag.event.EventView;
import de.fachtag.event.EventView.WorkshopView;
import de.fachtag.event.WorkshopForm;
import de.fachtag.tenant.ConcurrentEditException;
import de.fachtag.tenant.RejectedInputException;

/**
 * The workshop editor: the event's workshops (code, title, guiding questions, audience,
 * capacity, room) with their leads, moderation and speakers; one form to add or change a
 * workshop, one to add people. Every change carries the event's version.
 */
@Named
@ViewScoped
public class EventWorkshopsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String WORKSHOP_FORM = "workshop-form";
    static final String LIST_FORM = "workshops-form";
    static final String PEOPLE_FORM = "contribution-form";

    @EJB
    EventService events;

    @Inject
    EventBackoffice bo;

    private String slug;
    private EventView event;
    private boolean conflict;
    private WorkshopForm workshop = new WorkshopForm();
    private UUID pendingRemoval;
    private final EventContributionForm people = new EventContributionForm(ContributionRole.WORKSHOP_LEAD);

    /** Runs on the first request of the page: loads the event or answers 404. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        slug = bo.eventSlug();
        if (!read()) {
            EventBackoffice.notFound();
        }
    }

    private boolean read() {
        Optional<EventView> found = slug == null ? Optional.empty() : events.event(slug);
        if (found.isEmpty()) {
            return false;
        }
        event = found.get();
        conflict = false;
        if (people.getTarget() != null
                && event.workshops().stream().noneMatch(w -> w.id().toString().equals(people.getTarget()))) {
            people.setTarget(null);
        }
        return true;
    }

    public void saveWorkshop() {
        if (!editable()) {
            return;
        }
        boolean adding = workshop.getId() == null;
        try {
            if (adding) {
                UUID id = events.addWorkshop(slug, event.version(), workshop);
                people.setTarget(id.toString());
            } else {
                events.changeWorkshop(slug, event.version(), workshop);
            }
            String title = workshop.getTitleDe();
            workshop = new WorkshopForm();
            read();
            EventProblems.info(bo.text(adding ? "workshops.added" : "workshops.changed", title));
        } catch (RejectedInputException e) {
            EventProblems.show(bo, WORKSHOP_FORM, e.problems());
            bo.focus(WORKSHOP_FORM + ":" + (adding ? "code" : "title-de"));
        } catch (ConcurrentEditException e) {
            conflict();
        } catch (EventNotFoundException e) {
            gone();
        } catch (EJBException e) {
            if (EventProblems.isConflict(e)) {
                conflict();
            } else if (!EventProblems.showViolations(bo, WORKSHOP_FORM, e)) {
                throw e;
            }
        }
    }

    public void edit(UUID id) {
        find(id).ifPresent(w -> {
            WorkshopForm f = new WorkshopForm();
            f.setId(w.id());
            f.setCode(w.code());
            f.setTitleDe(w.title() == null ? null : w.title().getDe());
            f.setSubtitleDe(w.subtitle() == null ? null : w.subtitle().getDe());
            f.setQuestionsDe(w.questions() == null ? null : w.questions().getDe());
            f.setDescriptionDe(w.description() == null ? null : w.description().getDe());
            f.setAudienceDe(w.audience() == null ? null : w.audience().getDe());
            f.setCapacity(w.capacity());
            f.setRoom(w.room());
            workshop = f;
            bo.focus(WORKSHOP_FORM + ":title-de");
        });
        pendingRemoval = null;
    }

    public void cancelEdit() {
        workshop = new WorkshopForm();
    }

    public void askRemove(UUID id) {
        pendingRemoval = id;
    }

    public void cancelRemove() {
        pendingRemoval = null;
    }

    public void remove(UUID id) {
        if (!editable()) {
            return;
        }
        String title = find(id).map(w -> bo.text(w.title())).orElse("");
        try {
            events.removeWorkshop(slug, event.version(), id);
            if (id.equals(workshop.getId())) {
                workshop = new WorkshopForm();
            }
            read();
            EventProblems.info(bo.text("workshops.removed", title));
        } catch (RejectedInputException e) {
            // e.g. people registered for this workshop: the rule says why
            EventProblems.show(bo, LIST_FORM, e.problems());
        } catch (ConcurrentEditException e) {
            conflict();
        } catch (EventNotFoundException e) {
            read();
            EventProblems.error(bo.text("workshops.gone"));
        } catch (EJBException e) {
            if (!EventProblems.isConflict(e)) {
                throw e;
            }
            conflict();
        }
        pendingRemoval = null;
    }

    public void addPeopleTo(UUID id) {
        people.setTarget(id.toString());
        bo.focus(PEOPLE_FORM + ":person_input");
    }

    public void addContribution() {
        if (!editable()) {
            return;
        }
        EventContributionForm.Added added = people.addTo(events, slug, event.version(), bo, PEOPLE_FORM);
        if (added == EventContributionForm.Added.CONFLICT) {
            conflict();
        } else if (added == EventContributionForm.Added.GONE) {
            gone();
        } else if (added == EventContributionForm.Added.YES) {
            read();
        } else {
            bo.focus(PEOPLE_FORM + ":person_input");
        }
    }

    public List<String> completePerson(String query) {
        return events.people(query);
    }

    public void reload() {
        if (!read()) {
            gone();
        }
        workshop = new WorkshopForm();
        pendingRemoval = null;
    }

    private boolean editable() {
        if (!bo.isEditable()) {
            EventProblems.error(bo.text("notAllowed"));
            return false;
        }
        return true;
    }

    private void conflict() {
        conflict = true;
        EventProblems.error(bo.text("conflict"));
    }

    private void gone() {
        EventProblems.error(bo.text("events.gone"));
    }

    private Optional<WorkshopView> find(UUID id) {
        return event.workshops().stream().filter(w -> w.id().equals(id)).findFirst();
    }

    /** The guiding questions of a workshop, German first, one per line. */
    public List<String> questions(WorkshopView w) {
        String text = bo.text(w.questions());
        return text == null ? List.of() : List.of(text.split("\n"));
    }

    public boolean isEditing() {
        return workshop.getId() != null;
    }

    public String getSlug() {
        return slug;
    }

    public EventView getEvent() {
        return event;
    }

    public WorkshopForm getWorkshop() {
        return workshop;
    }

    public EventContributionForm getPeople() {
        return people;
    }

    public UUID getPendingRemoval() {
        return pendingRemoval;
    }

    public boolean isConflict() {
        return conflict;
    }

    public ContributionRole[] getRoles() {
        return ContributionRole.values();
    }

    public ContributionStatus[] getStatuses() {
        return ContributionStatus.values();
    }
}
