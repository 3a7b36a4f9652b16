package de.fachtag.web.organizer;

import de.fachtag.event.AgendaItemForm;
import de.fachtag.event.AgendaItemKind;
import de.fachtag.event.ContributionRole;
import de.fachtag.event.EventNotFoundException;
import de.fachtag.event.EventView.AgendaItemView;
import de.fachtag.tenant.ConcurrentEditException;
import de.fachtag.tenant.RejectedInputException;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The agenda editor (Ablauf): the day as a timeline in time order, one form to add or change a
 * programme item, one to add people to an item. The service refuses items outside the event's
 * hours; overlaps are allowed but shown as a warning. Every change carries the event's version.
 */
@Named
@ViewScoped
public class EventAgendaView extends EventPartEditor {

    private static final long serialVersionUID = 1L;
    static final String ITEM_FORM = "agenda-item-form";

    private List<String[]> overlaps = List.of();

    private AgendaItemForm item = new AgendaItemForm();

    public EventAgendaView() {
        super(ContributionRole.SPEAKER);
    }

    @Override
    boolean hasPart(String id) {
        return event.agenda().stream().anyMatch(a -> a.id().toString().equals(id));
    }

    @Override
    public java.util.Map<String, String> getLinkableContributions() {
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>();
        event.agenda()
                .forEach(a -> a.contributions()
                        .forEach(c -> all.put(
                                c.id().toString(), bo.time(a.start()) + " " + bo.text(a.title()) + " – " + c.label())));
        return all;
    }

    @Override
    void afterRead() {
        overlaps = events.overlaps(slug);
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

    public void remove(UUID id) {
        if (!editable()) {
            return;
        }
        String title = find(id).map(a -> bo.text(a.title())).orElse("");
        if (change(
                        () -> events.removeAgendaItem(slug, event.version(), id),
                        bo.text("agenda.removed", title),
                        bo.text("agenda.gone"),
                        ITEM_FORM)
                && id.equals(item.getId())) {
            item = new AgendaItemForm();
        }
        pendingRemoval = null;
    }

    // ---------------------------------------------------------------- state

    public void reload() {
        if (!read()) {
            gone();
        }
        item = new AgendaItemForm();
        pendingRemoval = null;
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
            boolean overlapping = agenda.stream()
                    .anyMatch(o ->
                            o != a && a.start().isBefore(o.end()) && o.start().isBefore(a.end()));
            rows.add(new EventTimelineRow(
                    a, (int) Duration.between(a.start(), a.end()).toMinutes(), overlapping));
        }
        return rows;
    }

    /** "„Begrüßung“ und „Input“", one per overlapping pair. */
    public List<String> getOverlapPairs() {
        return overlaps.stream()
                .map(p -> bo.text("agenda.overlaps.pair", p[0], p[1]))
                .toList();
    }

    public boolean isEditing() {
        return item.getId() != null;
    }

    public AgendaItemForm getItem() {
        return item;
    }

    public AgendaItemKind[] getKinds() {
        return AgendaItemKind.values();
    }
}
