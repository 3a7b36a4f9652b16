package de.fachtag.event;

import de.fachtag.tenancy.TenantOwned;
import de.fachtag.tenant.EventSeries;
import de.fachtag.tenant.Funder;
import de.fachtag.tenant.LocalizedString;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An event (Fachtag, Regionalkonferenz): title, edition of its series, motto and goal, date and
 * hours in its time zone, venue, notes the flyers carry (catering, livestream, recording,
 * change reservation), organizing group and supporters, funders, registration window and seats,
 * its agenda and workshops. The aggregate root: agenda items and workshops change only through
 * it, so they always lie within the event's hours and workshop codes stay unique.
 */
@Entity
@Table(name = "event")
@NamedQuery(name = "Event.all", query = "SELECT e FROM Event e ORDER BY e.date DESC, e.slug")
@NamedQuery(name = "Event.bySlug", query = "SELECT e FROM Event e WHERE e.slug = :slug")
@NamedQuery(name = "Event.public", query = "SELECT e FROM Event e WHERE e.state IN :states ORDER BY e.date, e.slug")
@NamedQuery(name = "Event.lastEditionOf", query = "SELECT MAX(e.edition) FROM Event e WHERE e.series = :series")
public class Event extends TenantOwned {

    /** States in which an event is visible to the public. */
    public static final Set<EventState> PUBLIC_STATES =
            EnumSet.of(EventState.PUBLISHED, EventState.REGISTRATION_CLOSED, EventState.DONE);

    @ManyToOne
    @JoinColumn(name = "series_id")
    private EventSeries series;

    private Integer edition;

    @Column(nullable = false)
    private String slug;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "title_de")),
        @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    })
    private LocalizedString title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "motto_de")),
        @AttributeOverride(name = "en", column = @Column(name = "motto_en"))
    })
    private LocalizedString motto;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "goal_de")),
        @AttributeOverride(name = "en", column = @Column(name = "goal_en"))
    })
    private LocalizedString goal;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "description_de")),
        @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    })
    private LocalizedString description;

    @Column(name = "event_date")
    private LocalDate date;

    @Column(name = "start_time")
    private LocalTime start;

    @Column(name = "end_time")
    private LocalTime end;

    @Column(name = "time_zone", nullable = false)
    private String timeZone = "Europe/Berlin";

    @Embedded
    private Venue venue;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "catering_note_de")),
        @AttributeOverride(name = "en", column = @Column(name = "catering_note_en"))
    })
    private LocalizedString cateringNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventFormat format = EventFormat.ON_SITE;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "livestream_note_de")),
        @AttributeOverride(name = "en", column = @Column(name = "livestream_note_en"))
    })
    private LocalizedString livestreamNote;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "recording_notice_de")),
        @AttributeOverride(name = "en", column = @Column(name = "recording_notice_en"))
    })
    private LocalizedString recordingNotice;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "de", column = @Column(name = "change_reservation_de")),
        @AttributeOverride(name = "en", column = @Column(name = "change_reservation_en"))
    })
    private LocalizedString changeReservation;

    @Convert(converter = StringListConverter.class)
    @Column(name = "organizing_group")
    private List<String> organizingGroup = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    private List<String> supporters = new ArrayList<>();

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "registration_opens")
    private Instant registrationOpens;

    @Column(name = "registration_closes")
    private Instant registrationCloses;

    @Column(name = "livestream_closes")
    private Instant livestreamCloses;

    private Integer seats;

    /** Livestream places; empty: no limit. */
    @Column(name = "livestream_seats")
    private Integer livestreamSeats;

    /** Where the livestream is watched; mailed to livestream participants before the start. */
    @Column(name = "livestream_url")
    private String livestreamUrl;

    /** How long before the start the livestream link is mailed. */
    @Column(name = "livestream_link_lead_minutes", nullable = false)
    private int livestreamLinkLeadMinutes = 60;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventState state = EventState.DRAFT;

    /** Fields a demo file invented because its seed leaves them out; shown as such. */
    @Convert(converter = StringListConverter.class)
    private List<String> illustrative = new ArrayList<>();

    @Column(name = "source_name")
    private String sourceName;

    @Column(name = "source_hash")
    private String sourceHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("start, position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Workshop> workshops = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Contribution> contributions = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<EventFunder> funders = new ArrayList<>();

    protected Event() {}

    public Event(String slug, LocalizedString title, LocalTime start, LocalTime end) {
        this.slug = slug;
        rename(title, null, null, null);
        schedule(null, start, end, "Europe/Berlin");
    }

    /**
     * Marks the event changed; the version then guards edits of its parts (agenda, workshops,
     * contributions) as well as its own fields.
     */
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public final void rename(
            LocalizedString title, LocalizedString motto, LocalizedString goal, LocalizedString description) {
        if (title == null || title.getDe() == null || title.getDe().isBlank()) {
            throw new EventRuleException("title", "fachtag.required");
        }
        this.title = title;
        this.motto = motto;
        this.goal = goal;
        this.description = description;
    }

    /**
     * Sets day and hours; every agenda item must still fit into them. Hours may stay unknown
     * (both empty) only while there is no agenda, e.g. for a past event its seed does not date.
     */
    public final void schedule(LocalDate date, LocalTime start, LocalTime end, String timeZone) {
        boolean unknownHours = start == null && end == null;
        if (unknownHours && !agenda.isEmpty()) {
            throw new EventRuleException("start", "fachtag.required");
        }
        if (!unknownHours && (start == null || end == null || !end.isAfter(start))) {
            throw new EventRuleException("end", "fachtag.event.endBeforeStart");
        }
        try {
            ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            throw new EventRuleException("timeZone", "fachtag.event.timeZone");
        }
        for (AgendaItem item : agenda) {
            if (unknownHours || item.getStart().isBefore(start) || item.getEnd().isAfter(end)) {
                throw new EventRuleException("end", "fachtag.event.agendaOutside");
            }
        }
        this.date = date;
        this.start = start;
        this.end = end;
        this.timeZone = timeZone;
    }

    public void locate(Venue venue) {
        this.venue = venue;
    }

    public void holdAs(EventFormat format) {
        this.format = format == null ? EventFormat.ON_SITE : format;
    }

    public void annotate(
            LocalizedString cateringNote,
            LocalizedString livestreamNote,
            LocalizedString recordingNotice,
            LocalizedString changeReservation) {
        this.cateringNote = cateringNote;
        this.livestreamNote = livestreamNote;
        this.recordingNotice = recordingNotice;
        this.changeReservation = changeReservation;
    }

    public void organisedBy(
            List<String> organizingGroup, List<String> supporters, String contactEmail, String contactPhone) {
        this.organizingGroup = clean(organizingGroup);
        this.supporters = clean(supporters);
        this.contactEmail = Venue.blankToNull(contactEmail);
        this.contactPhone = Venue.blankToNull(contactPhone);
    }

    private static List<String> clean(List<String> names) {
        return names == null
                ? new ArrayList<>()
                : new ArrayList<>(names.stream()
                        .filter(n -> n != null && !n.isBlank())
                        .map(String::strip)
                        .toList());
    }

    /** The registration window; both deadlines end with the event at the latest. */
    public void openRegistration(Instant opens, Instant closes, Instant livestreamCloses, Integer seats) {
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            throw new EventRuleException("registrationCloses", "fachtag.event.closesBeforeOpens");
        }
        if (seats != null && seats <= 0) {
            throw new EventRuleException("seats", "fachtag.capacity.positive");
        }
        this.registrationOpens = opens;
        this.registrationCloses = closes;
        this.livestreamCloses = livestreamCloses;
        this.seats = seats;
    }

    /** The livestream's place limit, its address and when its link goes out. */
    public void streamTo(Integer livestreamSeats, String livestreamUrl, int leadMinutes) {
        if (livestreamSeats != null && livestreamSeats <= 0) {
            throw new EventRuleException("livestreamSeats", "fachtag.capacity.positive");
        }
        this.livestreamSeats = livestreamSeats;
        this.livestreamUrl = livestreamUrl;
        this.livestreamLinkLeadMinutes = Math.max(0, leadMinutes);
    }

    /** Whether people can take part this way. */
    public boolean offersOnSite() {
        return format != EventFormat.ONLINE;
    }

    public boolean offersLivestream() {
        return format != EventFormat.ON_SITE;
    }

    /** The moment the event starts, if it is dated and timed. */
    public java.util.Optional<Instant> startsAt() {
        return date == null || start == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(date.atTime(start).atZone(zone()).toInstant());
    }

    /** The moment the event ends (its date's end of day when untimed). */
    public java.util.Optional<Instant> endsAt() {
        return date == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(date.atTime(end == null ? LocalTime.MAX : end)
                        .atZone(zone())
                        .toInstant());
    }

    public void partOf(EventSeries series, Integer edition) {
        if (edition != null && edition <= 0) {
            throw new EventRuleException("edition", "fachtag.capacity.positive");
        }
        this.series = series;
        this.edition = edition;
    }

    public void fundedBy(List<Funder> chosen) {
        funders.removeIf(ef -> chosen.stream().noneMatch(f -> f.equals(ef.getFunder())));
        int position = 0;
        for (Funder funder : chosen) {
            int p = position++;
            funders.stream()
                    .filter(ef -> ef.getFunder().equals(funder))
                    .findFirst()
                    .ifPresentOrElse(ef -> {}, () -> funders.add(new EventFunder(this, funder, p)));
        }
    }

    public void markIllustrative(List<String> fields) {
        this.illustrative = clean(fields);
    }

    public void importedFrom(String sourceName, String sourceHash) {
        this.sourceName = sourceName;
        this.sourceHash = sourceHash;
    }

    public boolean isImportedFrom(String hash) {
        return hash != null && hash.equals(sourceHash);
    }

    public AgendaItem addAgendaItem(
            LocalTime start,
            LocalTime end,
            AgendaItemKind kind,
            LocalizedString title,
            LocalizedString subtitle,
            LocalizedString description) {
        requireWithinHours(start, end);
        AgendaItem item = new AgendaItem(this, start, end, kind, title, subtitle, description);
        agenda.add(item);
        reorder();
        return item;
    }

    public void changeAgendaItem(
            AgendaItem item,
            LocalTime start,
            LocalTime end,
            AgendaItemKind kind,
            LocalizedString title,
            LocalizedString subtitle,
            LocalizedString description) {
        requireWithinHours(start, end);
        item.describe(start, end, kind, title, subtitle, description);
        reorder();
    }

    public void removeAgendaItem(AgendaItem item) {
        agenda.remove(item);
        reorder();
    }

    private void requireWithinHours(LocalTime itemStart, LocalTime itemEnd) {
        if (itemStart == null || itemEnd == null || !itemEnd.isAfter(itemStart)) {
            throw new EventRuleException("end", "fachtag.agenda.endBeforeStart");
        }
        if (start == null || itemStart.isBefore(start) || itemEnd.isAfter(end)) {
            throw new EventRuleException("start", "fachtag.agenda.outsideHours");
        }
    }

    /** Keeps the agenda in time order, so the programme reads the way the day runs. */
    private void reorder() {
        agenda.sort(Comparator.comparing(AgendaItem::getStart).thenComparing(AgendaItem::getEnd));
        for (int i = 0; i < agenda.size(); i++) {
            agenda.get(i).position(i);
        }
    }

    /**
     * Pairs of agenda items that overlap. Workshops run in parallel inside their block, so the
     * block itself is one item; any other overlap is probably a typo and worth a warning.
     */
    public List<AgendaItem[]> overlaps() {
        List<AgendaItem[]> pairs = new ArrayList<>();
        for (int i = 0; i < agenda.size(); i++) {
            for (int j = i + 1; j < agenda.size(); j++) {
                if (agenda.get(i).overlaps(agenda.get(j))) {
                    pairs.add(new AgendaItem[] {agenda.get(i), agenda.get(j)});
                }
            }
        }
        return pairs;
    }

    public Workshop addWorkshop(String code) {
        String c = Venue.blankToNull(code);
        if (c == null || c.length() > 8) {
            throw new EventRuleException("code", "fachtag.workshop.code");
        }
        if (workshops.stream().anyMatch(w -> w.getCode().equalsIgnoreCase(c))) {
            throw new EventRuleException("code", "fachtag.workshop.codeTaken");
        }
        Workshop workshop = new Workshop(this, c);
        workshop.position(workshops.size());
        workshops.add(workshop);
        return workshop;
    }

    public void removeWorkshop(Workshop workshop) {
        workshops.remove(workshop);
        for (int i = 0; i < workshops.size(); i++) {
            workshops.get(i).position(i);
        }
    }

    public Contribution addContribution(
            String person, String organisation, String function, ContributionRole role, ContributionStatus status) {
        Contribution c = new Contribution(person, organisation, function, role, status, contributions.size());
        c.of(this);
        contributions.add(c);
        return c;
    }

    /** A contribution anywhere in this event: the day's, an agenda item's or a workshop's. */
    public java.util.Optional<Contribution> contribution(java.util.UUID id) {
        return java.util.stream.Stream.of(
                        contributions.stream(),
                        agenda.stream().flatMap(a -> a.getContributions().stream()),
                        workshops.stream().flatMap(w -> w.getContributions().stream()))
                .flatMap(s -> s)
                .filter(c -> c.getId().equals(id))
                .findFirst();
    }

    /** Removes a contribution from wherever it stands in this event. */
    public void removeContribution(Contribution c) {
        contributions.remove(c);
        agenda.forEach(a -> a.removeContribution(c));
        workshops.forEach(w -> w.removeContribution(c));
    }

    /** Publishing needs a date: the public page and the calendar cannot do without one. */
    public void publish() {
        if (date == null || start == null) {
            throw new EventRuleException("date", "fachtag.event.publishNeedsDate");
        }
        if (state == EventState.DRAFT) {
            state = EventState.PUBLISHED;
        }
    }

    public void unpublish() {
        if (state == EventState.PUBLISHED || state == EventState.REGISTRATION_CLOSED) {
            state = EventState.DRAFT;
        }
    }

    public void changeState(EventState state) {
        this.state = state;
    }

    /**
     * The next edition of this event's series: a draft with edition + 1, agenda, workshops,
     * contributions, notes and funders kept, dates and registration window cleared.
     */
    public Event nextEdition(String newSlug) {
        return nextEdition(newSlug, false, new ArrayList<>());
    }

    /**
     * The next edition as a draft; with {@code renumber}, "7. Fachtag 2025" in the copied texts
     * becomes "8. Fachtag 2026" (the edition number and the event's year, where they occur), and
     * {@code changed} gets the names of the texts that changed.
     */
    public Event nextEdition(String newSlug, boolean renumber, List<String> changed) {
        java.util.function.UnaryOperator<String> f = renumber ? renumbering() : s -> s;
        LocalizedString newTitle = renumbered(title, f, "title", changed);
        Event next = new Event(newSlug, newTitle, start, end);
        next.rename(
                newTitle,
                renumbered(motto, f, "motto", changed),
                renumbered(goal, f, "goal", changed),
                renumbered(description, f, "description", changed));
        next.schedule(null, start, end, timeZone);
        next.partOf(series, edition == null ? null : edition + 1);
        next.venue = venue;
        next.format = format;
        next.annotate(
                renumbered(cateringNote, f, "cateringNote", changed),
                renumbered(livestreamNote, f, "livestreamNote", changed),
                renumbered(recordingNotice, f, "recordingNotice", changed),
                renumbered(changeReservation, f, "changeReservation", changed));
        next.organisedBy(organizingGroup, supporters, contactEmail, contactPhone);
        next.seats = seats;
        next.livestreamSeats = livestreamSeats;
        next.livestreamLinkLeadMinutes = livestreamLinkLeadMinutes;
        agenda.forEach(item -> next.agenda.add(item.copyTo(next)));
        next.reorder();
        workshops.forEach(w -> next.workshops.add(w.copyTo(next)));
        contributions.forEach(c -> {
            Contribution cc = c.copy();
            cc.of(next);
            next.contributions.add(cc);
        });
        funders.forEach(ef -> next.funders.add(new EventFunder(next, ef.getFunder(), ef.getPosition())));
        return next;
    }

    /** Edition n → n + 1 ("7." → "8.", "7th" → "8th") and the event's year → the next year, as whole words. */
    private java.util.function.UnaryOperator<String> renumbering() {
        Integer year = date == null ? null : date.getYear();
        Integer n = edition;
        return text -> {
            String out = text;
            if (n != null) {
                out = out.replaceAll("(?<![0-9])" + n + "\\.(?=\\s)", (n + 1) + ".");
                out = java.util.regex.Pattern.compile("(?<![0-9])" + n + "(st|nd|rd|th)\\b")
                        .matcher(out)
                        .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(ordinal(n + 1)));
            }
            if (year != null) {
                out = out.replaceAll("(?<![0-9])" + year + "(?![0-9])", String.valueOf(year + 1));
            }
            return out;
        };
    }

    private static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    private static LocalizedString renumbered(
            LocalizedString text, java.util.function.UnaryOperator<String> f, String name, List<String> changed) {
        if (text == null) {
            return null;
        }
        String de = text.getDe() == null ? null : f.apply(text.getDe());
        String en = text.getEn() == null ? null : f.apply(text.getEn());
        if (!java.util.Objects.equals(de, text.getDe()) || !java.util.Objects.equals(en, text.getEn())) {
            changed.add(name);
            return new LocalizedString(de, en);
        }
        return text;
    }

    public boolean isPublic() {
        return PUBLIC_STATES.contains(state);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String getSlug() {
        return slug;
    }

    public EventSeries getSeries() {
        return series;
    }

    public Integer getEdition() {
        return edition;
    }

    public LocalizedString getTitle() {
        return title;
    }

    public LocalizedString getMotto() {
        return motto;
    }

    public LocalizedString getGoal() {
        return goal;
    }

    public LocalizedString getDescription() {
        return description;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStart() {
        return start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Venue getVenue() {
        return venue;
    }

    public LocalizedString getCateringNote() {
        return cateringNote;
    }

    public EventFormat getFormat() {
        return format;
    }

    public LocalizedString getLivestreamNote() {
        return livestreamNote;
    }

    public LocalizedString getRecordingNotice() {
        return recordingNotice;
    }

    public LocalizedString getChangeReservation() {
        return changeReservation;
    }

    public List<String> getOrganizingGroup() {
        return List.copyOf(organizingGroup);
    }

    public List<String> getSupporters() {
        return List.copyOf(supporters);
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public Instant getRegistrationOpens() {
        return registrationOpens;
    }

    public Instant getRegistrationCloses() {
        return registrationCloses;
    }

    public Instant getLivestreamCloses() {
        return livestreamCloses;
    }

    public Integer getSeats() {
        return seats;
    }

    public Integer getLivestreamSeats() {
        return livestreamSeats;
    }

    public String getLivestreamUrl() {
        return livestreamUrl;
    }

    public int getLivestreamLinkLeadMinutes() {
        return livestreamLinkLeadMinutes;
    }

    public EventState getState() {
        return state;
    }

    public List<String> getIllustrative() {
        return List.copyOf(illustrative);
    }

    public long getVersion() {
        return version;
    }

    public List<AgendaItem> getAgenda() {
        return List.copyOf(agenda);
    }

    public List<Workshop> getWorkshops() {
        return List.copyOf(workshops);
    }

    public List<Contribution> getContributions() {
        return List.copyOf(contributions);
    }

    public List<Funder> getFunders() {
        return funders.stream().map(EventFunder::getFunder).toList();
    }
}
