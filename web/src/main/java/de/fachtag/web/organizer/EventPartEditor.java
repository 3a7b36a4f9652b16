package de.fachtag.web.organizer;

import de.fachtag.event.ContributionRole;
import de.fachtag.event.ContributionStatus;
import de.fachtag.event.EventNotFoundException;
import de.fachtag.event.EventService;
import de.fachtag.event.EventView;
import de.fachtag.tenant.ConcurrentEditException;
import de.fachtag.tenant.RejectedInputException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the agenda and the workshop editor share: the event they edit (read again after every
 * change, so the version they send is current), the conflict state, the people form with its
 * autocomplete, and the role check before any change.
 */
abstract class EventPartEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PEOPLE_FORM = "contribution-form";

    @EJB
    EventService events;

    @Inject
    EventBackoffice bo;

    @EJB
    de.fachtag.actors.ActorService actors;

    static final String ACTOR_FORM = "actor-link-form";

    String slug;
    EventView event;
    boolean conflict;
    UUID pendingRemoval;
    final EventContributionForm people;
    /** The link to the actors directory: which contribution, which actor (blank: none). */
    String linkContribution;

    String linkActor;
    java.util.LinkedHashMap<String, String> actorChoices = new java.util.LinkedHashMap<>();

    EventPartEditor(ContributionRole defaultRole) {
        people = new EventContributionForm(defaultRole);
    }

    /** Runs on the first request of the page: loads the event or answers 404. */
    public void load() {
        if (!de.fachtag.web.routing.ExpiredViewHandler.firstRender(FacesContext.getCurrentInstance())) {
            return;
        }
        slug = bo.eventSlug();
        if (!read()) {
            EventBackoffice.notFound();
        }
    }

    /** Reads the event again; false when it is gone (or never was this tenant's). */
    boolean read() {
        Optional<EventView> found = slug == null ? Optional.empty() : events.event(slug);
        if (found.isEmpty()) {
            return false;
        }
        event = found.get();
        conflict = false;
        if (people.getTarget() != null && !hasPart(people.getTarget())) {
            people.setTarget(null);
        }
        actorChoices = new java.util.LinkedHashMap<>(actors.linkable());
        afterRead();
        return true;
    }

    /** Whether the event still has the agenda item or workshop with this id. */
    abstract boolean hasPart(String id);

    /** More to read after the event, e.g. the agenda's overlaps. */
    void afterRead() {}

    /** Chooses the item or workshop the people form adds to, and puts the focus there. */
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

    public void removeContribution(UUID id) {
        if (!editable()) {
            return;
        }
        String label = label(id);
        change(
                () -> events.removeContribution(slug, event.version(), id),
                bo.text("people.removed", label),
                bo.text("events.gone"),
                PEOPLE_FORM);
    }

    /**
     * Points the chosen contribution at the chosen actor of the tenant's directory (or at none);
     * the free-text name stays. An unknown contribution or actor gets its message, nothing changes.
     */
    public void linkActor() {
        if (!editable()) {
            return;
        }
        UUID id;
        try {
            id = linkContribution == null || linkContribution.isBlank() ? null : UUID.fromString(linkContribution);
        } catch (IllegalArgumentException e) {
            id = null;
        }
        if (id == null || event.contribution(id).isEmpty()) {
            EventProblems.show(bo, ACTOR_FORM, java.util.Map.of("contribution", "people.actor.chooseContribution"));
            return;
        }
        UUID target = id;
        String label = label(target);
        String key = linkActor == null || linkActor.isBlank() ? null : linkActor;
        String done = key == null
                ? bo.text("people.actor.unlinked", label)
                : bo.text("people.actor.linked", label, actorChoices.getOrDefault(key, key));
        if (change(
                () -> events.linkContributionActor(slug, event.version(), target, key),
                done,
                bo.text("events.gone"),
                ACTOR_FORM)) {
            linkContribution = null;
            linkActor = null;
        }
    }

    /** The name of the linked actor for the list, or null. */
    public String actorName(String key) {
        return key == null ? null : actorChoices.getOrDefault(key, key);
    }

    /** The contributions of the page's parts that may be linked: id to "part – label". */
    public abstract java.util.Map<String, String> getLinkableContributions();

    public java.util.Map<String, String> getActorChoices() {
        return actorChoices;
    }

    public String getLinkContribution() {
        return linkContribution;
    }

    public void setLinkContribution(String linkContribution) {
        this.linkContribution = linkContribution;
    }

    public String getLinkActor() {
        return linkActor;
    }

    public void setLinkActor(String linkActor) {
        this.linkActor = linkActor;
    }

    /** Turns "angefragt" into confirmed, or back. */
    public void toggleStatus(UUID id, ContributionStatus current) {
        ContributionStatus next =
                current == ContributionStatus.REQUESTED ? ContributionStatus.CONFIRMED : ContributionStatus.REQUESTED;
        if (!editable()) {
            return;
        }
        String label = label(id);
        change(
                () -> events.changeContributionStatus(slug, event.version(), id, next),
                bo.text("people.statusChanged", label, bo.text("contribution.status." + next.name())),
                bo.text("events.gone"),
                PEOPLE_FORM);
    }

    /** First step of removing: the item or workshop asks "really?". */
    public void askRemove(UUID id) {
        pendingRemoval = id;
    }

    public void cancelRemove() {
        pendingRemoval = null;
    }

    /**
     * One change of a part: done and re-read with the {@code done} message, or the conflict, the
     * rule's field messages (on {@code problemsForm}) or the "gone" message; never half.
     *
     * @return whether the change was made
     */
    boolean change(Runnable work, String done, String goneMessage, String problemsForm) {
        try {
            work.run();
            read();
            EventProblems.info(done);
            return true;
        } catch (ConcurrentEditException e) {
            conflict();
        } catch (EventNotFoundException e) {
            read();
            EventProblems.error(goneMessage);
        } catch (RejectedInputException e) {
            EventProblems.show(bo, problemsForm, e.problems());
        } catch (de.fachtag.registration.SeatsBusyException e) {
            EventProblems.error(bo.text("events.seatsBusy"));
        } catch (EJBException e) {
            if (!EventProblems.isConflict(e)) {
                throw e;
            }
            conflict();
        }
        return false;
    }

    private String label(UUID id) {
        return event.contribution(id).map(EventView.ContributionView::label).orElse("");
    }

    /** Names the tenant already used, for the autocomplete. */
    public List<String> completePerson(String query) {
        return events.people(query);
    }

    boolean editable() {
        if (!bo.isEditable()) {
            EventProblems.error(bo.text("notAllowed"));
            return false;
        }
        return true;
    }

    void conflict() {
        conflict = true;
        EventProblems.error(bo.text("conflict"));
    }

    void gone() {
        EventProblems.error(bo.text("events.gone"));
    }

    public String getSlug() {
        return slug;
    }

    public EventView getEvent() {
        return event;
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
