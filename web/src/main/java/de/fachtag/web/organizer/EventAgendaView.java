package de.fachtag.web.organizer;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.fachtag.event.AgendaItemForm;
import de.fachtag.event.AgendaItemKind;
import de.fachtag.event.ContributionRole;
import de.fachtag.event.ContributionStatus;
import de.fachtag.event.EventNotFoundException;
import de.fachtag.event.EventService;
import de.fachtag.event.EventView;
import de.fachtag.event.EventView.AgendaItemView;
import de.fachtag.tenant.ConcurrentEditException;
import de.fachtag.tenant.RejectedInputException;

/**
 * The agenda editor (Ablauf): the day as a timeline in time order, one form to add or change a
 * programme item, one to add people to an item. The service refuses items outside the event's
 * hours; overlaps are allowed but shown as a warning. Every change carries the event's version.
 */
@Named
@ViewScoped
public class EventAgendaView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ITEM_FORM = "agenda-item-form";
    static final String PEOPLE_FORM = "contribution-form";

    @EJB
    EventService events;

    @Inject
    EventBackoffice bo;

    private String slug;
    private EventView event;
    private List<String[]> overlaps = List.of();
    private boolean conflict;

    private AgendaItemForm item = new AgendaItemForm();
    private UUID pendingRemoval;

    private final EventContributionForm people = new EventContributionForm(ContributionRole.SPEAKER);

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
        overlaps = events.overlaps(slug);
        conflict = false;
        if (people.getTarget() != null && event.agenda().stream().noneMatch(a -> a.id().toString().equals(people.getTarget()))) {
            people.setTarget(null);
        }
        return true;
    }

    // ---------------------------------------------------------------- items

    public void saveItem() {
        if (!editable()) {
            return;
        }
        boolean adding = item.getId() == null;
        try {
            if (adding) {
                events.addAgendaItem(slug, event.version(), item);
            } else {
                events.changeAgendaItem(slug, event.version(), item);
            }
            String title = item.getTitleDe();
            item = new AgendaItemForm();
            read();
            EventProblems.info(bo.text(adding ? "agenda.added" : "agenda.changed", title));
            warnAboutOverlaps();
        } catch (RejectedInputException e) {
            EventProblems.show(bo, ITEM_FORM, e.problems());
            bo.focus(ITEM_FORM + ":start");
        } catch (ConcurrentEditException e) {
            conflict();
        } catch (EventNotFoundException e) {
            gone();
        } catch (EJBException e) {
            if (EventProblems.isConflict(e)) {
                conflict();
            } else if (!EventProblems.showViolations(bo, ITEM_FORM, e)) {
                throw e;
            }
        }
    }

    /** Fills the form with an item to change it. */
    public void edit(UUID id) {
        find(id).ifPresent(a -> {
            AgendaItemForm f = new AgendaItemForm();
            f.setId(a.id());
            f.setStart(a.start());
            f.setEnd(a.end());
            f.setKind(a.kind());
            f.setTitleDe(a.title() == null ? null : a.title().getDe());
            f.setTitleEn(a.title() == null ? null : a.title().getEn());
            f.setSubtitleDe(a.subtitle() == null ? null : a.subtitle().getDe());
            f.setDescriptionDe(a.description() == null ? null : a.description().getDe());
            item = f;
            bo.focus(ITEM_FORM + ":start");
        });
        pendingRemoval = null;
    }

    public void cancelEdit() {
        item = new AgendaItemForm();
    }

    /** First step of removing: the item asks "really?". */
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
        String title = find(id).map(a -> bo.text(a.title())).orElse("");
        try {
            events.removeAgendaItem(slug, event.version(), id);
            if (id.equals(item.getId())) {
                item = new AgendaItemForm();
            }
            read();
            EventProblems.info(bo.text("agenda.removed", title));
        } catch (ConcurrentEditException e) {
            conflict();
        } catch (EventNotFoundException e) {
            read();
            EventProblems.error(bo.text("agenda.gone"));
        } catch (EJBException e) {
            if (!EventProblems.isConflict(e)) {
                throw e;
            }
            conflict();
        }
        pendingRemoval = null;
    }

    // ---------------------------------------------------------------- people

    /** Chooses the item the people form adds to, and puts the focus there. */
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

    /** Names the tenant already used, for the autocomplete. */
    public List<String> completePerson(String query) {
        return events.people(query);
    }

    // ---------------------------------------------------------------- state

    public void reload() {
        if (!read()) {
            gone();
        }
        item = new AgendaItemForm();
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

    private void warnAboutOverlaps() {
        if (!overlaps.isEmpty()) {
            EventProblems.warn(bo.text("agenda.overlaps.saved"));
        }
    }

    private Optional<AgendaItemView> find(UUID id) {
        return event.agenda().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The items in time order with what the timeline needs. */
    public List<EventTimelineRow> getTimeline() {
        List<EventTimelineRow> rows = new ArrayList<>();
        List<AgendaItemView> agenda = event.agenda();
        for (AgendaItemView a : agenda) {
            boolean overlapping = agenda.stream().anyMatch(o -> o != a
                    && a.start().isBefore(o.end()) && o.start().isBefore(a.end()));
            rows.add(new EventTimelineRow(a, (int) Duration.between(a.start(), a.end()).toMinutes(), overlapping));
        }
        return rows;
    }

    /** "„Begrüßung“ und „Input“", one per overlapping pair. */
    public List<String> getOverlapPairs() {
        return overlaps.stream().map(p -> bo.text("agenda.overlaps.pair", p[0], p[1])).toList();
    }

    public boolean isEditing() {
        return item.getId() != null;
    }

    public String getSlug() {
        return slug;
    }

    public EventView getEvent() {
        return event;
    }

    public AgendaItemForm getItem() {
        return item;
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

    public AgendaItemKind[] getKinds() {
        return AgendaItemKind.values();
    }

    public ContributionRole[] getRoles() {
        return ContributionRole.values();
    }

    public ContributionStatus[] getStatuses() {
        return ContributionStatus.values();
    }
}
