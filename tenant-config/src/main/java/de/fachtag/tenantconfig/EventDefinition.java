package de.fachtag.tenantconfig;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One event (Fachtag, Regionalkonferenz) as described by one YAML file: what it is about,
 * when and where, who organises, funds and contributes, its agenda and workshops, and how
 * registration works.
 *
 * <p>Rules within the file (times inside the event's hours, deadlines before its end,
 * workshops need a workshop block) are Bean Validation constraints, see {@link EventRules},
 * so that the web UI can check an edited event the same way. Rules that need the loaded
 * tenants (the tenant exists, the series and funders are the tenant's, the hosts are
 * ministries, the sectors of hand-entered figures are the tenant's, the slug is unique within
 * the tenant) are checked by {@link TenantConfigLoader#loadEvents}.
 *
 * <p>A file may invent what its source leaves out, so that the demo looks complete; it must
 * then list those values in {@code illustrative}, and the pages mark them. A value nobody
 * knows, such as the date of a past conference the sources do not date, is left out
 * instead: an invented date would end up in calendars.
 *
 * <p>Like {@link TenantDefinition}, a loaded definition also carries its
 * {@link #getSourceName()} and {@link #getContentHash()}, whose setters are package-private
 * so that a file cannot set them.
 */
@EventRules
public class EventDefinition {

    /** Slug of the tenant that runs the event. */
    @NotBlank(message = "must not be blank")
    @Slug
    private String tenant;

    /** Slug of one of the tenant's series; optional. */
    @Slug
    private String series;

    /** Which one of the series this is, e.g. 6 for the "6. Fachtag". */
    @Positive(message = "must be a positive whole number")
    private Integer edition;

    /** The event's part of {@code /t/{tenant}/e/{event}}; unique within the tenant. */
    @NotBlank(message = "must not be blank")
    @Slug
    private String slug;

    @NotNull(message = "must not be missing")
    @Valid
    private LocalizedText title;

    /** "Ein Blick zurück – Zwei nach vorn". */
    @Valid
    private LocalizedText motto;

    /** The event's aim, the invitation's "Ziel". */
    @Valid
    private LocalizedText goal;

    /** What the event is about, the invitation's "Zum Inhalt". */
    @Valid
    private LocalizedText description;

    /** May be left out only in the states of {@link EventState#mayLeaveScheduleOpen()}. */
    private LocalDate date;

    private LocalTime start;

    private LocalTime end;

    /** The zone of {@code date}, {@code start}, {@code end} and the registration deadlines. */
    @NotNull(message = "must be a time zone like Europe/Berlin")
    private ZoneId timeZone = ZoneId.of("Europe/Berlin");

    @Valid
    private Venue venue;

    /** "Für die Verpflegung der Teilnehmenden wird gesorgt." */
    @Valid
    private LocalizedText cateringNote;

    /** What the livestream offers and does not ("keine interaktive Mitwirkung möglich"). */
    @Valid
    private LocalizedText livestreamNote;

    /** That photos or video are taken, as the invitation says it. */
    @Valid
    private LocalizedText recordingNotice;

    /** "Änderungen des Ablaufes und der Referierenden vorbehalten." */
    @Valid
    private LocalizedText changeReservation;

    @NotNull(message = "must be one of ON_SITE, HYBRID, ONLINE")
    private EventFormat format;

    /** The organisations that prepare the event, by name. */
    @NotNull(message = "must be a list; leave it out or write [] for none")
    private List<@NotBlank(message = "must not be blank") String> organizingGroup = new ArrayList<>();

    /** Organisations that support it without organising ("Unterstützt wird die Konferenz auch vom …"). */
    @NotNull(message = "must be a list; leave it out or write [] for none")
    private List<@NotBlank(message = "must not be blank") String> supporters = new ArrayList<>();

    /** Keys of the tenant's funders whose notice the event shows; the ministry reports follow them. */
    @NotNull(message = "must be a list; leave it out or write [] for none")
    private List<@NotBlank(message = "must not be blank") @Slug String> funders = new ArrayList<>();

    /**
     * Slugs of the ministry tenants that host or co-host the event although another tenant runs
     * it (the 2019 regional conferences: the ministry hosted, AGSA was cooperation partner); the
     * event is in those ministries' reports like one that names their funder.
     */
    @NotNull(message = "must be a list; leave it out or write [] for none")
    private List<@NotBlank(message = "must not be blank") @Slug String> hostedBy = new ArrayList<>();

    @Valid
    private RegistrationContact registrationContact;

    @Valid
    private RegistrationSettings registration;

    /** Consent texts of this event that replace the tenant's text of the same key. */
    @NotNull(message = "must be a list; write [] for none")
    @UniqueKeys(property = "key")
    private List<@NotNull(message = "must not be empty") @Valid ConsentDefinition> consents = new ArrayList<>();

    @NotNull(message = "must be one of DRAFT, PUBLISHED, REGISTRATION_CLOSED, DONE, ARCHIVED")
    private EventState state;

    /** Contributions to the whole day rather than one item, e.g. the day's moderation. */
    @NotNull(message = "must be a list; leave it out or write [] for none")
    private List<@NotNull(message = "must not be empty") @Valid ContributionDefinition> contributions =
            new ArrayList<>();

    /** In the order of the day. */
    @NotNull(message = "must be a list; leave it out or write [] for none")
    private List<@NotNull(message = "must not be empty") @Valid AgendaItemDefinition> agenda = new ArrayList<>();

    @NotNull(message = "must be a list; leave it out or write [] for none")
    @UniqueKeys(property = "code")
    private List<@NotNull(message = "must not be empty") @Valid WorkshopDefinition> workshops = new ArrayList<>();

    /**
     * Field paths of values the file invented because its source leaves them out, e.g.
     * {@code agenda[1].start}; a path covers everything below it. The loader checks that each
     * names a value the file gives.
     */
    @NotNull(message = "must be a list; leave it out or write [] for none")
    private List<@NotBlank(message = "must not be blank") String> illustrative = new ArrayList<>();

    /** Figures entered by hand, for an event run outside the platform; optional. */
    @Valid
    private ManualFigures figures;

    /** Results of the event (issue 13): by workshop code, agenda item or for the event as a whole. */
    @NotNull(message = "must be a list; leave it out or write [] for none")
    @UniqueKeys(property = "key")
    private List<@NotNull(message = "must not be empty") @Valid ResultDefinition> results = new ArrayList<>();

    /** The event's documentation: its recommendations written from {@link #results}; optional. */
    @Valid
    private DocumentationDefinition documentation;

    private String sourceName;

    private String contentHash;

    /**
     * Whether a value was invented for the demo rather than taken from the source: the path
     * itself or one of its ancestors is listed in {@code illustrative}, so {@code venue}
     * covers {@code venue.street}.
     */
    public boolean isIllustrative(String path) {
        if (illustrative == null || path == null) {
            return false;
        }
        for (String listed : illustrative) {
            if (listed != null
                    && (path.equals(listed) || path.startsWith(listed + ".") || path.startsWith(listed + "["))) {
                return true;
            }
        }
        return false;
    }

    /** When the event begins, for calendars; empty when date or start are open. */
    public Optional<ZonedDateTime> startsAt() {
        return date == null || start == null || timeZone == null
                ? Optional.empty()
                : Optional.of(ZonedDateTime.of(date, start, timeZone));
    }

    /** When the event ends, for calendars; empty when date or end are open. */
    public Optional<ZonedDateTime> endsAt() {
        return date == null || end == null || timeZone == null
                ? Optional.empty()
                : Optional.of(ZonedDateTime.of(date, end, timeZone));
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public String getSeries() {
        return series;
    }

    public void setSeries(String series) {
        this.series = series;
    }

    public Integer getEdition() {
        return edition;
    }

    public void setEdition(Integer edition) {
        this.edition = edition;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public void setTitle(LocalizedText title) {
        this.title = title;
    }

    public LocalizedText getMotto() {
        return motto;
    }

    public void setMotto(LocalizedText motto) {
        this.motto = motto;
    }

    public LocalizedText getGoal() {
        return goal;
    }

    public void setGoal(LocalizedText goal) {
        this.goal = goal;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public void setDescription(LocalizedText description) {
        this.description = description;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public ZoneId getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(ZoneId timeZone) {
        this.timeZone = timeZone;
    }

    public Venue getVenue() {
        return venue;
    }

    public void setVenue(Venue venue) {
        this.venue = venue;
    }

    public LocalizedText getCateringNote() {
        return cateringNote;
    }

    public void setCateringNote(LocalizedText cateringNote) {
        this.cateringNote = cateringNote;
    }

    public LocalizedText getLivestreamNote() {
        return livestreamNote;
    }

    public void setLivestreamNote(LocalizedText livestreamNote) {
        this.livestreamNote = livestreamNote;
    }

    public LocalizedText getRecordingNotice() {
        return recordingNotice;
    }

    public void setRecordingNotice(LocalizedText recordingNotice) {
        this.recordingNotice = recordingNotice;
    }

    public LocalizedText getChangeReservation() {
        return changeReservation;
    }

    public void setChangeReservation(LocalizedText changeReservation) {
        this.changeReservation = changeReservation;
    }

    public EventFormat getFormat() {
        return format;
    }

    public void setFormat(EventFormat format) {
        this.format = format;
    }

    public List<String> getOrganizingGroup() {
        return organizingGroup;
    }

    public void setOrganizingGroup(List<String> organizingGroup) {
        this.organizingGroup = organizingGroup;
    }

    public List<String> getSupporters() {
        return supporters;
    }

    public void setSupporters(List<String> supporters) {
        this.supporters = supporters;
    }

    public List<String> getFunders() {
        return funders;
    }

    public void setFunders(List<String> funders) {
        this.funders = funders;
    }

    public List<String> getHostedBy() {
        return hostedBy;
    }

    public void setHostedBy(List<String> hostedBy) {
        this.hostedBy = hostedBy;
    }

    public RegistrationContact getRegistrationContact() {
        return registrationContact;
    }

    public void setRegistrationContact(RegistrationContact registrationContact) {
        this.registrationContact = registrationContact;
    }

    public List<ConsentDefinition> getConsents() {
        return consents;
    }

    public void setConsents(List<ConsentDefinition> consents) {
        this.consents = consents;
    }

    public RegistrationSettings getRegistration() {
        return registration;
    }

    public void setRegistration(RegistrationSettings registration) {
        this.registration = registration;
    }

    public EventState getState() {
        return state;
    }

    public void setState(EventState state) {
        this.state = state;
    }

    public List<ContributionDefinition> getContributions() {
        return contributions;
    }

    public void setContributions(List<ContributionDefinition> contributions) {
        this.contributions = contributions;
    }

    public List<AgendaItemDefinition> getAgenda() {
        return agenda;
    }

    public void setAgenda(List<AgendaItemDefinition> agenda) {
        this.agenda = agenda;
    }

    public List<WorkshopDefinition> getWorkshops() {
        return workshops;
    }

    public void setWorkshops(List<WorkshopDefinition> workshops) {
        this.workshops = workshops;
    }

    public List<String> getIllustrative() {
        return illustrative;
    }

    public void setIllustrative(List<String> illustrative) {
        this.illustrative = illustrative;
    }

    public ManualFigures getFigures() {
        return figures;
    }

    public void setFigures(ManualFigures figures) {
        this.figures = figures;
    }

    /** File name the definition was loaded from, e.g. {@code mittelsachsen-6-fachtag-2021.yaml}. */
    public String getSourceName() {
        return sourceName;
    }

    void setSourceName(String sourceName) {
        this.sourceName = sourceName;
    }

    /**
     * Lower-case hex SHA-256 of the file's bytes, the same as {@code sha256sum} prints; equal
     * bytes give an equal hash, so the importer can skip an event that has not changed.
     */
    public String getContentHash() {
        return contentHash;
    }

    void setContentHash(String contentHash) {
        this.contentHash = contentHash;
    }

    @Override
    public String toString() {
        return "EventDefinition[" + tenant + "/" + slug + " from " + sourceName + "]";
    }

    public List<ResultDefinition> getResults() {
        return results;
    }

    public void setResults(List<ResultDefinition> results) {
        this.results = results;
    }

    public DocumentationDefinition getDocumentation() {
        return documentation;
    }

    public void setDocumentation(DocumentationDefinition documentation) {
        this.documentation = documentation;
    }
}
