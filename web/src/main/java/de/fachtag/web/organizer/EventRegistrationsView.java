package de.fachtag.web.organizer;

import de.fachtag.event.EventNotFoundException;
import de.fachtag.event.EventService;
import de.fachtag.event.EventView;
import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.RegistrationFilter;
import de.fachtag.registration.RegistrationForm;
import de.fachtag.registration.RegistrationList;
import de.fachtag.registration.RegistrationNotFoundException;
import de.fachtag.registration.RegistrationOutcome;
import de.fachtag.registration.RegistrationRow;
import de.fachtag.registration.RegistrationService;
import de.fachtag.registration.RegistrationStatus;
import de.fachtag.registration.SeatsBusyException;
import de.fachtag.registration.Sector;
import de.fachtag.tenant.RejectedInputException;
import de.fachtag.web.export.RegistrationAccess;
import de.fachtag.web.export.RegistrationTexts;
import de.fachtag.web.i18n.LocaleSelection;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The registrations of one event ({@code /organizer/{tenant}/events/{event}/registrations}): a
 * lazy table (filtered, sorted, paged in the database), a form to add someone by hand or correct
 * their details, and per row cancel (with a second step), move to another workshop and promote
 * from the waiting list. Every row action first makes sure the registration belongs to this
 * event; the seat rules are {@link RegistrationService}'s. Organizers and tenant admins only.
 */
@Named
@ViewScoped
public class EventRegistrationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "registration-form";
    static final String MOVE_FORM = "move-form";
    static final String TABLE_FORM = "registrations-form";

    @EJB
    RegistrationList list;

    @EJB
    RegistrationService registrations;

    @EJB
    EventService events;

    @Inject
    EventBackoffice bo;

    @Inject
    RegistrationAccess access;

    @Inject
    LocaleSelection lang;

    private String slug;
    private EventView event;
    private final RegistrationFilter filter = new RegistrationFilter();
    private String photo;
    private final LazyDataModel<RegistrationRow> model = new Rows();
    private RegistrationForm form;
    private UUID editing;
    private String editingName;
    private String editingWorkshop;
    private ParticipationMode editingMode;
    private String moveTo;
    private UUID lastCancelled;
    private String lastCancelledName;
    private boolean lastCancelledHeldSeat;
    private long total;
    private long confirmed;
    private long waiting;
    private long matching;

    /** First request: the role, then the event (another tenant's is the same 404 as none). */
    public void load() {
        if (!de.fachtag.web.routing.ExpiredViewHandler.firstRender(FacesContext.getCurrentInstance())) {
            return;
        }
        if (!access.canManage()) {
            forbidden();
            return;
        }
        slug = bo.eventSlug();
        Optional<EventView> found = slug == null ? Optional.empty() : events.event(slug);
        if (found.isEmpty()) {
            EventBackoffice.notFound();
            return;
        }
        event = found.get();
        newForm();
        counts();
    }

    // ---------------------------------------------------------------- the table

    private class Rows extends LazyDataModel<RegistrationRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, list.count(slug, filter));
        }

        @Override
        public List<RegistrationRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            String field = null;
            boolean descending = false;
            for (SortMeta s : sortBy.values()) {
                if (s.getOrder() != SortOrder.UNSORTED) {
                    field = s.getField();
                    descending = s.getOrder() == SortOrder.DESCENDING;
                    break;
                }
            }
            return list.page(slug, filter, first, pageSize, field, descending);
        }

        @Override
        public String getRowKey(RegistrationRow row) {
            return row.id().toString();
        }

        @Override
        public RegistrationRow getRowData(String rowKey) {
            List<RegistrationRow> rows = getWrappedData();
            return rows == null
                    ? null
                    : rows.stream()
                            .filter(r -> r.id().toString().equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }

    public void applyFilter() {
        filter.setPhoto("granted".equals(photo) ? Boolean.TRUE : "refused".equals(photo) ? Boolean.FALSE : null);
        if (filter.getWorkshop() != null && filter.getWorkshop().isBlank()) {
            filter.setWorkshop(null);
        }
        counts();
    }

    public void resetFilter() {
        filter.setStatus(null);
        filter.setMode(null);
        filter.setWorkshop(null);
        filter.setSector(null);
        filter.setSearch(null);
        filter.setPhoto(null);
        photo = null;
        counts();
    }

    private void counts() {
        total = list.count(slug, RegistrationFilter.all());
        confirmed = list.count(slug, RegistrationFilter.all().withStatus(RegistrationStatus.CONFIRMED));
        waiting = list.count(slug, RegistrationFilter.all().withStatus(RegistrationStatus.WAITLISTED));
        matching = list.count(slug, filter);
    }

    /** A file of the list, with the table's current filter in its query. */
    public String exportUrl(String file) {
        List<String> q = new ArrayList<>();
        add(q, "status", filter.getStatus() == null ? null : filter.getStatus().name());
        add(q, "mode", filter.getMode() == null ? null : filter.getMode().name());
        add(q, "workshop", filter.getWorkshop());
        add(q, "sector", filter.getSector() == null ? null : filter.getSector().name());
        add(q, "photo", photo);
        add(q, "q", filter.getSearch());
        return bo.getBase() + "/events/" + slug + "/" + file + (q.isEmpty() ? "" : "?" + String.join("&", q));
    }

    private static void add(List<String> q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    // ---------------------------------------------------------------- adding and correcting

    private void newForm() {
        resetInputs(FORM);
        resetInputs(MOVE_FORM);
        form = new RegistrationForm();
        form.setMode(
                event.format() == de.fachtag.event.EventFormat.ONLINE
                        ? ParticipationMode.LIVESTREAM
                        : ParticipationMode.ON_SITE);
        editing = null;
        editingName = null;
    }

    public void save() {
        if (!allowed()) {
            return;
        }
        if (editing == null) {
            act(
                    () -> {
                        RegistrationOutcome outcome = registrations.registerByOrganizer(slug, form);
                        String name = form.getName().strip();
                        if (outcome.existing()) {
                            return texts().get("added.existing", name);
                        }
                        return texts().get(
                                        "added." + outcome.status().name(),
                                        name,
                                        outcome.waitlistPosition() == null ? "" : outcome.waitlistPosition());
                    },
                    FORM,
                    true);
        } else {
            UUID id = editing;
            act(
                    () -> {
                        list.row(slug, id);
                        registrations.correct(id, form);
                        return texts().get("corrected", form.getName().strip());
                    },
                    FORM,
                    true);
        }
    }

    public void edit(UUID id) {
        try {
            RegistrationRow row = list.row(slug, id);
            form = list.form(slug, id);
            resetInputs(FORM);
            resetInputs(MOVE_FORM);
            editing = id;
            editingName = row.name();
            editingWorkshop = row.workshop();
            editingMode = row.mode();
            moveTo = row.workshop();
            bo.focus(FORM + ":name");
        } catch (RegistrationNotFoundException e) {
            EventProblems.error(texts().get("gone"));
        }
    }

    public void cancelEdit() {
        newForm();
    }

    // ---------------------------------------------------------------- row actions

    public void cancel(UUID id) {
        if (!allowed()) {
            return;
        }
        lastCancelled = null;
        act(
                () -> {
                    RegistrationRow row = list.row(slug, id);
                    boolean heldSeat = row.status() == RegistrationStatus.CONFIRMED;
                    registrations.cancelById(id);
                    if (row.status() != RegistrationStatus.CANCELLED) {
                        lastCancelled = id;
                        lastCancelledName = row.name();
                        lastCancelledHeldSeat = heldSeat;
                    }
                    return texts().get("cancelled", row.name());
                },
                TABLE_FORM,
                false);
    }

    /** Undoes the cancellation just made: back with its seat, or waiting when the seat went to someone else meanwhile. */
    public void undoCancel() {
        if (!allowed() || lastCancelled == null) {
            return;
        }
        UUID id = lastCancelled;
        boolean heldSeat = lastCancelledHeldSeat;
        lastCancelled = null;
        act(
                () -> {
                    RegistrationRow row = list.row(slug, id);
                    RegistrationService.Restored restored = registrations.restore(id, heldSeat);
                    if (restored.seatTaken()) {
                        return texts().get(
                                        "restored.seatTaken",
                                        row.name(),
                                        restored.waitlistPosition() == null ? "" : restored.waitlistPosition());
                    }
                    String state = texts().get(
                                    "restored."
                                            + restored.registration()
                                                    .getStatus()
                                                    .name(),
                                    row.name(),
                                    restored.waitlistPosition() == null ? "" : restored.waitlistPosition());
                    return restored.mailWithdrawn()
                            ? state + " " + texts().get("restored.mailWithdrawn")
                            : state + " " + texts().get("restored.mailSent");
                },
                TABLE_FORM,
                false);
    }

    /** The workshop's title beside its code ("B – Teilhabe"), or the code alone. */
    public String workshopLabel(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return event.workshops().stream()
                .filter(w -> code.equalsIgnoreCase(w.code()))
                .findFirst()
                .map(w -> bo.text(w.title()))
                .filter(t -> t != null && !t.isBlank())
                .orElse("");
    }

    public void promote(UUID id) {
        if (!allowed()) {
            return;
        }
        act(
                () -> {
                    RegistrationRow row = list.row(slug, id);
                    registrations.promote(id);
                    return texts().get("promoted", row.name());
                },
                TABLE_FORM,
                false);
    }

    public void move() {
        if (!allowed() || editing == null) {
            return;
        }
        UUID id = editing;
        String target = moveTo;
        act(
                () -> {
                    RegistrationRow row = list.row(slug, id);
                    registrations.move(id, target);
                    editingWorkshop = target;
                    return texts().get(
                                    "moved",
                                    row.name(),
                                    target == null ? "" : target.strip().toUpperCase(java.util.Locale.ROOT));
                },
                MOVE_FORM,
                false);
    }

    /** One change: done with its message, or the field messages, "gone" or "busy"; never half. */
    private void act(Supplier<String> work, String problemsForm, boolean resetForm) {
        try {
            String done = work.get();
            if (resetForm) {
                newForm();
            }
            counts();
            EventProblems.info(done);
        } catch (RejectedInputException e) {
            EventProblems.show(bo, problemsForm, e.problems(), "problems.fields");
            if (problemsForm.equals(FORM)) {
                e.problems().keySet().stream().findFirst().ifPresent(f -> bo.focus(FORM + ":" + EventProblems.id(f)));
            }
        } catch (RegistrationNotFoundException | EventNotFoundException e) {
            counts();
            EventProblems.error(texts().get("gone"));
        } catch (SeatsBusyException e) {
            EventProblems.error(texts().get("busy"));
        }
    }

    private boolean allowed() {
        if (!access.canManage()) {
            EventProblems.error(texts().get("notAllowed"));
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- for the page

    public RegistrationTexts texts() {
        return new RegistrationTexts(lang.getLocale());
    }

    /** "09:03" or "07.10.2027 09:03" in the event's time zone. */
    public String time(Instant at) {
        if (at == null) {
            return "";
        }
        ZoneId zone = ZoneId.of(event.timeZone() == null ? "Europe/Berlin" : event.timeZone());
        return DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(at.atZone(zone));
    }

    public List<Sector> getSectors() {
        List<String> offered = registrations.offeredSectors();
        return Arrays.stream(Sector.values())
                .filter(s -> offered.contains(s.name()))
                .toList();
    }

    public List<Sector> getAllSectors() {
        return List.of(Sector.values());
    }

    public List<ParticipationMode> getModes() {
        return Arrays.stream(ParticipationMode.values())
                .filter(m -> m == ParticipationMode.ON_SITE
                        ? event.format() != de.fachtag.event.EventFormat.ONLINE
                        : event.format() != de.fachtag.event.EventFormat.ON_SITE)
                .toList();
    }

    public RegistrationStatus[] getStatuses() {
        return RegistrationStatus.values();
    }

    public String getSlug() {
        return slug;
    }

    public EventView getEvent() {
        return event;
    }

    public RegistrationFilter getFilter() {
        return filter;
    }

    public String getPhoto() {
        return photo;
    }

    public void setPhoto(String photo) {
        this.photo = photo;
    }

    public LazyDataModel<RegistrationRow> getModel() {
        return model;
    }

    public RegistrationForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public UUID getEditingId() {
        return editing;
    }

    public String getEditingName() {
        return editingName;
    }

    public boolean isMovable() {
        return editing != null
                && editingMode == ParticipationMode.ON_SITE
                && !event.workshops().isEmpty();
    }

    public String getEditingWorkshop() {
        return editingWorkshop;
    }

    public String getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(String moveTo) {
        this.moveTo = moveTo;
    }

    public boolean isUndoable() {
        return lastCancelled != null;
    }

    public String getLastCancelledName() {
        return lastCancelledName;
    }

    public long getTotal() {
        return total;
    }

    public long getConfirmed() {
        return confirmed;
    }

    public long getWaiting() {
        return waiting;
    }

    public long getMatching() {
        return matching;
    }

    /**
     * Forgets what a form's fields hold from an earlier request that failed validation (Faces
     * keeps such values and would show them instead of the registration now being edited).
     */
    private static void resetInputs(String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getViewRoot() == null) {
            return;
        }
        jakarta.faces.component.UIComponent form = faces.getViewRoot().findComponent(formId);
        if (form != null) {
            form.visitTree(jakarta.faces.component.visit.VisitContext.createVisitContext(faces), (context, target) -> {
                if (target instanceof jakarta.faces.component.EditableValueHolder input) {
                    input.resetValue();
                }
                return jakarta.faces.component.visit.VisitResult.ACCEPT;
            });
        }
    }

    static void forbidden() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
