package de.fachtag.actors;

import de.fachtag.actors.ActorDirectory.Actor;
import de.fachtag.actors.ActorDirectory.Contact;
import de.fachtag.actors.ActorDirectory.Responsibility;
import de.fachtag.mail.Outbox;
import de.fachtag.platform.PlatformSettings;
import de.fachtag.registration.Tokens;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Confirmation links: an actor whose entries were not confirmed for twelve months gets a mail
 * (through the outbox) to its contact's address with a personal link that expires after
 * {@link #VALIDITY}; the link opens the actor's entries, and one step confirms them all (today,
 * by the recipient) or sends a correction to the editors. Only the token's hash is stored, when
 * the mail goes out. A used or expired link opens nothing; another tenant's is not found.
 */
@Stateless
@TenantScoped
public class ActorConfirmations {

    public static final Duration VALIDITY = Duration.ofDays(30);

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    ActorService actors;

    @EJB
    Outbox outbox;

    @Inject
    PlatformSettings settings;

    /** What a link opens. */
    public enum State {
        OPEN,
        USED,
        EXPIRED
    }

    /** A link as its page shows it: the actor, its entries, the recipient and the state. */
    public record Opened(
            UUID id, State state, Actor actor, List<Responsibility> entries, ActorDirectory directory, String recipient)
            implements java.io.Serializable {}

    /** A correction a contact sent, for the editors. */
    public record Correction(String actor, String recipient, java.time.Instant at, String text)
            implements java.io.Serializable {}

    /**
     * Queues a confirmation mail for every actor (not archived) with an entry not confirmed for
     * twelve months and an address to write to (the actor's, else its first contact's);
     * returns the actors written to.
     */
    public List<String> requestForStale(String subject, String text) {
        ActorDirectory d = actors.directory();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        List<String> written = new ArrayList<>();
        for (Actor a : d.actors()) {
            if (a.archived() || d.ofActor(a.key()).stream().noneMatch(r -> r.staleOn(today))) {
                continue;
            }
            Optional<String> to = recipient(a);
            if (to.isPresent()) {
                request(a.key(), to.get(), VALIDITY, subject, text);
                written.add(a.key());
            }
        }
        return written;
    }

    /**
     * Queues one confirmation mail for an actor. {@code text} holds {0} for the actor's name,
     * {1} for the link and {2} for the days it is valid.
     *
     * @return the confirmation's id
     */
    public UUID request(String actorKey, String recipient, Duration validity, String subject, String text) {
        UUID id = create(actorKey, recipient, validity);
        String name = em.find(ConfirmationRow.class, id) == null ? actorKey : actorName(actorKey);
        String link = settings.baseUrl() + "/t/" + TenantContext.require() + "/actors/confirm/" + Outbox.LINK_TOKEN;
        outbox.actorConfirmationLink(
                id,
                recipient.strip(),
                java.text.MessageFormat.format(subject, name),
                java.text.MessageFormat.format(text, name, link, validity.toDays()));
        return id;
    }

    /** A confirmation without a mail yet: its token comes with {@link #issue} or {@link #storeToken}. */
    public UUID create(String actorKey, String recipient, Duration validity) {
        ActorRow actor = em.createNamedQuery("ActorRow.byKey", ActorRow.class)
                .setParameter("key", actorKey)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ActorNotFoundException(actorKey));
        ConfirmationRow row = new ConfirmationRow();
        row.actorId = actor.getId();
        row.recipient = recipient.strip();
        row.createdAt = clock.instant();
        row.expiresAt = row.createdAt.plus(validity);
        em.persist(row);
        return row.getId();
    }

    private String actorName(String key) {
        return em.createNamedQuery("ActorRow.byKey", ActorRow.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst()
                .map(a -> a.name)
                .orElse(key);
    }

    /** Called while the mail goes out: a new token's hash for the confirmation (the last mail's link wins). */
    public void storeToken(UUID confirmationId, String hash) {
        ConfirmationRow row = em.find(ConfirmationRow.class, confirmationId, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new IllegalStateException("the confirmation of this mail is gone");
        }
        row.tokenHash = hash;
    }

    /** A new token for a confirmation, as the outbox issues it (for tests and for a mail sent again). */
    public String issue(UUID confirmationId) {
        String token = Tokens.newToken(TenantContext.require());
        storeToken(confirmationId, Tokens.hash(token));
        return token;
    }

    /** What the link opens, or empty when no link of this tenant has this token. */
    public Optional<Opened> open(String token) {
        return find(token).map(this::opened);
    }

    /** Confirms every entry of the link's actor today, by the recipient; refused on a used or expired link. */
    public void confirm(String token) {
        ConfirmationRow row = usable(token);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        for (ResponsibilityRow r : em.createNamedQuery("ResponsibilityRow.ofActor", ResponsibilityRow.class)
                .setParameter("actor", row.actorId)
                .getResultList()) {
            r.confirmedOn = today;
            r.confirmedBy = row.recipient + " (Bestätigungslink)";
        }
        row.usedAt = clock.instant();
    }

    /** Sends a correction to the editors instead of confirming; refused on a used or expired link or without text. */
    public void correct(String token, String text) {
        if (text == null || text.isBlank()) {
            throw new ActorRuleException("actors.confirm.correctionMissing", "");
        }
        ConfirmationRow row = usable(token);
        row.correction = text.strip().length() > 4000 ? text.strip().substring(0, 4000) : text.strip();
        row.usedAt = clock.instant();
    }

    /** The corrections contacts sent, newest first, for the editors. */
    public List<Correction> corrections() {
        List<Correction> list = new ArrayList<>();
        for (ConfirmationRow c : em.createNamedQuery("ConfirmationRow.all", ConfirmationRow.class)
                .getResultList()) {
            if (c.correction != null) {
                ActorRow a = em.find(ActorRow.class, c.actorId);
                list.add(new Correction(a == null ? "" : a.name, c.recipient, c.usedAt, c.correction));
            }
        }
        return list;
    }

    private ConfirmationRow usable(String token) {
        ConfirmationRow row = find(token).orElseThrow(() -> new ActorNotFoundException("link"));
        em.lock(row, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(row);
        State state = state(row);
        if (state != State.OPEN) {
            throw new ActorRuleException(state == State.USED ? "actors.confirm.used" : "actors.confirm.expired", "");
        }
        return row;
    }

    private Optional<ConfirmationRow> find(String token) {
        if (token == null
                || Tokens.tenantOf(token)
                        .filter(TenantContext.require()::equals)
                        .isEmpty()) {
            return Optional.empty();
        }
        return em.createNamedQuery("ConfirmationRow.byHash", ConfirmationRow.class)
                .setParameter("hash", Tokens.hash(token))
                .getResultStream()
                .findFirst();
    }

    private State state(ConfirmationRow row) {
        return row.usedAt != null ? State.USED : clock.instant().isAfter(row.expiresAt) ? State.EXPIRED : State.OPEN;
    }

    private Opened opened(ConfirmationRow row) {
        ActorDirectory d = actors.directory();
        ActorRow a = em.find(ActorRow.class, row.actorId);
        Actor actor = d.actor(a.key).orElseThrow();
        return new Opened(row.getId(), state(row), actor, d.ofActor(actor.key()), d, row.recipient);
    }

    private static Optional<String> recipient(Actor a) {
        if (a.email() != null) {
            return Optional.of(a.email());
        }
        return a.contacts().stream()
                .map(Contact::email)
                .filter(e -> e != null && !e.isBlank())
                .findFirst();
    }
}
