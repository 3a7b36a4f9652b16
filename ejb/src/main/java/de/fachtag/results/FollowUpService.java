package de.fachtag.results;

import de.fachtag.event.Event;
import de.fachtag.event.Workshop;
import de.fachtag.mail.MailKind;
import de.fachtag.mail.Outbox;
import de.fachtag.registration.Tokens;
import de.fachtag.results.FollowUp.HistoryEntry;
import de.fachtag.results.FollowUp.LinkView;
import de.fachtag.results.FollowUp.Opened;
import de.fachtag.results.FollowUp.Standing;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenant.PublicAddresses;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * The follow-up of recommendations (accountability) and the personal links of people without
 * a staff account.
 *
 * <p>Each recommendation has a state (open, under review, adopted into the concept with a link to
 * where, in implementation, implemented, rejected with a reason), a responsible actor or person,
 * and a public history of its states with dates. Staff set it on the organizer's page; the
 * responsible person sets or confirms it through a personal link that expires. Reminders go out
 * when a state was not confirmed for the document's period, once per period (see {@link #remindDue}).
 *
 * <p>A personal link ({@link ResultsAccess}) opens exactly one recommendation's follow-up or one
 * workshop's results, at {@code /t/{tenant}/follow-up/{token}} or
 * {@code /t/{tenant}/workshop-results/{token}}. Its mail goes through the outbox and carries no
 * token: {@link #issueToken} puts a new one in when the mail is sent and stores its hash only.
 * An expired or revoked link opens a page that says so and changes nothing; another tenant's
 * token is not found.
 */
@Stateless
@TenantScoped
public class FollowUpService {

    /** How long a personal link stays open unless the organizer says otherwise. */
    public static final int DEFAULT_VALID_DAYS = 60;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @Inject
    Clock clock;

    private ResultsLookup lookup() {
        return new ResultsLookup(em);
    }

    @EJB
    ResultsService results;

    @EJB
    Outbox outbox;

    @EJB
    PublicAddresses addresses;

    @EJB
    de.fachtag.actors.ActorService actors;

    // --- staff: state, responsible person, links ------------------------------------------------

    /**
     * Sets a recommendation's state, or confirms the one it has (the same state again). Adopted
     * needs an http(s) link to where in the concept; rejected needs a reason.
     */
    public void changeState(
            String eventSlug,
            UUID recommendationId,
            RecommendationState state,
            String conceptLink,
            String reason,
            String who) {
        Recommendation r = lookup().recommendation(eventSlug, recommendationId);
        follow(r, state, conceptLink, reason, who);
    }

    /**
     * Names who answers for a recommendation. With an address, a personal link for the state goes
     * to it (valid {@code validDays} days) and reminders follow; the links given before for this
     * recommendation are revoked. Answers the new link's id, or null without an address.
     */
    public UUID assign(
            String eventSlug, UUID recommendationId, String name, String email, Integer validDays, String who) {
        return assign(lookup().recommendation(eventSlug, recommendationId), name, email, validDays, who);
    }

    /**
     * Names who answers for a recommendation of a series' documentation, as {@link #assign} for an
     * event's: with an address a personal link goes out (its mail names the series), earlier links
     * of the recommendation are revoked. Another series' or tenant's recommendation is not found.
     */
    public UUID assignSeries(
            String seriesSlug, UUID recommendationId, String name, String email, Integer validDays, String who) {
        return assign(lookup().seriesRecommendation(seriesSlug, recommendationId), name, email, validDays, who);
    }

    /** Checks and records the responsible person, revokes the earlier links and mails a new one to an address. */
    private UUID assign(Recommendation r, String name, String email, Integer validDays, String who) {
        String identifier = lookup().identifier(r);
        if (name == null || name.isBlank()) {
            throw new ResultsRuleException("results.followUp.nameMissing", identifier);
        }
        if (name.strip().length() > 300) {
            throw new ResultsRuleException("results.followUp.nameTooLong", identifier);
        }
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && !validAddress(address)) {
            throw new ResultsRuleException("results.link.emailInvalid", address);
        }
        int days = validDays(validDays, identifier);
        Instant now = clock.instant();
        r.assign(name.strip(), address, now);
        revokeOpen(AccessPurpose.FOLLOW_UP, r.getId(), now);
        if (address == null) {
            return null;
        }
        return followUpLink(
                MailKind.FOLLOW_UP_LINK, r, name, address, now.plus(Duration.ofDays(days)), by(who), now, identifier);
    }

    /**
     * Issues a personal follow-up link for a recommendation, of its document's event or series,
     * and queues its mail (the link, or a reminder), which names that event or series.
     */
    private UUID followUpLink(
            MailKind kind,
            Recommendation r,
            String name,
            String address,
            Instant expiresAt,
            String by,
            Instant now,
            String identifier) {
        RecommendationDocument doc = em.find(RecommendationDocument.class, r.getDocumentId());
        ResultsAccess access;
        de.fachtag.tenant.LocalizedString title;
        if (doc.getSeriesId() != null) {
            de.fachtag.tenant.EventSeries series = em.find(de.fachtag.tenant.EventSeries.class, doc.getSeriesId());
            title = series.getTitle();
            access = ResultsAccess.ofSeries(series.getId(), r.getId(), name, address, expiresAt, by, now);
        } else {
            Event event = em.find(Event.class, doc.getEventId());
            title = event.getTitle();
            access = new ResultsAccess(
                    AccessPurpose.FOLLOW_UP, event.getId(), r.getId(), name, address, expiresAt, by, now);
        }
        em.persist(access);
        em.flush();
        mail(kind, access, title, doc.getSeriesId() != null, identifier + " " + r.getTitleDe());
        return access.getId();
    }

    /** Sets or confirms the state of a recommendation of a series' documentation, as {@link #changeState}. */
    public void changeSeriesState(
            String seriesSlug,
            UUID recommendationId,
            RecommendationState state,
            String conceptLink,
            String reason,
            String who) {
        follow(lookup().seriesRecommendation(seriesSlug, recommendationId), state, conceptLink, reason, who);
    }

    /** Where every recommendation of the series' documentation stands, in the document's order. */
    public List<Standing> seriesStandings(String seriesSlug) {
        Optional<RecommendationDocument> doc = lookup().document(lookup().series(seriesSlug));
        return doc.isEmpty() ? List.of() : standings(doc.get());
    }

    /** Where one recommendation of the series' documentation stands. */
    public Standing seriesStanding(String seriesSlug, UUID recommendationId) {
        Recommendation r = lookup().seriesRecommendation(seriesSlug, recommendationId);
        return standing(
                em.find(RecommendationDocument.class, r.getDocumentId()),
                r,
                history(List.of(r.getId())).getOrDefault(r.getId(), List.of()));
    }

    /** The published series documentation's view: where each recommendation stands, by id; empty unless published. */
    public Map<UUID, Standing> publishedSeriesStandings(String seriesSlug) {
        Optional<RecommendationDocument> doc = em.createNamedQuery(
                        "EventSeries.bySlug", de.fachtag.tenant.EventSeries.class)
                .setParameter("slug", seriesSlug == null ? "" : seriesSlug)
                .getResultStream()
                .findFirst()
                .flatMap(s -> lookup().document(s))
                .filter(RecommendationDocument::isPublished);
        Map<UUID, Standing> byId = new LinkedHashMap<>();
        doc.ifPresent(d -> standings(d).forEach(s -> byId.put(s.recommendationId(), s)));
        return byId;
    }

    /** The personal links of the series' recommendations, newest first. */
    public List<LinkView> seriesLinks(String seriesSlug) {
        de.fachtag.tenant.EventSeries series = lookup().series(seriesSlug);
        return linkViews(
                em.createNamedQuery("ResultsAccess.ofSeries", ResultsAccess.class)
                        .setParameter("series", series.getId().toString())
                        .getResultList(),
                Map.of());
    }

    /** Closes a personal link of this series at once; another series' or tenant's is not found. */
    public void revokeSeries(String seriesSlug, UUID accessId) {
        de.fachtag.tenant.EventSeries series = lookup().series(seriesSlug);
        ResultsAccess a = accessId == null ? null : em.find(ResultsAccess.class, accessId);
        if (a == null || !series.getId().equals(a.getSeriesId())) {
            throw new ResultsNotFoundException(accessId);
        }
        a.revoke(clock.instant());
    }

    /** After how many days (7 to 730) the responsible people of the series' recommendations are reminded. */
    public void remindSeriesAfter(String seriesSlug, Integer days) {
        de.fachtag.tenant.EventSeries series = lookup().series(seriesSlug);
        if (days == null || days < 7 || days > 730) {
            throw new ResultsRuleException("results.followUp.reminderDays", days == null ? "" : String.valueOf(days));
        }
        lookup().document(series)
                .orElseThrow(() -> new ResultsNotFoundException(seriesSlug))
                .remindAfter(days);
    }

    /** The reminder period of the series' document, in days. */
    public int seriesReminderDays(String seriesSlug) {
        return lookup().document(lookup().series(seriesSlug))
                .map(RecommendationDocument::getReminderDays)
                .orElse(90);
    }

    /**
     * Names the actor of the tenant's directory that answers for a recommendation (by its key), or
     * none (blank). Shown and linked in the documentation; the actor's page lists it. A key the
     * directory does not have, an archived actor's or another tenant's is refused.
     */
    public void assignActor(String eventSlug, UUID recommendationId, String actorKey) {
        Recommendation r = lookup().recommendation(eventSlug, recommendationId);
        String key = actorKey == null || actorKey.isBlank() ? null : actorKey.strip();
        if (key != null && actors.linkableName(key).isEmpty()) {
            throw new ResultsRuleException("results.followUp.actorUnknown", lookup().identifier(r));
        }
        r.assignActor(key);
        em.flush();
    }

    /**
     * Names the actor that answers for a recommendation of a series documentation (by its key), or
     * none (blank); the actor's page lists it once the series documentation is published. Refused
     * like {@link #assignActor}; another series' or tenant's recommendation is not found.
     */
    public void assignSeriesActor(String seriesSlug, UUID recommendationId, String actorKey) {
        de.fachtag.tenant.EventSeries series = seriesSlug == null
                ? null
                : em.createNamedQuery("EventSeries.bySlug", de.fachtag.tenant.EventSeries.class)
                        .setParameter("slug", seriesSlug)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        RecommendationDocument doc = series == null
                ? null
                : em.createNamedQuery("RecommendationDocument.ofSeries", RecommendationDocument.class)
                        .setParameter("series", series.getId().toString())
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        Recommendation r =
                recommendationId == null || doc == null ? null : em.find(Recommendation.class, recommendationId);
        if (r == null || !r.getDocumentId().equals(doc.getId())) {
            throw new ResultsNotFoundException(recommendationId);
        }
        String key = actorKey == null || actorKey.isBlank() ? null : actorKey.strip();
        if (key != null && actors.linkableName(key).isEmpty()) {
            throw new ResultsRuleException("results.followUp.actorUnknown", doc.identifier(r.getNumber()));
        }
        r.assignActor(key);
        em.flush();
    }

    /** Invites a workshop's lead to enter its results through a personal link valid {@code validDays} days. */
    public UUID inviteWorkshopLead(
            String eventSlug, UUID workshopId, String name, String email, Integer validDays, String who) {
        Event event = lookup().event(eventSlug);
        Workshop w = event.getWorkshops().stream()
                .filter(x -> x.getId().equals(workshopId))
                .findFirst()
                .orElseThrow(() -> new ResultsNotFoundException(workshopId));
        if (name == null || name.isBlank()) {
            throw new ResultsRuleException("results.followUp.nameMissing", w.getCode());
        }
        if (name.strip().length() > 300) {
            throw new ResultsRuleException("results.followUp.nameTooLong", w.getCode());
        }
        if (email == null || !validAddress(email.strip())) {
            throw new ResultsRuleException("results.link.emailInvalid", email == null ? "" : email.strip());
        }
        int days = validDays(validDays, w.getCode());
        Instant now = clock.instant();
        ResultsAccess access = new ResultsAccess(
                AccessPurpose.WORKSHOP_LEAD,
                event.getId(),
                w.getId(),
                name,
                email,
                now.plus(Duration.ofDays(days)),
                by(who),
                now);
        em.persist(access);
        em.flush();
        mail(
                MailKind.WORKSHOP_LEAD_LINK,
                access,
                event.getTitle(),
                false,
                w.getCode() + " – " + w.getTitle().getDe());
        return access.getId();
    }

    /** Closes a personal link of this event at once. */
    public void revoke(String eventSlug, UUID accessId) {
        Event event = lookup().event(eventSlug);
        ResultsAccess a = accessId == null ? null : em.find(ResultsAccess.class, accessId);
        if (a == null || !event.getId().equals(a.getEventId())) {
            throw new ResultsNotFoundException(accessId);
        }
        a.revoke(clock.instant());
    }

    /** After how many days (7 to 730) without a confirmed state the responsible people of this event's recommendations are reminded. */
    public void remindAfter(String eventSlug, Integer days) {
        Event event = lookup().event(eventSlug);
        if (days == null || days < 7 || days > 730) {
            throw new ResultsRuleException("results.followUp.reminderDays", days == null ? "" : String.valueOf(days));
        }
        RecommendationDocument doc =
                lookup().document(event).orElseThrow(() -> new ResultsNotFoundException(eventSlug));
        doc.remindAfter(days);
    }

    /** The reminder period of the event's document, in days. */
    public int reminderDays(String eventSlug) {
        return lookup().document(lookup().event(eventSlug))
                .map(RecommendationDocument::getReminderDays)
                .orElse(90);
    }

    /** Where every recommendation of the event stands, in the document's order. */
    public List<Standing> standings(String eventSlug) {
        Event event = lookup().event(eventSlug);
        Optional<RecommendationDocument> doc = lookup().document(event);
        if (doc.isEmpty()) {
            return List.of();
        }
        return standings(doc.get());
    }

    private List<Standing> standings(RecommendationDocument doc) {
        List<Recommendation> recs = em.createNamedQuery("Recommendation.ofDocument", Recommendation.class)
                .setParameter("document", doc.getId())
                .getResultList();
        Map<UUID, List<HistoryEntry>> history =
                history(recs.stream().map(Recommendation::getId).toList());
        return recs.stream()
                .map(r -> standing(doc, r, history.getOrDefault(r.getId(), List.of())))
                .toList();
    }

    /** Where one recommendation stands. */
    public Standing standing(String eventSlug, UUID recommendationId) {
        Recommendation r = lookup().recommendation(eventSlug, recommendationId);
        return standing(
                em.find(RecommendationDocument.class, r.getDocumentId()),
                r,
                history(List.of(r.getId())).getOrDefault(r.getId(), List.of()));
    }

    /** The published documentation's view: where each recommendation stands, by id; empty unless published. */
    public Map<UUID, Standing> publishedStandings(String eventSlug) {
        if (results.published(eventSlug).isEmpty()) {
            return Map.of();
        }
        Map<UUID, Standing> byId = new LinkedHashMap<>();
        standings(eventSlug).forEach(s -> byId.put(s.recommendationId(), s));
        return byId;
    }

    /**
     * Who answers for each of these recommendations (event or series documentation), by id; ids
     * without anyone responsible, unknown ids and another tenant's (row level security) are left out.
     */
    public Map<UUID, FollowUp.Responsible> responsibles(java.util.Collection<UUID> recommendationIds) {
        Map<UUID, FollowUp.Responsible> byId = new LinkedHashMap<>();
        for (UUID id : recommendationIds) {
            Recommendation r = id == null ? null : em.find(Recommendation.class, id);
            if (r != null && (r.getResponsibleName() != null || r.getResponsibleActorKey() != null)) {
                byId.put(id, new FollowUp.Responsible(r.getResponsibleName(), r.getResponsibleActorKey()));
            }
        }
        return byId;
    }

    /** The personal links of the event, newest first. */
    public List<LinkView> links(String eventSlug) {
        Event event = lookup().event(eventSlug);
        Instant now = clock.instant();
        Map<UUID, String> workshops = new HashMap<>();
        event.getWorkshops()
                .forEach(w -> workshops.put(
                        w.getId(), w.getCode() + " – " + w.getTitle().getDe()));
        return linkViews(
                em.createNamedQuery("ResultsAccess.ofEvent", ResultsAccess.class)
                        .setParameter("event", event.getId().toString())
                        .getResultList(),
                workshops);
    }

    private List<LinkView> linkViews(List<ResultsAccess> accesses, Map<UUID, String> workshops) {
        Instant now = clock.instant();
        List<LinkView> links = new ArrayList<>();
        for (ResultsAccess a : accesses) {
            String target;
            if (a.getPurpose() == AccessPurpose.WORKSHOP_LEAD) {
                target = workshops.getOrDefault(a.getWorkshopId(), "");
            } else {
                Recommendation r = em.find(Recommendation.class, a.getRecommendationId());
                target = r == null ? "" : lookup().identifier(r);
            }
            links.add(new LinkView(
                    a.getId(),
                    a.getPurpose(),
                    target,
                    a.getName(),
                    a.getEmail(),
                    a.getExpiresAt(),
                    a.getRevokedAt(),
                    a.getCreatedBy(),
                    a.getCreatedAt(),
                    a.isOpen(now)));
        }
        java.util.Collections.reverse(links);
        return links;
    }

    // --- the personal link's side -----------------------------------------------------------------

    /** What a token opens in the current tenant; empty for a token it does not know (another tenant's too). */
    public Optional<Opened> open(String token) {
        Optional<ResultsAccess> found = access(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ResultsAccess a = found.get();
        boolean open = a.isOpen(clock.instant());
        // the link of a series' recommendation names the series; every other link its event
        de.fachtag.tenant.EventSeries series =
                a.getSeriesId() == null ? null : em.find(de.fachtag.tenant.EventSeries.class, a.getSeriesId());
        Event event = a.getSeriesId() == null ? em.find(Event.class, a.getEventId()) : null;
        if (series == null && event == null) {
            return Optional.empty();
        }
        if (a.getPurpose() == AccessPurpose.FOLLOW_UP || series != null) {
            Recommendation r = em.find(Recommendation.class, a.getRecommendationId());
            if (r == null) {
                return Optional.empty();
            }
            Standing s = standing(
                    em.find(RecommendationDocument.class, r.getDocumentId()),
                    r,
                    history(List.of(r.getId())).getOrDefault(r.getId(), List.of()));
            return Optional.of(new Opened(
                    a.getId(),
                    a.getPurpose(),
                    open,
                    a.getExpiresAt(),
                    a.getName(),
                    event == null ? null : event.getSlug(),
                    event == null ? series.getTitle() : event.getTitle(),
                    s,
                    r.getTextDe(),
                    null,
                    null,
                    List.of(),
                    series == null ? null : series.getSlug()));
        }
        Workshop w = event.getWorkshops().stream()
                .filter(x -> x.getId().equals(a.getWorkshopId()))
                .findFirst()
                .orElse(null);
        if (w == null) {
            return Optional.empty();
        }
        List<Documentation.ResultView> rs = open
                ? results.documentation(event.getSlug()).places().stream()
                        .filter(p -> p.id().equals(w.getId()))
                        .flatMap(p -> p.results().stream())
                        .toList()
                : List.of();
        return Optional.of(new Opened(
                a.getId(),
                a.getPurpose(),
                open,
                a.getExpiresAt(),
                a.getName(),
                event.getSlug(),
                event.getTitle(),
                null,
                null,
                w.getCode(),
                w.getTitle(),
                rs,
                null));
    }

    /** The responsible person sets or confirms the state through the link; refused once it expired. */
    public void changeStateByLink(String token, RecommendationState state, String conceptLink, String reason) {
        ResultsAccess a = openAccess(token, AccessPurpose.FOLLOW_UP);
        Recommendation r = em.find(Recommendation.class, a.getRecommendationId());
        if (r == null) {
            throw new ResultsNotFoundException(token);
        }
        follow(r, state, conceptLink, reason, a.getName());
    }

    /** A workshop lead records a result of their workshop (and of no other place). */
    public UUID addResultByLink(String token, ResultType type, String textDe, String textEn) {
        return addResultByLink(token, type, textDe, textEn, List.of());
    }

    /**
     * A workshop lead records a result of their workshop with keywords of the tenant's controlled
     * vocabulary, as staff can; a keyword id the vocabulary does not have is not found.
     */
    public UUID addResultByLink(String token, ResultType type, String textDe, String textEn, List<UUID> keywordIds) {
        ResultsAccess a = openAccess(token, AccessPurpose.WORKSHOP_LEAD);
        Event event = em.find(Event.class, a.getEventId());
        return results.addResult(
                event.getSlug(),
                new ResultInput(
                        a.getWorkshopId(),
                        type,
                        textDe,
                        textEn,
                        null,
                        null,
                        keywordIds == null ? List.of() : keywordIds));
    }

    /** The tenant's keyword vocabulary for a workshop lead's open link; a closed link is refused. */
    public List<Documentation.KeywordView> keywordsByLink(String token) {
        openAccess(token, AccessPurpose.WORKSHOP_LEAD);
        return results.keywords();
    }

    /** A workshop lead changes a result of their workshop; its keywords, field of action and actor stay. */
    public void changeResultByLink(String token, UUID resultId, ResultType type, String textDe, String textEn) {
        changeResultByLink(token, resultId, type, textDe, textEn, null);
    }

    /**
     * A workshop lead changes a result of their workshop and its keywords ({@code keywordIds} null:
     * the keywords stay); field of action and actor stay.
     */
    public void changeResultByLink(
            String token, UUID resultId, ResultType type, String textDe, String textEn, List<UUID> keywordIds) {
        ResultsAccess a = openAccess(token, AccessPurpose.WORKSHOP_LEAD);
        Event event = em.find(Event.class, a.getEventId());
        ResultItem r = leadsResult(a, resultId);
        List<UUID> keywords = keywordIds != null
                ? keywordIds
                : em.createNamedQuery("KeywordUse.ofResult", KeywordUse.class)
                        .setParameter("id", resultId.toString())
                        .getResultStream()
                        .map(KeywordUse::getKeywordId)
                        .toList();
        results.changeResult(
                event.getSlug(),
                resultId,
                new ResultInput(
                        a.getWorkshopId(),
                        type,
                        textDe,
                        textEn,
                        r.getFieldOfAction(),
                        r.getResponsibleActor(),
                        keywords));
    }

    /** A workshop lead removes a result of their workshop that no recommendation uses. */
    public void removeResultByLink(String token, UUID resultId) {
        ResultsAccess a = openAccess(token, AccessPurpose.WORKSHOP_LEAD);
        Event event = em.find(Event.class, a.getEventId());
        leadsResult(a, resultId);
        results.removeResult(event.getSlug(), resultId);
    }

    /**
     * A new token for a personal link, while its mail is sent ({@code OutboxDelivery}): the token
     * goes into the mail, its SHA-256 into the database. The link's tenant is the current one.
     */
    public static String issueToken(EntityManager em, UUID accessId, Instant now) {
        ResultsAccess a = accessId == null ? null : em.find(ResultsAccess.class, accessId);
        if (a == null) {
            throw new IllegalStateException("the personal link of this mail no longer exists");
        }
        String token = newToken();
        em.persist(new ResultsAccessToken(a.getId(), Tokens.hash(token), now));
        return token;
    }

    /** 256 random bits, URL-safe: 43 characters. */
    static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    // --- reminders --------------------------------------------------------------------------------

    /**
     * Reminds the responsible person of every recommendation whose state was not confirmed for
     * its document's period: a mail with a new personal link, once per period. A period is
     * claimed by a conditional update of {@code reminded_for} before the mail is written, so a
     * second run, or a run on another instance at the same time, finds it claimed and writes
     * nothing. Final states (implemented, rejected) get no reminders. Answers how many were queued.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remindDue(Instant now) {
        List<Recommendation> due = em.createQuery(
                        "SELECT r FROM Recommendation r WHERE r.responsibleEmail IS NOT NULL "
                                + "AND r.confirmedAt IS NOT NULL AND r.state NOT IN :final",
                        Recommendation.class)
                .setParameter("final", List.of(RecommendationState.IMPLEMENTED, RecommendationState.REJECTED))
                .getResultList();
        int queued = 0;
        for (Recommendation r : due) {
            RecommendationDocument doc = em.find(RecommendationDocument.class, r.getDocumentId());
            Optional<String> period = period(r.getConfirmedAt(), doc.getReminderDays(), now);
            if (period.isEmpty() || period.get().equals(r.getRemindedFor())) {
                continue;
            }
            int claimed = em.createQuery("UPDATE Recommendation r SET r.remindedFor = :period WHERE r.id = :id "
                            + "AND (r.remindedFor IS NULL OR r.remindedFor <> :period)")
                    .setParameter("period", period.get())
                    .setParameter("id", r.getId())
                    .executeUpdate();
            if (claimed != 1) {
                continue;
            }
            followUpLink(
                    MailKind.FOLLOW_UP_REMINDER,
                    r,
                    r.getResponsibleName(),
                    r.getResponsibleEmail(),
                    now.plus(Duration.ofDays(DEFAULT_VALID_DAYS)),
                    "–",
                    now,
                    doc.identifier(r.getNumber()));
            queued++;
        }
        return queued;
    }

    /** The reminder period {@code now} falls in, counted from the last confirmation: "{epoch second}:{n}", n ≥ 1; empty before the first. */
    static Optional<String> period(Instant confirmedAt, int days, Instant now) {
        long n = Duration.between(confirmedAt, now).toDays() / days;
        return n < 1 ? Optional.empty() : Optional.of(confirmedAt.getEpochSecond() + ":" + n);
    }

    // --- building blocks ------------------------------------------------------------------------------

    private void follow(Recommendation r, RecommendationState state, String conceptLink, String reason, String who) {
        String identifier = lookup().identifier(r);
        if (state == null) {
            throw new ResultsRuleException("results.followUp.stateMissing", identifier);
        }
        String link = Texts.clean(conceptLink);
        if (link != null && (link.length() > 1000 || !link.matches("(?i)https?://\\S+"))) {
            throw new ResultsRuleException("results.followUp.linkInvalid", identifier);
        }
        if (state == RecommendationState.ADOPTED && link == null && r.getConceptLink() == null) {
            throw new ResultsRuleException("results.followUp.linkMissing", identifier);
        }
        String why = Texts.clean(reason);
        if (state == RecommendationState.REJECTED && why == null) {
            throw new ResultsRuleException("results.followUp.reasonMissing", identifier);
        }
        if (why != null && why.length() > 2000) {
            throw new ResultsRuleException("results.followUp.reasonTooLong", identifier);
        }
        Instant now = clock.instant();
        boolean confirmation = state == r.getState() && link == null && why == null;
        r.follow(state, link, why, now);
        em.persist(new StateChange(
                r.getId(),
                state,
                confirmation,
                state == RecommendationState.REJECTED ? why : null,
                link,
                by(who),
                now));
    }

    private Standing standing(RecommendationDocument doc, Recommendation r, List<HistoryEntry> history) {
        return new Standing(
                r.getId(),
                doc.identifier(r.getNumber()),
                r.getTitleDe(),
                r.getState(),
                r.getConceptLink(),
                r.getRejectionReason(),
                r.getResponsibleName(),
                r.getResponsibleEmail(),
                r.getResponsibleActorKey(),
                r.getConfirmedAt(),
                history);
    }

    private Map<UUID, List<HistoryEntry>> history(List<UUID> ids) {
        Map<UUID, List<HistoryEntry>> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        em.createNamedQuery("StateChange.of", StateChange.class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(c -> byId.computeIfAbsent(c.getRecommendationId(), x -> new ArrayList<>())
                        .add(new HistoryEntry(
                                c.getState(),
                                c.isConfirmation(),
                                c.getNote(),
                                c.getConceptLink(),
                                c.getChangedBy(),
                                c.getChangedAt())));
        return byId;
    }

    private Optional<ResultsAccess> access(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return em.createNamedQuery("ResultsAccess.byToken", ResultsAccess.class)
                .setParameter("hash", Tokens.hash(token))
                .getResultStream()
                .findFirst();
    }

    private ResultsAccess openAccess(String token, AccessPurpose purpose) {
        ResultsAccess a = access(token)
                .filter(x -> x.getPurpose() == purpose)
                .orElseThrow(() -> new ResultsNotFoundException("link"));
        if (!a.isOpen(clock.instant())) {
            throw new LinkClosedException();
        }
        return a;
    }

    private ResultItem leadsResult(ResultsAccess a, UUID resultId) {
        ResultItem r = resultId == null ? null : em.find(ResultItem.class, resultId);
        if (r == null || !a.getWorkshopId().equals(r.getWorkshopId())) {
            throw new ResultsNotFoundException(resultId);
        }
        return r;
    }

    private void revokeOpen(AccessPurpose purpose, UUID recommendationId, Instant now) {
        em.createQuery(
                        "SELECT a FROM ResultsAccess a WHERE a.purpose = :purpose AND a.recommendationId = :id "
                                + "AND a.revokedAt IS NULL",
                        ResultsAccess.class)
                .setParameter("purpose", purpose)
                .setParameter("id", recommendationId.toString())
                .getResultStream()
                .forEach(a -> a.revoke(now));
    }

    /** Queues the mail of a personal link, German and English in one; the delivery puts the token in. */
    private void mail(
            MailKind kind, ResultsAccess access, de.fachtag.tenant.LocalizedString of, boolean series, String what) {
        String tenant = TenantContext.require();
        String path = access.getPurpose() == AccessPurpose.FOLLOW_UP ? "/follow-up/" : "/workshop-results/";
        String link = addresses.tenantSite(tenant) + path + Outbox.LINK_TOKEN;
        ResourceBundle texts = ResourceBundle.getBundle(
                "de.fachtag.results.mails", Locale.ROOT, FollowUpService.class.getClassLoader());
        String key = kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + (series ? "-series" : "");
        String until = DateTimeFormatter.ofPattern("dd.MM.yyyy")
                .format(access.getExpiresAt().atZone(BERLIN));
        String subject = MessageFormat.format(texts.getString(key + ".subject"), of.getDe());
        String text =
                MessageFormat.format(texts.getString(key + ".text"), access.getName(), of.getDe(), what, link, until);
        outbox.personalLinkMail(kind, access.getId(), access.getEmail(), subject, text);
    }

    private static int validDays(Integer days, String place) {
        int d = days == null ? DEFAULT_VALID_DAYS : days;
        if (d < 1 || d > 365) {
            throw new ResultsRuleException("results.link.validDays", place);
        }
        return d;
    }

    static boolean validAddress(String email) {
        return email.length() <= 254 && email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    private static String by(String who) {
        return who == null || who.isBlank() ? "–" : who.strip();
    }
}
