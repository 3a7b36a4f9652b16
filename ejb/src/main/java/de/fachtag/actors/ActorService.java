package de.fachtag.actors;

import de.fachtag.actors.ActorDirectory.Actor;
import de.fachtag.actors.ActorDirectory.Area;
import de.fachtag.actors.ActorDirectory.Contact;
import de.fachtag.actors.ActorDirectory.LifeSituation;
import de.fachtag.actors.ActorDirectory.Responsibility;
import de.fachtag.actors.ActorDirectory.Step;
import de.fachtag.actors.ActorDirectory.TargetGroup;
import de.fachtag.actors.ActorDirectory.Task;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenant.TenantImportService.Outcome;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The current tenant's actors directory: read whole (the back office's view, or the public's:
 * {@link ActorDirectory#published}), replaced whole from a file (the tenant's reviewed YAML at
 * start, or an upload in the back office; an unchanged file imports nothing, so edits made in the
 * back office survive restarts), exported as the same file, and edited entry by entry. Keys (an
 * actor's, a task's) and ids of another tenant are not found.
 */
@Stateless
@TenantScoped
public class ActorService {

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @Inject
    Clock clock;

    // ------------------------------------------------------------------ reading

    /** The whole directory as the editor sees it: archived actors, expired entries and every stored name included. */
    public ActorDirectory directory() {
        Map<UUID, AreaRow> areas =
                byId(em.createNamedQuery("AreaRow.all", AreaRow.class).getResultList());
        Map<UUID, TargetGroupRow> groups = byId(
                em.createNamedQuery("TargetGroupRow.all", TargetGroupRow.class).getResultList());
        List<ActorRow> actorRows =
                em.createNamedQuery("ActorRow.all", ActorRow.class).getResultList();
        Map<UUID, ActorRow> actors = byId(actorRows);
        Map<UUID, TaskRow> tasks =
                byId(em.createNamedQuery("TaskRow.all", TaskRow.class).getResultList());
        Map<UUID, List<Contact>> contacts = new HashMap<>();
        for (ContactRow c :
                em.createNamedQuery("ContactRow.all", ContactRow.class).getResultList()) {
            contacts.computeIfAbsent(c.actorId, x -> new ArrayList<>())
                    .add(new Contact(
                            c.role, c.personName, c.consentOn, c.consentHow, c.email, c.phone, c.validFrom, c.validTo));
        }
        List<Actor> actorList = actorRows.stream()
                .map(a -> new Actor(
                        a.key,
                        a.name,
                        a.shortName,
                        a.kind,
                        a.level,
                        a.parentId == null ? null : keyOf(actors.get(UUID.fromString(a.parentId))),
                        a.descriptionDe,
                        a.descriptionEn,
                        a.street,
                        a.postcode,
                        a.city,
                        a.openingHours,
                        languages(a.languages),
                        a.website,
                        a.email,
                        a.phone,
                        a.illustrative,
                        a.archivedAt != null,
                        contacts.getOrDefault(a.getId(), List.of())))
                .toList();
        List<Task> taskList = tasks.values().stream()
                .map(t -> new Task(
                        t.key,
                        t.titleDe,
                        t.titleEn,
                        t.leika,
                        t.legalBasis,
                        t.targetGroupId == null ? null : groups.get(UUID.fromString(t.targetGroupId)).key,
                        t.descriptionDe,
                        t.descriptionEn))
                .toList();
        List<Responsibility> responsibilities = new ArrayList<>();
        List<String> taskOrder = taskList.stream().map(Task::key).toList();
        List<String> actorOrder = actorList.stream().map(Actor::key).toList();
        for (ResponsibilityRow r : em.createNamedQuery("ResponsibilityRow.all", ResponsibilityRow.class)
                .getResultList()) {
            responsibilities.add(new Responsibility(
                    r.getId(),
                    tasks.get(r.taskId).key,
                    actors.get(r.actorId).key,
                    r.role,
                    areas.get(r.areaId).key,
                    groups.get(r.targetGroupId).key,
                    r.validFrom,
                    r.validTo,
                    r.source,
                    r.confirmedOn,
                    r.confirmedBy));
        }
        // the file's and the matrix's order: by task, actor, role, then area and group
        List<String> areaOrder = areas.values().stream().map(a -> a.key).toList();
        List<String> groupOrder = groups.values().stream().map(g -> g.key).toList();
        responsibilities.sort(java.util.Comparator.<Responsibility>comparingInt(r -> taskOrder.indexOf(r.task()))
                .thenComparingInt(r -> actorOrder.indexOf(r.actor()))
                .thenComparing(Responsibility::role)
                .thenComparingInt(r -> areaOrder.indexOf(r.area()))
                .thenComparingInt(r -> groupOrder.indexOf(r.targetGroup())));
        Map<UUID, List<Step>> steps = new HashMap<>();
        for (LifeStepRow s :
                em.createNamedQuery("LifeStepRow.all", LifeStepRow.class).getResultList()) {
            steps.computeIfAbsent(s.lifeSituationId, x -> new ArrayList<>())
                    .add(new Step(tasks.get(s.taskId).key, s.noteDe, s.noteEn));
        }
        List<LifeSituation> situations = em.createNamedQuery("LifeSituationRow.all", LifeSituationRow.class)
                .getResultStream()
                .map(s -> new LifeSituation(
                        s.key,
                        s.titleDe,
                        s.titleEn,
                        s.descriptionDe,
                        s.descriptionEn,
                        s.targetGroupId == null ? null : groups.get(UUID.fromString(s.targetGroupId)).key,
                        steps.getOrDefault(s.getId(), List.of())))
                .toList();
        DirectoryRow d = directoryRow().orElse(null);
        return new ActorDirectory(
                d == null ? null : d.asOf,
                d == null ? null : d.source,
                areas.values().stream()
                        .map(a -> new Area(a.key, a.name, a.level))
                        .toList(),
                groups.values().stream()
                        .map(g -> new TargetGroup(g.key, g.labelDe, g.labelEn, g.conditionsDe, g.conditionsEn))
                        .toList(),
                actorList,
                taskList,
                responsibilities,
                situations);
    }

    /** The directory as the public sees it today: no archived actors, nothing expired, names only with consent. */
    public ActorDirectory published() {
        return directory().published(today());
    }

    /** The quality checks on today's date. */
    public ActorChecks checks() {
        return ActorChecks.of(directory(), today());
    }

    /** The directory as the file {@link ActorFile#parse} reads, for the export. */
    public byte[] exportFile() {
        return ActorFile.write(TenantContext.require(), directory());
    }

    // ------------------------------------------------------------------ links from the rest

    /**
     * The name of the actor with this key, if the tenant's directory has it and it is not
     * archived: what an agenda contribution, a workshop lead or a recommendation may point at.
     * Another tenant's key is not found (row level security).
     */
    public Optional<String> linkableName(String key) {
        return findActor(key).filter(a -> a.archivedAt == null).map(a -> a.name);
    }

    /** The keys and names of the actors that may be linked, in directory order (the editors' choice). */
    public Map<String, String> linkable() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        em.createNamedQuery("ActorRow.all", ActorRow.class)
                .getResultStream()
                .filter(a -> a.archivedAt == null)
                .forEach(a -> names.put(a.key, a.name));
        return names;
    }

    /**
     * What refers to the actor with this key: events through contributions, recommendations that
     * name it responsible, and its responsibilities. With {@code publicOnly} only published events
     * and recommendations of published documentations (the public actor page); without it
     * everything (the archive step of the back office).
     *
     * @throws ActorNotFoundException when the tenant's directory has no such actor
     */
    public ActorReferences references(String key, boolean publicOnly) {
        actorRow(key);
        String tenant = TenantContext.require();
        Map<String, Object[]> events = new java.util.LinkedHashMap<>();
        Map<String, List<String>> parts = new HashMap<>();
        for (Object[] row : rows(
                "SELECT e.slug, e.title_de, e.title_en, e.event_date, e.state, "
                        + "coalesce(a.title_de, w.code || ' ' || w.title_de) FROM contribution c "
                        + "LEFT JOIN agenda_item a ON a.tenant_id = c.tenant_id AND a.id = c.agenda_item_id "
                        + "LEFT JOIN workshop w ON w.tenant_id = c.tenant_id AND w.id = c.workshop_id "
                        + "JOIN event e ON e.tenant_id = c.tenant_id AND e.id = coalesce(c.event_id, a.event_id, w.event_id) "
                        + "WHERE c.tenant_id = ?1 AND c.actor_key = ?2 "
                        + "ORDER BY e.event_date DESC NULLS LAST, e.slug, a.start_time, w.code",
                tenant,
                key)) {
            String slug = (String) row[0];
            events.putIfAbsent(slug, row);
            if (row[5] != null) {
                List<String> p = parts.computeIfAbsent(slug, x -> new ArrayList<>());
                if (!p.contains((String) row[5])) {
                    p.add((String) row[5]);
                }
            }
        }
        java.util.Set<String> publicStates = java.util.Set.of("PUBLISHED", "REGISTRATION_CLOSED", "DONE");
        List<ActorReferences.EventPart> eventParts = events.values().stream()
                .map(r -> new ActorReferences.EventPart(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        date(r[3]),
                        (String) r[4],
                        publicStates.contains((String) r[4]),
                        parts.getOrDefault((String) r[0], List.of())))
                .filter(e -> !publicOnly || e.published())
                .toList();
        List<ActorReferences.RecommendationPart> recommendations = new ArrayList<>();
        for (Object[] row : rows(
                "SELECT e.slug, d.prefix, r.number, r.title_de, r.title_en, r.state, "
                        + "d.published_at IS NOT NULL AND e.state IN ('PUBLISHED', 'REGISTRATION_CLOSED', 'DONE') "
                        + "FROM recommendation r JOIN recommendation_document d ON d.tenant_id = r.tenant_id AND d.id = r.document_id "
                        + "JOIN event e ON e.tenant_id = d.tenant_id AND e.id = d.event_id "
                        + "WHERE r.tenant_id = ?1 AND r.responsible_actor_key = ?2 "
                        + "ORDER BY e.event_date DESC NULLS LAST, e.slug, r.number",
                tenant,
                key)) {
            boolean published = Boolean.TRUE.equals(row[6]);
            if (publicOnly && !published) {
                continue;
            }
            int number = ((Number) row[2]).intValue();
            recommendations.add(new ActorReferences.RecommendationPart(
                    (String) row[0],
                    row[1] + "-" + (number < 10 ? "0" + number : String.valueOf(number)),
                    (String) row[3],
                    (String) row[4],
                    (String) row[5],
                    published));
        }
        // recommendations of series documentations (the series' title stands for the event)
        for (Object[] row : rows(
                "SELECT s.slug, d.prefix, r.number, r.title_de, r.title_en, r.state, "
                        + "d.published_at IS NOT NULL "
                        + "FROM recommendation r JOIN recommendation_document d ON d.tenant_id = r.tenant_id AND d.id = r.document_id "
                        + "JOIN event_series s ON s.tenant_id = d.tenant_id AND s.id = d.series_id "
                        + "WHERE r.tenant_id = ?1 AND r.responsible_actor_key = ?2 "
                        + "ORDER BY s.position, s.slug, r.number",
                tenant,
                key)) {
            boolean published = Boolean.TRUE.equals(row[6]);
            if (publicOnly && !published) {
                continue;
            }
            int number = ((Number) row[2]).intValue();
            recommendations.add(new ActorReferences.RecommendationPart(
                    null,
                    row[1] + "-" + (number < 10 ? "0" + number : String.valueOf(number)),
                    (String) row[3],
                    (String) row[4],
                    (String) row[5],
                    published,
                    (String) row[0]));
        }
        ActorDirectory d = publicOnly ? published() : directory();
        return new ActorReferences(eventParts, recommendations, d.ofActor(key));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql)
                .setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return (List<Object[]>) query.getResultList();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    // ------------------------------------------------------------------ replacing from a file

    /**
     * Imports the tenant's file at start, in a transaction of its own: an unchanged file (same
     * content hash as the last import) imports nothing, so back office edits survive restarts.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome importAtStart(String sourceName, byte[] yaml) {
        ActorFile.Parsed parsed = ActorFile.parse(sourceName, yaml);
        checkTenant(parsed, sourceName);
        Optional<DirectoryRow> existing = directoryRow();
        if (existing.isPresent() && parsed.contentHash().equals(existing.get().contentHash)) {
            return Outcome.UNCHANGED;
        }
        replace(parsed.directory(), sourceName, parsed.contentHash());
        return existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
    }

    /**
     * Replaces the directory with an uploaded file (the back office's import). A file with any
     * problem, or one naming another tenant, changes nothing.
     *
     * @throws ActorFileException with every problem of the file
     */
    public void importFile(String sourceName, byte[] yaml) {
        ActorFile.Parsed parsed = ActorFile.parse(sourceName, yaml);
        checkTenant(parsed, sourceName);
        replace(parsed.directory(), sourceName, parsed.contentHash());
    }

    private static void checkTenant(ActorFile.Parsed parsed, String sourceName) {
        if (parsed.tenant() != null && !parsed.tenant().equals(TenantContext.require())) {
            throw new ActorFileException(List.of(sourceName + " tenant: the file is the directory of '"
                    + parsed.tenant() + "', not of '" + TenantContext.require() + "'"));
        }
    }

    /** Writes a whole directory in place of the current one, in one transaction. */
    void replace(ActorDirectory d, String sourceName, String contentHash) {
        for (String entity : List.of(
                "LifeStepRow",
                "LifeSituationRow",
                "ResponsibilityRow",
                "ContactRow",
                "TaskRow",
                "ActorRow",
                "TargetGroupRow",
                "AreaRow")) {
            em.createQuery("DELETE FROM " + entity + " x").executeUpdate();
        }
        em.flush();
        em.clear();
        Map<String, UUID> areas = new HashMap<>();
        int position = 0;
        for (Area a : d.areas()) {
            AreaRow row = new AreaRow();
            row.key = a.key();
            row.name = a.name();
            row.level = a.level();
            row.position = position++;
            em.persist(row);
            areas.put(a.key(), row.getId());
        }
        Map<String, UUID> groups = new HashMap<>();
        position = 0;
        for (TargetGroup g : d.targetGroups()) {
            TargetGroupRow row = new TargetGroupRow();
            row.key = g.key();
            row.labelDe = g.labelDe();
            row.labelEn = g.labelEn();
            row.conditionsDe = g.conditionsDe();
            row.conditionsEn = g.conditionsEn();
            row.position = position++;
            em.persist(row);
            groups.put(g.key(), row.getId());
        }
        Map<String, ActorRow> actors = new HashMap<>();
        position = 0;
        for (Actor a : d.actors()) {
            ActorRow row = new ActorRow();
            row.position = position++;
            actors.put(a.key(), row);
        }
        for (Actor a : d.actors()) {
            ActorRow row = actors.get(a.key());
            describe(row, a, a.parent() == null ? null : actors.get(a.parent()).getId());
            row.archivedAt = a.archived() ? clock.instant() : null;
            em.persist(row);
            writeContacts(row.getId(), a.contacts());
        }
        Map<String, UUID> tasks = new HashMap<>();
        position = 0;
        for (Task t : d.tasks()) {
            TaskRow row = new TaskRow();
            row.position = position++;
            describe(row, t, t.targetGroup() == null ? null : groups.get(t.targetGroup()));
            em.persist(row);
            tasks.put(t.key(), row.getId());
        }
        for (Responsibility r : d.responsibilities()) {
            ResponsibilityRow row = new ResponsibilityRow();
            row.taskId = tasks.get(r.task());
            row.actorId = actors.get(r.actor()).getId();
            row.areaId = areas.get(r.area());
            row.targetGroupId = groups.get(r.targetGroup());
            describe(row, r);
            em.persist(row);
        }
        position = 0;
        for (LifeSituation s : d.lifeSituations()) {
            LifeSituationRow row = new LifeSituationRow();
            row.key = s.key();
            row.titleDe = s.titleDe();
            row.titleEn = s.titleEn();
            row.descriptionDe = s.descriptionDe();
            row.descriptionEn = s.descriptionEn();
            row.targetGroupId = s.targetGroup() == null ? null : Entities.id(groups.get(s.targetGroup()));
            row.position = position++;
            em.persist(row);
            int n = 0;
            for (Step st : s.steps()) {
                LifeStepRow step = new LifeStepRow();
                step.lifeSituationId = row.getId();
                step.taskId = tasks.get(st.task());
                step.noteDe = st.noteDe();
                step.noteEn = st.noteEn();
                step.position = n++;
                em.persist(step);
            }
        }
        DirectoryRow dir = directoryRow().orElseGet(() -> {
            DirectoryRow created = new DirectoryRow();
            em.persist(created);
            return created;
        });
        dir.asOf = d.asOf();
        dir.source = d.source();
        dir.sourceName = sourceName;
        dir.contentHash = contentHash;
        dir.changedAt = clock.instant();
        em.flush();
    }

    // ------------------------------------------------------------------ editing entry by entry

    /** Adds an actor, or changes the one with this key (its contacts replaced by the given ones). */
    public void saveActor(Actor a) {
        requireKey(a.key(), "actors.key");
        if (ActorFile.RESERVED_KEYS.contains(a.key())) {
            throw new ActorRuleException("actors.rule.reservedKey", a.key());
        }
        if (a.name() == null || a.name().isBlank()) {
            throw new ActorRuleException("actors.rule.nameMissing", a.key());
        }
        if (a.kind() == null || a.level() == null) {
            throw new ActorRuleException("actors.rule.kindMissing", a.key());
        }
        if (a.website() != null
                && !a.website().isBlank()
                && !ActorFile.WEBSITE.matcher(a.website().strip()).matches()) {
            throw new ActorRuleException("actors.rule.website", a.website());
        }
        for (Contact c : a.contacts()) {
            if (c.role() == null || c.role().isBlank()) {
                throw new ActorRuleException("actors.rule.roleMissing", a.key());
            }
            if (c.consentOn()
                    != null
                    != (c.consentHow() != null && !c.consentHow().isBlank())) {
                throw new ActorRuleException("actors.rule.consentIncomplete", c.role());
            }
        }
        ActorRow parent = a.parent() == null || a.parent().isBlank() ? null : actorRow(a.parent());
        ActorRow row = findActor(a.key()).orElse(null);
        if (parent != null && row != null && parent.getId().equals(row.getId())) {
            throw new ActorRuleException("actors.rule.ownParent", a.key());
        }
        if (row == null) {
            row = new ActorRow();
            row.position = em.createNamedQuery("ActorRow.all", ActorRow.class)
                    .getResultList()
                    .size();
            describe(row, a, parent == null ? null : parent.getId());
            em.persist(row);
        } else {
            describe(row, a, parent == null ? null : parent.getId());
            em.createNamedQuery("ContactRow.ofActor", ContactRow.class)
                    .setParameter("actor", row.getId())
                    .getResultList()
                    .forEach(em::remove);
            em.flush();
        }
        writeContacts(row.getId(), a.contacts());
        touched();
    }

    /**
     * Archives an actor (it leaves the public pages, its entries stay for the record), or brings it
     * back; returns what refers to it, so the editor sees what leaves the pages with it.
     */
    public List<Responsibility> archiveActor(String key, boolean archived) {
        ActorRow row = actorRow(key);
        row.archivedAt = archived ? clock.instant() : null;
        touched();
        return directory().ofActor(key);
    }

    /** Adds a task, or changes the one with this key. */
    public void saveTask(Task t) {
        requireKey(t.key(), "actors.task.key");
        if (t.titleDe() == null || t.titleDe().isBlank()) {
            throw new ActorRuleException("actors.rule.titleMissing", t.key());
        }
        if (t.leika() != null
                && !t.leika().isBlank()
                && !ActorFile.LEIKA.matcher(t.leika().strip()).matches()) {
            throw new ActorRuleException("actors.rule.leika", t.leika());
        }
        UUID group = t.targetGroup() == null || t.targetGroup().isBlank() ? null : groupId(t.targetGroup());
        TaskRow row = em.createNamedQuery("TaskRow.byKey", TaskRow.class)
                .setParameter("key", t.key())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (row == null) {
            row = new TaskRow();
            row.position = em.createNamedQuery("TaskRow.all", TaskRow.class)
                    .getResultList()
                    .size();
            describe(row, t, group);
            em.persist(row);
        } else {
            describe(row, t, group);
        }
        touched();
    }

    /** Adds a responsibility; the same actor, task, role, area and target group twice is refused. */
    public UUID addResponsibility(Responsibility r) {
        if (r.role() == null) {
            throw new ActorRuleException("actors.rule.roleOfResponsibility", String.valueOf(r.task()));
        }
        ResponsibilityRow row = new ResponsibilityRow();
        row.actorId = actorRow(r.actor()).getId();
        row.taskId = taskRow(r.task()).getId();
        row.areaId = areaId(r.area());
        row.targetGroupId = groupId(r.targetGroup());
        if (r.validFrom() != null && r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
            throw new ActorRuleException("actors.rule.period", r.actor() + " → " + r.task());
        }
        boolean taken = em.createNamedQuery("ResponsibilityRow.ofActor", ResponsibilityRow.class)
                .setParameter("actor", row.actorId)
                .getResultStream()
                .anyMatch(x -> x.taskId.equals(row.taskId)
                        && x.role == r.role()
                        && x.areaId.equals(row.areaId)
                        && x.targetGroupId.equals(row.targetGroupId));
        if (taken) {
            throw new ActorRuleException("actors.rule.duplicate", r.actor() + " → " + r.task());
        }
        describe(row, r);
        em.persist(row);
        touched();
        return row.getId();
    }

    public void removeResponsibility(UUID id) {
        em.remove(responsibilityRow(id));
        touched();
    }

    /** Records that the entry was confirmed today by {@code by} (a name or an office). */
    public void confirmResponsibility(UUID id, String by) {
        if (by == null || by.isBlank()) {
            throw new ActorRuleException("actors.rule.confirmedByMissing", "");
        }
        ResponsibilityRow row = responsibilityRow(id);
        row.confirmedOn = today();
        row.confirmedBy = by.strip();
        touched();
    }

    /** Adds an area, or changes the one with this key. */
    public void saveArea(Area a) {
        requireKey(a.key(), "actors.area.key");
        if (a.name() == null || a.name().isBlank()) {
            throw new ActorRuleException("actors.rule.nameMissing", a.key());
        }
        if (a.level() == null) {
            throw new ActorRuleException("actors.rule.levelMissing", a.key());
        }
        requireLength(a.name(), 200, a.key());
        AreaRow row = placedRow("AreaRow.all", AreaRow.class, a.key(), AreaRow::new);
        row.name = a.name().strip();
        row.level = a.level();
        em.persist(row);
        touched();
    }

    /** Adds a target group, or changes the one with this key. */
    public void saveTargetGroup(TargetGroup g) {
        requireKey(g.key(), "actors.group.key");
        if (g.labelDe() == null || g.labelDe().isBlank()) {
            throw new ActorRuleException("actors.rule.labelMissing", g.key());
        }
        requireLength(g.labelDe(), 200, g.key());
        requireLength(g.labelEn(), 200, g.key());
        requireLength(g.conditionsDe(), 2000, g.key());
        requireLength(g.conditionsEn(), 2000, g.key());
        TargetGroupRow row = placedRow("TargetGroupRow.all", TargetGroupRow.class, g.key(), TargetGroupRow::new);
        row.labelDe = g.labelDe().strip();
        row.labelEn = Entities.clean(g.labelEn());
        row.conditionsDe = Entities.clean(g.conditionsDe());
        row.conditionsEn = Entities.clean(g.conditionsEn());
        em.persist(row);
        touched();
    }

    /**
     * Adds a life situation of the Wegweiser, or changes the one with this key; its steps are
     * replaced by the given ones, in their order. Every step names a task of the directory.
     */
    public void saveLifeSituation(LifeSituation s) {
        requireKey(s.key(), "actors.situation.key");
        if (s.titleDe() == null || s.titleDe().isBlank()) {
            throw new ActorRuleException("actors.rule.titleMissing", s.key());
        }
        requireLength(s.titleDe(), 300, s.key());
        requireLength(s.titleEn(), 300, s.key());
        requireLength(s.descriptionDe(), 4000, s.key());
        requireLength(s.descriptionEn(), 4000, s.key());
        UUID group = s.targetGroup() == null || s.targetGroup().isBlank() ? null : groupId(s.targetGroup());
        List<UUID> taskIds = new ArrayList<>();
        for (Step st : s.steps()) {
            if (st.task() == null || st.task().isBlank()) {
                throw new ActorRuleException("actors.rule.stepTaskMissing", s.key());
            }
            TaskRow task = em.createNamedQuery("TaskRow.byKey", TaskRow.class)
                    .setParameter("key", st.task().strip())
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new ActorRuleException(
                            "actors.rule.unknownTask", st.task().strip()));
            requireLength(st.noteDe(), 2000, st.task());
            requireLength(st.noteEn(), 2000, st.task());
            taskIds.add(task.getId());
        }
        LifeSituationRow row =
                placedRow("LifeSituationRow.all", LifeSituationRow.class, s.key(), LifeSituationRow::new);
        if (em.contains(row)) {
            UUID id = row.getId();
            em.createNamedQuery("LifeStepRow.all", LifeStepRow.class)
                    .getResultStream()
                    .filter(x -> x.lifeSituationId.equals(id))
                    .forEach(em::remove);
            em.flush();
        }
        row.titleDe = s.titleDe().strip();
        row.titleEn = Entities.clean(s.titleEn());
        row.descriptionDe = Entities.clean(s.descriptionDe());
        row.descriptionEn = Entities.clean(s.descriptionEn());
        row.targetGroupId = Entities.id(group);
        em.persist(row);
        for (int n = 0; n < s.steps().size(); n++) {
            Step st = s.steps().get(n);
            LifeStepRow step = new LifeStepRow();
            step.lifeSituationId = row.getId();
            step.taskId = taskIds.get(n);
            step.noteDe = Entities.clean(st.noteDe());
            step.noteEn = Entities.clean(st.noteEn());
            step.position = n;
            em.persist(step);
        }
        touched();
    }

    /**
     * The row of one of the directory's ordered lists with this key, or a new one at the end of
     * the list, which the caller persists once its fields are filled ({@code em.contains} tells
     * the two apart).
     */
    private <R extends PlacedRow> R placedRow(String allQuery, Class<R> type, String key, Supplier<R> newRow) {
        List<R> all = em.createNamedQuery(allQuery, type).getResultList();
        for (R row : all) {
            if (row.key.equals(key)) {
                return row;
            }
        }
        R row = newRow.get();
        row.key = key;
        row.position = all.size();
        return row;
    }

    private static void requireLength(String value, int max, String place) {
        if (value != null && value.strip().length() > max) {
            throw new ActorRuleException("actors.rule.tooLong", place == null ? "" : place);
        }
    }

    // ------------------------------------------------------------------ building blocks

    private LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Berlin")));
    }

    private void touched() {
        DirectoryRow dir = directoryRow().orElseGet(() -> {
            DirectoryRow created = new DirectoryRow();
            em.persist(created);
            return created;
        });
        dir.changedAt = clock.instant();
        dir.asOf = today();
        // an edited directory is no longer the file: the next start imports the file again only once it changes
    }

    private void writeContacts(UUID actorId, List<Contact> contacts) {
        int n = 0;
        for (Contact c : contacts) {
            ContactRow row = new ContactRow();
            row.actorId = actorId;
            row.role = c.role().strip();
            row.personName = Entities.clean(c.personName());
            row.consentOn = c.consentOn();
            row.consentHow = Entities.clean(c.consentHow());
            if (row.consentOn == null || row.consentHow == null) {
                row.consentOn = null;
                row.consentHow = null;
            }
            row.email = Entities.clean(c.email());
            row.phone = Entities.clean(c.phone());
            row.validFrom = c.validFrom();
            row.validTo = c.validTo();
            row.position = n++;
            em.persist(row);
        }
    }

    private static void describe(ActorRow row, Actor a, UUID parent) {
        row.key = a.key();
        row.name = a.name().strip();
        row.shortName = Entities.clean(a.shortName());
        row.kind = a.kind();
        row.level = a.level();
        row.parentId = Entities.id(parent);
        row.descriptionDe = Entities.clean(a.descriptionDe());
        row.descriptionEn = Entities.clean(a.descriptionEn());
        row.street = Entities.clean(a.street());
        row.postcode = Entities.clean(a.postcode());
        row.city = Entities.clean(a.city());
        row.openingHours = Entities.clean(a.openingHours());
        row.languages = a.languages().isEmpty() ? null : String.join(",", a.languages());
        row.website = Entities.clean(a.website());
        row.email = Entities.clean(a.email());
        row.phone = Entities.clean(a.phone());
        row.illustrative = a.illustrative();
    }

    private static void describe(TaskRow row, Task t, UUID group) {
        row.key = t.key();
        row.titleDe = t.titleDe().strip();
        row.titleEn = Entities.clean(t.titleEn());
        row.leika = Entities.clean(t.leika());
        row.legalBasis = Entities.clean(t.legalBasis());
        row.targetGroupId = Entities.id(group);
        row.descriptionDe = Entities.clean(t.descriptionDe());
        row.descriptionEn = Entities.clean(t.descriptionEn());
    }

    private static void describe(ResponsibilityRow row, Responsibility r) {
        row.role = r.role();
        row.validFrom = r.validFrom();
        row.validTo = r.validTo();
        row.source = Entities.clean(r.source());
        row.confirmedOn = r.confirmedOn();
        row.confirmedBy = Entities.clean(r.confirmedBy());
    }

    private static void requireKey(String key, String field) {
        if (key == null || !ActorFile.KEY.matcher(key).matches() || key.length() > 80) {
            throw new ActorRuleException("actors.rule.key", key == null ? "" : key);
        }
    }

    private Optional<DirectoryRow> directoryRow() {
        return em.createNamedQuery("DirectoryRow.one", DirectoryRow.class)
                .getResultStream()
                .findFirst();
    }

    private Optional<ActorRow> findActor(String key) {
        return key == null
                ? Optional.empty()
                : em.createNamedQuery("ActorRow.byKey", ActorRow.class)
                        .setParameter("key", key)
                        .getResultStream()
                        .findFirst();
    }

    private ActorRow actorRow(String key) {
        return findActor(key).orElseThrow(() -> new ActorNotFoundException(key));
    }

    private TaskRow taskRow(String key) {
        return key == null
                ? null
                : em.createNamedQuery("TaskRow.byKey", TaskRow.class)
                        .setParameter("key", key)
                        .getResultStream()
                        .findFirst()
                        .orElseThrow(() -> new ActorNotFoundException(key));
    }

    private UUID areaId(String key) {
        return em.createNamedQuery("AreaRow.all", AreaRow.class)
                .getResultStream()
                .filter(a -> a.key.equals(key))
                .findFirst()
                .map(AreaRow::getId)
                .orElseThrow(() -> new ActorNotFoundException(key));
    }

    private UUID groupId(String key) {
        return em.createNamedQuery("TargetGroupRow.all", TargetGroupRow.class)
                .getResultStream()
                .filter(g -> g.key.equals(key))
                .findFirst()
                .map(TargetGroupRow::getId)
                .orElseThrow(() -> new ActorNotFoundException(key));
    }

    private ResponsibilityRow responsibilityRow(UUID id) {
        ResponsibilityRow row = id == null ? null : em.find(ResponsibilityRow.class, id);
        if (row == null) {
            throw new ActorNotFoundException(id);
        }
        return row;
    }

    private static List<String> languages(String value) {
        return value == null
                ? List.of()
                : Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static String keyOf(ActorRow row) {
        return row == null ? null : row.key;
    }

    private static <T extends de.fachtag.tenancy.TenantOwned> Map<UUID, T> byId(List<T> rows) {
        return rows.stream()
                .collect(Collectors.toMap(
                        de.fachtag.tenancy.TenantOwned::getId,
                        Function.identity(),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }
}
