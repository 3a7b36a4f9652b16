package de.fachtag.mail;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.fachtag.event.Event;
import de.fachtag.event.Venue;
import de.fachtag.event.Workshop;
import de.fachtag.platform.PlatformSettings;
import de.fachtag.registration.Registration;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenant.Funder;
import de.fachtag.tenant.Tenant;
import de.fachtag.tenant.TenantLinks;
import de.fachtag.tenant.TenantProfile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes mails into the outbox, in the caller's transaction: a registration that rolls back
 * leaves no mail behind, and one that commits always has its mail. The mail is rendered here,
 * when it is written ({@link MailComposer}), so it says what was true then; {@link MailDelivery}
 * sends it later.
 *
 * <p>A mail that carries the participant's private link stores no token: its body holds
 * {@link #LINK_TOKEN} where the token goes, and {@link OutboxDelivery} issues a new link and puts
 * its token in while it sends, keeping only the link's hash. So no stored mail, sent or waiting,
 * opens a registration.
 */
@Stateless
@TenantScoped
public class Outbox {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @Inject
    PlatformSettings settings;

    @jakarta.ejb.EJB
    de.fachtag.tenant.PublicAddresses addresses;

    @Inject
    Clock clock;

    private final MailComposer composer = new MailComposer();

    /** Stands for the private link's token in a stored mail body; replaced while the mail is sent. */
    public static final String LINK_TOKEN = "{private-link-token}";

    /** Queues the mail of a kind for a registration, without a private link. */
    public void registrationMail(Registration registration, MailKind kind) {
        write(registration, kind, false, null);
    }

    /** Queues the mail of a kind for a registration with a new private link, issued when the mail is sent. */
    public void linkMail(Registration registration, MailKind kind) {
        write(registration, kind, true, null);
    }

    /** How many link mails on request ({@link MailKind#LINK_RESENT}) the current tenant queued for an address since then. */
    public long linkMailsSince(String emailKey, java.time.Instant since) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM outbox_mail WHERE kind = 'LINK_RESENT' "
                                + "AND lower(recipient) = ?1 AND created_at > ?2")
                        .setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                        .setParameter(1, emailKey)
                        .setParameter(2, java.sql.Timestamp.from(since))
                        .getSingleResult())
                .longValue();
    }

    /**
     * Queues a staff member's password link (German and English in one mail): the body holds
     * {@link #LINK_TOKEN} inside the link to the tenant's set-password page, and
     * {@link OutboxDelivery} issues the token when it sends the mail, so no token is ever stored.
     */
    public void staffPasswordLink(String recipient, int validDays) {
        Tenant tenant = em.find(Tenant.class, TenantContext.require());
        var texts = MailComposer.bundle(java.util.Locale.GERMAN);
        String link = settings.baseUrl() + "/t/" + tenant.getId() + "/password?token=" + LINK_TOKEN;
        var mail = new OutboxMail(
                null,
                MailKind.STAFF_PASSWORD_LINK,
                null,
                recipient,
                "de",
                java.text.MessageFormat.format(texts.getString("staff.subject"), tenant.getName()),
                java.text.MessageFormat.format(texts.getString("staff.text"), tenant.getName(), link, validDays),
                null);
        mail.carryPrivateLink();
        em.persist(mail);
    }

    /**
     * Queues a mail with a personal link of results (issue 13: the follow-up of a recommendation, a
     * workshop lead's results): the body holds {@link #LINK_TOKEN}, and {@link OutboxDelivery}
     * issues the token when it sends the mail, storing only its hash. The dedupe key
     * {@code KIND:accessId} names the link and keeps the mail single.
     */
    public void personalLinkMail(MailKind kind, UUID accessId, String recipient, String subject, String text) {
        var mail = new OutboxMail(null, kind, kind.name() + ":" + accessId, recipient, "de", subject, text, null);
        mail.carryPrivateLink();
        em.persist(mail);
    }

    /**
     * Queues an actor contact's confirmation link (actors directory): the body holds
     * {@link #LINK_TOKEN} where {@link OutboxDelivery} puts the token of a new link for the
     * confirmation named in the dedupe key ({@code actor-confirmation:{id}}) while it sends.
     */
    public void actorConfirmationLink(UUID confirmationId, String recipient, String subject, String text) {
        var mail = new OutboxMail(
                null,
                MailKind.ACTOR_CONFIRMATION_LINK,
                ACTOR_CONFIRMATION + confirmationId,
                recipient,
                "de",
                subject,
                text,
                null);
        mail.carryPrivateLink();
        em.persist(mail);
    }

    /** The dedupe key's prefix of an actor confirmation mail; the confirmation's id follows. */
    public static final String ACTOR_CONFIRMATION = "actor-confirmation:";

    /** How many password-link mails went to this address since then (any state). */
    public long staffLinkMailsSince(String recipient, java.time.Instant since) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM outbox_mail WHERE kind = 'STAFF_PASSWORD_LINK' "
                                + "AND lower(recipient) = lower(?1) AND created_at > ?2")
                        .setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                        .setParameter(1, recipient)
                        .setParameter(2, java.sql.Timestamp.from(since))
                        .getSingleResult())
                .longValue();
    }

    /**
     * What every mail of this event says besides the attendee (the organizer, the event, the
     * funding notices), read once, before the event's seat lock is taken, so that a mail written
     * while the lock is held reads nothing more.
     */
    public record Prepared(
            MailFacts.Organizer organizer,
            MailFacts.EventFacts event,
            List<MailFacts.FundingNotice> funding,
            TenantLinks links) {}

    /**
     * The prepared facts of recently registered-for events, by tenant, event and the tenant's
     * {@code public_version} (V22): the triggers that bump it cover every table these facts come
     * from (tenant, profile, host names, funders, event), so a change on any instance is a new
     * key there at once, and an old key is never asked for again. Values only, no entities.
     */
    private static final Cache<PreparedKey, Prepared> PREPARED = Caffeine.newBuilder()
            .maximumSize(2_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    private record PreparedKey(String tenant, UUID event, long publicVersion) {}

    /**
     * Reads what {@link #linkMail(Registration, MailKind, Prepared, Integer)} needs besides the
     * registration; for a registration, which changes none of it. Read once per event and tenant
     * version: a registration reads one number instead of the tenant, its profile, host names and
     * funders (issue 11). Called before the transaction writes anything, so the version read is
     * a committed one.
     */
    public Prepared prepare(Event event) {
        String tenant = TenantContext.require();
        long version = ((Number) em.createNativeQuery("SELECT public_version FROM tenant WHERE id = ?1")
                        .setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                        .setParameter(1, tenant)
                        .getSingleResult())
                .longValue();
        return PREPARED.get(new PreparedKey(tenant, event.getId(), version), k -> prepared(event));
    }

    /**
     * Queues the mail of a kind with a new private link for a registration of the prepared event,
     * whose waitlist position (null when not waiting) the caller knows already.
     */
    public void linkMail(Registration registration, MailKind kind, Prepared prepared, Integer waitlistPosition) {
        write(registration, kind, true, null, prepared, waitlistPosition);
    }

    /** Stands for the waitlist position in a mail rendered before the position is known; an unlikely number. */
    static final int POSITION_PENDING = 987_654_321;

    /**
     * A link mail rendered before the event's seat lock for the outcome expected then, so that
     * the lock's holder does not render: {@link #queue} stores it when that outcome holds.
     */
    public record Rendered(MailKind kind, ComposedMail composed) {}

    /**
     * Renders the link mail of a kind for a registration not yet stored, as if it had the given
     * status; a waitlist position is filled in by {@link #queue}.
     */
    public Rendered render(Registration r, MailKind kind, Prepared prepared) {
        MailFacts facts = facts(r, prepared, kind == MailKind.WAITLISTED ? POSITION_PENDING : null);
        return new Rendered(
                kind, composer.compose(kind, facts, Optional.of(LINK_TOKEN), prepared.links(), clock.instant()));
    }

    /**
     * Queues the link mail of a kind rendered before ({@link #render}), with the waitlist position
     * now known; renders it anew when the outcome turned out another than expected.
     */
    public void queue(Rendered rendered, Registration r, MailKind kind, Prepared prepared, Integer waitlistPosition) {
        if (rendered == null || rendered.kind() != kind || r.getEmail() == null) {
            linkMail(r, kind, prepared, waitlistPosition);
            return;
        }
        ComposedMail c = rendered.composed();
        String language = "en".equals(r.getLanguage()) ? "en" : "de";
        String text = c.text();
        String html = c.html();
        if (kind == MailKind.WAITLISTED && waitlistPosition != null) {
            var format = java.text.NumberFormat.getInstance(Locale.forLanguageTag(language));
            String pending = format.format(POSITION_PENDING);
            String position = format.format(waitlistPosition);
            text = text.replace(pending, position);
            html = html == null ? null : html.replace(pending, position);
        }
        var mail = new OutboxMail(r.getId(), kind, null, r.getEmail(), language, c.subject(), text, html);
        mail.carryPrivateLink();
        if (c.hasAttachment()) {
            mail.attach(c.attachmentName(), c.attachmentType(), c.attachment());
        }
        em.persist(mail);
    }

    /**
     * Queues a mail that a registration gets at most once (the reminder, the livestream link):
     * the outbox's unique dedupe key {@code KIND:registrationId} guards it. The caller checks
     * {@link #alreadyQueued} first and serialises scheduling per tenant, so the key is a second
     * lock, not the usual way out.
     */
    public void scheduledMail(Registration registration, MailKind kind) {
        write(registration, kind, false, dedupeKey(kind, registration.getId()));
    }

    /**
     * Queues the forwarding of a feedback message to the tenant's accessibility feedback contact
     * (tenant file {@code accessibility.feedbackEmail}), in the caller's transaction, so that a
     * stored message always has its mail. Answers go to the sender when they gave an address.
     * Nothing is queued for a tenant without a profile (no contact to write to).
     */
    public void feedbackMail(FeedbackMail.Facts facts) {
        Optional<TenantProfile> profile = em.createNamedQuery("TenantProfile.current", TenantProfile.class)
                .getResultStream()
                .findFirst();
        String contact = profile.map(TenantProfile::getFeedbackEmail)
                .filter(e -> !e.isBlank())
                .orElse(null);
        if (contact == null) {
            return;
        }
        ComposedMail composed = FeedbackMail.compose(facts, settings.baseUrl());
        var mail = new OutboxMail(
                null, MailKind.FEEDBACK, null, contact.strip(), "de", composed.subject(), composed.text(), null);
        if (facts.email() != null && !facts.email().isBlank()) {
            mail.answerTo(facts.email().strip());
        }
        em.persist(mail);
    }

    /**
     * Takes back a registration's mails of a kind that have not started to go out (no attempt
     * running, none uncertain); the number taken back.
     */
    public int withdraw(UUID registrationId, MailKind kind) {
        return em.createQuery("DELETE FROM OutboxMail m WHERE m.registrationId = :id AND m.kind = :kind "
                        + "AND m.sentAt IS NULL AND m.sendingSince IS NULL AND m.uncertainSince IS NULL")
                .setParameter("id", registrationId.toString())
                .setParameter("kind", kind)
                .executeUpdate();
    }

    /** The registrations of an event that already have a mail of this kind with a dedupe key. */
    public java.util.Set<UUID> alreadyQueued(Event event, MailKind kind) {
        // read as text: the driver's uuid value and EclipseLink's conversion of a basic UUID differ by path
        return em.createQuery(
                        "SELECT m.dedupeKey FROM OutboxMail m, Registration r WHERE r.event = :event "
                                + "AND m.registrationId = r.id AND m.kind = :kind AND m.dedupeKey IS NOT NULL",
                        String.class)
                .setParameter("event", event)
                .setParameter("kind", kind)
                .getResultStream()
                .map(key -> UUID.fromString(key.substring(key.indexOf(':') + 1)))
                .collect(java.util.stream.Collectors.toSet());
    }

    public static String dedupeKey(MailKind kind, UUID registrationId) {
        return kind.name() + ":" + registrationId;
    }

    private void write(Registration r, MailKind kind, boolean privateLink, String dedupeKey) {
        if (r.getEmail() == null) {
            return; // erased by retention: nobody to write to
        }
        write(
                r,
                kind,
                privateLink,
                dedupeKey,
                prepared(r.getEvent()),
                kind == MailKind.WAITLISTED ? waitlistPosition(r) : null);
    }

    private void write(
            Registration r,
            MailKind kind,
            boolean privateLink,
            String dedupeKey,
            Prepared prepared,
            Integer waitlistPosition) {
        if (r.getEmail() == null) {
            return; // erased by retention: nobody to write to
        }
        MailFacts facts = facts(r, prepared, kind == MailKind.WAITLISTED ? waitlistPosition : null);
        ComposedMail composed = composer.compose(
                kind,
                facts,
                privateLink ? Optional.of(LINK_TOKEN) : Optional.empty(),
                prepared.links(),
                clock.instant());
        var mail = new OutboxMail(
                r.getId(),
                kind,
                dedupeKey,
                r.getEmail(),
                facts.attendee().language(),
                composed.subject(),
                composed.text(),
                composed.html());
        if (privateLink) {
            mail.carryPrivateLink();
        }
        if (composed.hasAttachment()) {
            mail.attach(composed.attachmentName(), composed.attachmentType(), composed.attachment());
        }
        em.persist(mail);
    }

    /** What the composer needs, read from the registration, its event and the current tenant. */
    MailFacts facts(Registration r, Integer waitlistPosition) {
        return facts(r, prepared(r.getEvent()), waitlistPosition);
    }

    private MailFacts facts(Registration r, Prepared prepared, Integer waitlistPosition) {
        Workshop w = r.getWorkshop();
        var attendee = new MailFacts.Attendee(
                r.getName(),
                r.getEmail(),
                "en".equals(r.getLanguage()) ? "en" : "de",
                r.getStatus(),
                r.getMode(),
                w == null ? null : w.getCode(),
                w == null ? null : w.getTitle(),
                w == null ? null : w.getRoom(),
                waitlistPosition,
                r.getCheckinCode());
        return new MailFacts(prepared.organizer(), prepared.event(), attendee, prepared.funding());
    }

    private Prepared prepared(Event e) {
        Tenant tenant = em.find(Tenant.class, TenantContext.require());
        Optional<TenantProfile> profile = em.createNamedQuery("TenantProfile.current", TenantProfile.class)
                .getResultStream()
                .findFirst();
        String email = e.getContactEmail() != null
                ? e.getContactEmail()
                : profile.map(TenantProfile::getEmail).orElse(null);
        String phone = e.getContactEmail() != null || e.getContactPhone() != null
                ? e.getContactPhone()
                : profile.map(TenantProfile::getPhone).orElse(null);
        var organizer = new MailFacts.Organizer(
                tenant.getId(),
                tenant.getName(),
                email,
                phone,
                profile.map(TenantProfile::getWebsite).orElse(null),
                profile.map(TenantProfile::getPrimaryColour).orElse(null),
                profile.map(TenantProfile::getMailIntros).orElse(java.util.Map.of()));
        var event = new MailFacts.EventFacts(
                e.getId(),
                e.getVersion(),
                e.getSlug(),
                e.getTitle(),
                e.getDate(),
                e.getStart(),
                e.getEnd(),
                e.zone(),
                venue(e.getVenue()),
                e.getLivestreamUrl());
        List<Funder> funders = e.getFunders().isEmpty()
                ? em.createNamedQuery("Funder.all", Funder.class).getResultList()
                : e.getFunders();
        var notices = funders.stream()
                .map(f -> new MailFacts.FundingNotice(f.getName(), f.getLabel(), f.getNotice()))
                .toList();
        return new Prepared(organizer, event, notices, addresses.roots(tenant.getId()));
    }

    /** "Name, Street, 09599 City, Room"; null when nothing is known. */
    static String venue(Venue v) {
        if (v == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        add(parts, v.getName());
        add(parts, v.getStreet());
        add(parts, ((v.getPostcode() == null ? "" : v.getPostcode() + " ") + (v.getCity() == null ? "" : v.getCity())));
        add(parts, v.getRoom());
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static void add(List<String> parts, String s) {
        if (s != null && !s.isBlank()) {
            parts.add(s.strip());
        }
    }

    private Integer waitlistPosition(Registration r) {
        return de.fachtag.registration.Waitlist.positionOf(em, r);
    }
}
