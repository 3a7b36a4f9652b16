package de.fachtag.web.organizer;

import de.fachtag.event.ContributionRole;
import de.fachtag.event.EventNotFoundException;
import de.fachtag.event.EventView.WorkshopView;
import de.fachtag.event.WorkshopForm;
import de.fachtag.tenant.ConcurrentEditException;
import de.fachtag.tenant.RejectedInputException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The workshop editor: the event's workshops (code, title, guiding questions, audience,
 * capacity, room) with their leads, moderation and speakers; one form to add or change a
 * workshop, one to add people. Every change carries the event's version.
 */
@Named
@ViewScoped
public class EventWorkshopsView extends EventPartEditor {

    private static final long serialVersionUID = 1L;
    static final String WORKSHOP_FORM = "workshop-form";
    static final String LIST_FORM = "workshops-form";

    private WorkshopForm workshop = new WorkshopForm();

    public EventWorkshopsView() {
        super(ContributionRole.WORKSHOP_LEAD);
    }

    @Override
    boolean hasPart(String id) {
        return event.workshops().stream().anyMatch(w -> w.id().toString().equals(id));
    }

    @Override
    public java.util.Map<String, String> getLinkableContributions() {
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>();
        event.workshops()
                .forEach(w -> w.contributions()
                        .forEach(c ->
                                all.put(c.id().toString(), w.code() + " " + bo.text(w.title()) + " – " + c.label())));
        return all;
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
        } catch (de.fachtag.registration.SeatsBusyException e) {
            EventProblems.error(bo.text("events.seatsBusy"));
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

    public void remove(UUID id) {
        if (!editable()) {
            return;
        }
        String title = find(id).map(w -> bo.text(w.title())).orElse("");
        // a rule may refuse (e.g. people registered for this workshop): its message shows in the list
        if (change(
                        () -> events.removeWorkshop(slug, event.version(), id),
                        bo.text("workshops.removed", title),
                        bo.text("workshops.gone"),
                        LIST_FORM)
                && id.equals(workshop.getId())) {
            workshop = new WorkshopForm();
        }
        pendingRemoval = null;
    }

    public void reload() {
        if (!read()) {
            gone();
        }
        workshop = new WorkshopForm();
        pendingRemoval = null;
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

    public WorkshopForm getWorkshop() {
        return workshop;
    }
}
