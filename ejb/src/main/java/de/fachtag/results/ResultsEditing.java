package de.fachtag.results;

import de.fachtag.event.Event;
import de.fachtag.results.Drafts.AttachmentFile;
import de.fachtag.results.Drafts.AttachmentView;
import de.fachtag.results.Drafts.CommentView;
import de.fachtag.results.Drafts.VersionView;
import de.fachtag.tenancy.TenantScoped;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The organizer's work on results and recommendations beyond recording them: attachments of
 * results with their text alternative, every saved version of a recommendation with who saved
 * it and when, and comments of the tenant's staff on a paragraph of a version. Saving a
 * recommendation goes through here so that no version is lost; the rules of the recommendation
 * itself stay with {@link ResultsService}. An id of another tenant or another event is not found.
 */
@Stateless
@TenantScoped
public class ResultsEditing {

    /** The largest attachment: a phone's photo of a flip chart fits. */
    public static final int MAX_ATTACHMENT_BYTES = 4 * 1024 * 1024;

    static final Set<String> ATTACHMENT_TYPES = Set.of("image/png", "image/jpeg");

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    ResultsService results;

    @EJB
    PublishingService publishing;

    private ResultsLookup lookup() {
        return new ResultsLookup(em);
    }

    // --- recommendations with their versions ------------------------------------------------

    /**
     * Writes a new recommendation ({@code id} null) or changes one, and keeps the saved text as a
     * new version when it differs from the last one. {@code who} names the staff member.
     */
    public UUID saveRecommendation(String eventSlug, UUID id, RecommendationInput input, String who) {
        String by = who == null || who.isBlank() ? "–" : who.strip();
        if (id == null) {
            UUID created = results.addRecommendation(eventSlug, input);
            Recommendation r = em.find(Recommendation.class, created);
            em.persist(new RecommendationVersion(r, 1, by, clock.instant()));
            em.persist(new StateChange(r.getId(), r.getState(), false, null, null, by, clock.instant()));
            return created;
        }
        Recommendation r = lookup().recommendation(eventSlug, id);
        keepVersion(r, by, () -> results.changeRecommendation(eventSlug, id, input));
        return id;
    }

    /**
     * Writes a new recommendation of the series' documentation ({@code id} null) or changes one,
     * keeping each saved text as a version like an event's. Another series' or tenant's is not found.
     */
    public UUID saveSeriesRecommendation(String seriesSlug, UUID id, RecommendationInput input, String who) {
        String by = who == null || who.isBlank() ? "–" : who.strip();
        if (id == null) {
            return publishing.addSeriesRecommendation(seriesSlug, input, by);
        }
        Recommendation r = lookup().seriesRecommendation(seriesSlug, id);
        keepVersion(r, by, () -> publishing.changeSeriesRecommendation(seriesSlug, id, input));
        return id;
    }

    /** Runs the change and keeps the saved text as a new version when it differs from the last one. */
    private void keepVersion(Recommendation r, String by, Runnable change) {
        List<RecommendationVersion> versions = versionsOf(r.getId());
        if (versions.isEmpty()) {
            // written before versions were kept (or by the demo data): what it said is version 1
            RecommendationVersion first = new RecommendationVersion(r, 1, "–", clock.instant());
            em.persist(first);
            versions = List.of(first);
        }
        change.run();
        em.flush();
        em.refresh(r);
        RecommendationVersion last = versions.get(versions.size() - 1);
        if (!last.sameAs(r)) {
            em.persist(new RecommendationVersion(r, last.getVersion() + 1, by, clock.instant()));
        }
    }

    /** The change log: every saved version, the first first. */
    public List<VersionView> versions(String eventSlug, UUID recommendationId) {
        return versions(lookup().recommendation(eventSlug, recommendationId));
    }

    /** The change log of a recommendation of the series' documentation. */
    public List<VersionView> seriesVersions(String seriesSlug, UUID recommendationId) {
        return versions(lookup().seriesRecommendation(seriesSlug, recommendationId));
    }

    private List<VersionView> versions(Recommendation r) {
        List<VersionView> saved = versionsOf(r.getId()).stream()
                .map(v -> new VersionView(
                        v.getVersion(),
                        v.getTitleDe(),
                        v.getTitleEn(),
                        v.getTextDe(),
                        v.getTextEn(),
                        v.getSavedBy(),
                        v.getSavedAt()))
                .toList();
        if (saved.isEmpty()) {
            return List.of(new VersionView(1, r.getTitleDe(), r.getTitleEn(), r.getTextDe(), r.getTextEn(), "–", null));
        }
        return saved;
    }

    /** Comments on a paragraph of a version; refused for a paragraph the version does not have. */
    public UUID comment(String eventSlug, UUID recommendationId, int version, int paragraph, String text, String who) {
        return comment(lookup().recommendation(eventSlug, recommendationId), version, paragraph, text, who);
    }

    /** Comments on a paragraph of a version of a recommendation of the series' documentation. */
    public UUID commentSeries(
            String seriesSlug, UUID recommendationId, int version, int paragraph, String text, String who) {
        return comment(lookup().seriesRecommendation(seriesSlug, recommendationId), version, paragraph, text, who);
    }

    private UUID comment(Recommendation r, int version, int paragraph, String text, String who) {
        String identifier = lookup().identifier(r);
        if (text == null || text.isBlank()) {
            throw new ResultsRuleException("results.comment.textMissing", identifier);
        }
        if (text.strip().length() > 4000) {
            throw new ResultsRuleException("results.comment.tooLong", identifier);
        }
        List<RecommendationVersion> versions = versionsOf(r.getId());
        if (versions.isEmpty()) {
            RecommendationVersion first = new RecommendationVersion(r, 1, "–", clock.instant());
            em.persist(first);
            versions = List.of(first);
        }
        RecommendationVersion v = versions.stream()
                .filter(x -> x.getVersion() == version)
                .findFirst()
                .orElseThrow(() -> new ResultsNotFoundException(identifier + " v" + version));
        if (paragraph < 0 || paragraph >= Drafts.paragraphs(v.getTextDe()).size()) {
            throw new ResultsNotFoundException(identifier + " v" + version + " ¶" + paragraph);
        }
        em.flush();
        RecommendationComment c = new RecommendationComment(
                r.getId(), version, paragraph, text, who == null || who.isBlank() ? "–" : who.strip(), clock.instant());
        em.persist(c);
        return c.getId();
    }

    public List<CommentView> comments(String eventSlug, UUID recommendationId) {
        return comments(lookup().recommendation(eventSlug, recommendationId));
    }

    public List<CommentView> seriesComments(String seriesSlug, UUID recommendationId) {
        return comments(lookup().seriesRecommendation(seriesSlug, recommendationId));
    }

    private List<CommentView> comments(Recommendation r) {
        return em.createNamedQuery("RecommendationComment.of", RecommendationComment.class)
                .setParameter("id", r.getId())
                .getResultStream()
                .map(c -> new CommentView(
                        c.getId(), c.getVersion(), c.getParagraph(), c.getText(), c.getAuthor(), c.getCreatedAt()))
                .toList();
    }

    public void removeComment(String eventSlug, UUID commentId) {
        RecommendationComment c = commentId == null ? null : em.find(RecommendationComment.class, commentId);
        if (c == null) {
            throw new ResultsNotFoundException(commentId);
        }
        lookup().recommendation(eventSlug, c.getRecommendationId());
        em.remove(c);
    }

    public void removeSeriesComment(String seriesSlug, UUID commentId) {
        RecommendationComment c = commentId == null ? null : em.find(RecommendationComment.class, commentId);
        if (c == null) {
            throw new ResultsNotFoundException(commentId);
        }
        lookup().seriesRecommendation(seriesSlug, c.getRecommendationId());
        em.remove(c);
    }

    // --- attachments ---------------------------------------------------------------------------

    /**
     * Attaches a picture to a result: PNG or JPEG (by the file's own first bytes, not only by what
     * the browser says), at most {@link #MAX_ATTACHMENT_BYTES}, with a German text alternative.
     */
    public UUID attach(
            String eventSlug,
            UUID resultId,
            String fileName,
            String contentType,
            byte[] content,
            String altDe,
            String altEn) {
        ResultItem r = lookup().result(eventSlug, resultId);
        String name = fileName == null || fileName.isBlank() ? "bild" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        if (content == null || content.length == 0 || content.length > MAX_ATTACHMENT_BYTES) {
            throw new ResultsRuleException("results.attachment.size", name);
        }
        String type = sniff(content);
        if (type == null
                || !ATTACHMENT_TYPES.contains(type)
                || contentType != null
                        && !contentType.isBlank()
                        && !type.equals(contentType)
                        && !"application/octet-stream".equals(contentType)) {
            throw new ResultsRuleException("results.attachment.type", name);
        }
        if (altDe == null || altDe.isBlank()) {
            throw new ResultsRuleException("results.attachment.altMissing", name);
        }
        if (altDe.strip().length() > 1000 || altEn != null && altEn.strip().length() > 1000) {
            throw new ResultsRuleException("results.attachment.altTooLong", name);
        }
        ResultAttachment a = new ResultAttachment(r.getId(), name, type, content, altDe, altEn, clock.instant());
        em.persist(a);
        return a.getId();
    }

    public void removeAttachment(String eventSlug, UUID attachmentId) {
        ResultAttachment a = attachment(eventSlug, attachmentId);
        em.remove(a);
    }

    /** The attachments of the event's results, by result. */
    public Map<UUID, List<AttachmentView>> attachments(String eventSlug) {
        Event event = lookup().event(eventSlug);
        List<UUID> ids = em.createNamedQuery("ResultItem.ofEvent", ResultItem.class)
                .setParameter("event", event.getId())
                .getResultStream()
                .map(ResultItem::getId)
                .toList();
        Map<UUID, List<AttachmentView>> byResult = new HashMap<>();
        if (ids.isEmpty()) {
            return byResult;
        }
        em.createNamedQuery("ResultAttachment.ofResults", ResultAttachment.class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(a -> byResult.computeIfAbsent(a.getResultId(), x -> new java.util.ArrayList<>())
                        .add(new AttachmentView(
                                a.getId(),
                                a.getResultId(),
                                a.getFileName(),
                                a.getContentType(),
                                a.getAltDe(),
                                a.getAltEn())));
        return byResult;
    }

    /** The file of an attachment of this event; another event's or tenant's is not found. */
    public Optional<AttachmentFile> attachmentFile(String eventSlug, UUID attachmentId) {
        try {
            ResultAttachment a = attachment(eventSlug, attachmentId);
            return Optional.of(new AttachmentFile(a.getFileName(), a.getContentType(), a.getContent(), a.getAltDe()));
        } catch (ResultsNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The type a file's first bytes say: PNG or JPEG, else null. */
    static String sniff(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        return null;
    }

    private ResultAttachment attachment(String eventSlug, UUID id) {
        ResultAttachment a = id == null ? null : em.find(ResultAttachment.class, id);
        if (a == null) {
            throw new ResultsNotFoundException(id);
        }
        lookup().result(eventSlug, a.getResultId());
        return a;
    }

    private List<RecommendationVersion> versionsOf(UUID recommendationId) {
        return em.createNamedQuery("RecommendationVersion.of", RecommendationVersion.class)
                .setParameter("id", recommendationId)
                .getResultList();
    }
}
