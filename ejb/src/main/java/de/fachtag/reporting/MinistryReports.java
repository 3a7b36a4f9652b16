package de.fachtag.reporting;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.persistence.config.QueryHints;

/**
 * A ministry's anonymous figures across the tenants whose events it funds or hosts: a fixed
 * catalogue of tables ({@link Catalogue}), each protected by {@link SmallCells} before it leaves
 * this class. The only cross-tenant read is the database function {@code ministry_figures},
 * which returns counts per event and dimension, never a row about a person.
 */
@Stateless
public class MinistryReports {

    /** The tables a ministry sees; no free combinations. */
    public enum Catalogue {
        /** Registrations by status, per event. */
        EVENTS_BY_STATUS,
        /** Confirmed by mode, per event. */
        EVENTS_BY_MODE,
        /** Confirmed by sector, per event. */
        EVENTS_BY_SECTOR,
        /** Confirmed on site by attendance, per event. */
        EVENTS_BY_ATTENDANCE,
        /** Registrations by status, per workshop. */
        WORKSHOPS_BY_STATUS,
        /** Registrations by status, per calendar year. */
        YEARS,
        /** Registrations by status, per organizer. */
        TENANTS,
        /** Registrations by status, per region (the organizer's Land or district). */
        REGIONS,
        /** Registrations by status, per series. */
        SERIES
    }

    /** Column key of what a breakdown does not say (figures entered by hand without it). */
    public static final String NOT_RECORDED = "NOT_RECORDED";
    /** Column key of confirmed people neither checked in nor counted as no-show (livestream, or the event is still ahead). */
    public static final String OTHER = "OTHER";

    private static final List<String> STATUS =
            List.of(Metric.CONFIRMED.name(), Metric.WAITLISTED.name(), Metric.CANCELLED.name());

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @Inject
    Clock clock;

    /** The container's default pool: the tables are protected side by side (see {@link #build(String, List, Instant, Executor)}). */
    @Resource
    ManagedExecutorService executor;

    /** One event in the ministry's scope, as the tables label it (no person in it). */
    public record ScopedEvent(
            String tenantId,
            String tenantName,
            String region,
            UUID id,
            String slug,
            String title,
            LocalDate date,
            String seriesSlug,
            String seriesTitle,
            boolean manual,
            boolean illustrative) {

        public String year() {
            return date == null ? "" : Integer.toString(date.getYear());
        }
    }

    /**
     * A published table: row labels, column keys (metric names, sector and mode keys,
     * {@link #NOT_RECORDED}, {@link #OTHER}), and the protected cells with their totals.
     *
     * @param rowKeys   stable keys of the rows (event slug with tenant, year, tenant, region, series)
     * @param rowNotes  per row: "manual", "illustrative" or "" (figures entered by hand are marked)
     * @param totalKey  the metric the row totals are ({@code MADE} or {@code CONFIRMED})
     * @param cells     the protected figures; null for a table without rows
     */
    public record Table(
            Catalogue id,
            List<String> rowKeys,
            List<String> rowLabels,
            List<String> rowNotes,
            List<String> columns,
            String totalKey,
            SmallCells.Protected cells) {}

    public record View(String ministry, Instant dataTime, List<ScopedEvent> events, List<Table> tables) {

        public Table table(Catalogue id) {
            return tables.stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        }
    }

    /** Figures of one event and dimension, as {@code ministry_figures} returns them. */
    private record Figure(ScopedEvent event, String dimension, String key, Counts counts) {}

    /**
     * The one cross-tenant read: the ministry's figures per event and dimension, in the order the
     * tables list them; one parameter, the ministry tenant ({@code ?1}). Public so that
     * bench/MinistryPage.java runs the page's exact query (JDBC, with {@code ?}).
     */
    public static final String FIGURES_QUERY = "SELECT * FROM ministry_figures(?1)"
            + " ORDER BY event_date NULLS LAST, tenant_id, event_slug, dimension, dim_key";

    /** Every table of the catalogue for a ministry tenant; empty tables for a ministry without events in scope. */
    public View view(String ministry) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(FIGURES_QUERY)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, ministry)
                .getResultList();
        return build(ministry, rows, clock.instant(), executor);
    }

    /** {@link #build(String, List, Instant, Executor)} in the calling thread, one table after the other. */
    public static View build(String ministry, List<Object[]> rows, Instant dataTime) {
        return build(ministry, rows, dataTime, Runnable::run);
    }

    /**
     * The tables from the rows of {@link #FIGURES_QUERY} (columns as {@code ministry_figures}
     * returns them: uuid as {@link UUID}, date as {@link Date}, counts as numbers), each protected by
     * {@link SmallCells}. Static and free of the container, so a benchmark can time the page's
     * whole path over a real database. The tables are independent, so their protection (nearly
     * all of the time: the sector and workshop tables take the most) runs on {@code executor}, side
     * by side where it has threads; the result does not depend on it.
     */
    public static View build(String ministry, List<Object[]> rows, Instant dataTime, Executor executor) {
        Map<UUID, ScopedEvent> events = new LinkedHashMap<>();
        List<Figure> figures = new ArrayList<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[3];
            ScopedEvent e = events.computeIfAbsent(
                    id,
                    k -> new ScopedEvent(
                            (String) r[0],
                            (String) r[1],
                            (String) r[2],
                            id,
                            (String) r[4],
                            (String) r[5],
                            r[6] == null ? null : ((Date) r[6]).toLocalDate(),
                            (String) r[7],
                            (String) r[8],
                            Boolean.TRUE.equals(r[11]),
                            Boolean.TRUE.equals(r[12])));
            figures.add(new Figure(e, (String) r[9], (String) r[10], Reports.counts(r, 13)));
        }
        List<ScopedEvent> scoped = List.copyOf(events.values());
        Map<ScopedEvent, List<Figure>> byEvent = new LinkedHashMap<>();
        figures.forEach(
                f -> byEvent.computeIfAbsent(f.event(), e -> new ArrayList<>()).add(f));
        List<Supplier<Table>> tables = new ArrayList<>();
        tables.add(byStatus(
                Catalogue.EVENTS_BY_STATUS,
                byEvent,
                scoped,
                e -> e.tenantId() + "/" + e.slug(),
                ScopedEvent::title,
                ScopedEvent::tenantId));
        tables.add(breakdown(Catalogue.EVENTS_BY_MODE, "MODE", List.of("ON_SITE", "LIVESTREAM"), byEvent, scoped));
        tables.add(breakdown(Catalogue.EVENTS_BY_SECTOR, "SECTOR", keys(figures, "SECTOR"), byEvent, scoped));
        tables.add(attendance(byEvent, scoped));
        tables.add(workshops(figures));
        tables.add(byStatus(Catalogue.YEARS, byEvent, scoped, ScopedEvent::year, ScopedEvent::year, ScopedEvent::year));
        tables.add(byStatus(
                Catalogue.TENANTS,
                byEvent,
                scoped,
                ScopedEvent::tenantId,
                ScopedEvent::tenantName,
                ScopedEvent::tenantId));
        tables.add(byStatus(
                Catalogue.REGIONS,
                byEvent,
                scoped,
                e -> e.region() == null ? "" : e.region(),
                e -> e.region() == null ? "" : e.region(),
                e -> e.region() == null ? "" : e.region()));
        tables.add(byStatus(
                Catalogue.SERIES,
                byEvent,
                scoped.stream().filter(e -> e.seriesSlug() != null).toList(),
                e -> e.tenantId() + "/" + e.seriesSlug(),
                ScopedEvent::seriesTitle,
                ScopedEvent::tenantId));
        List<CompletableFuture<Table>> protecting = tables.stream()
                .map(t -> CompletableFuture.supplyAsync(t, executor))
                .toList();
        List<Table> protectedTables = new ArrayList<>();
        for (CompletableFuture<Table> table : protecting) {
            try {
                protectedTables.add(table.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        return new View(ministry, dataTime, scoped, List.copyOf(protectedTables));
    }

    /** An event's figures over all its registrations (its TOTAL row). */
    private static Counts total(Map<ScopedEvent, List<Figure>> byEvent, ScopedEvent e) {
        return byEvent.getOrDefault(e, List.of()).stream()
                .filter(f -> "TOTAL".equals(f.dimension()))
                .map(Figure::counts)
                .findFirst()
                .orElse(Counts.NONE);
    }

    /** Registrations by status, the events grouped by {@code key}; the row total is MADE (confirmed for figures entered by hand). */
    private static Supplier<Table> byStatus(
            Catalogue id,
            Map<ScopedEvent, List<Figure>> byEvent,
            List<ScopedEvent> events,
            Function<ScopedEvent, String> key,
            Function<ScopedEvent, String> label,
            Function<ScopedEvent, String> owner) {
        Rows rows = new Rows();
        for (ScopedEvent e : events) {
            rows.add(key.apply(e), label.apply(e), owner.apply(e), note(e), status(total(byEvent, e)));
        }
        return rows.table(id, STATUS, Metric.MADE.name());
    }

    /** Confirmed people by mode or sector, per event; what a hand-entered event did not break down is "not recorded". */
    private static Supplier<Table> breakdown(
            Catalogue id,
            String dimension,
            List<String> keys,
            Map<ScopedEvent, List<Figure>> byEvent,
            List<ScopedEvent> events) {
        List<String> columns = new ArrayList<>(keys);
        columns.add(NOT_RECORDED);
        Rows rows = new Rows();
        for (ScopedEvent e : events) {
            long[] row = new long[columns.size()];
            long broken = 0;
            for (Figure f : byEvent.getOrDefault(e, List.of())) {
                if (dimension.equals(f.dimension())) {
                    long v = f.counts().count(Metric.CONFIRMED);
                    row[columns.indexOf(f.key())] += v;
                    broken += v;
                }
            }
            row[columns.size() - 1] = Math.max(0, total(byEvent, e).count(Metric.CONFIRMED) - broken);
            rows.add(e.tenantId() + "/" + e.slug(), e.title(), e.tenantId(), note(e), row);
        }
        return rows.table(id, columns, Metric.CONFIRMED.name());
    }

    /** Confirmed people: checked in, no-show, other (livestream, or still ahead); per event. */
    private static Supplier<Table> attendance(Map<ScopedEvent, List<Figure>> byEvent, List<ScopedEvent> events) {
        Rows rows = new Rows();
        for (ScopedEvent e : events) {
            Counts c = total(byEvent, e);
            long attended = c.count(Metric.ATTENDED);
            long noShow = c.count(Metric.NO_SHOW);
            rows.add(e.tenantId() + "/" + e.slug(), e.title(), e.tenantId(), note(e), new long[] {
                attended, noShow, Math.max(0, c.count(Metric.CONFIRMED) - attended - noShow)
            });
        }
        return rows.table(
                Catalogue.EVENTS_BY_ATTENDANCE,
                List.of(Metric.ATTENDED.name(), Metric.NO_SHOW.name(), OTHER),
                Metric.CONFIRMED.name());
    }

    /** Registrations by status per workshop (the event's title and the workshop's code). */
    private static Supplier<Table> workshops(List<Figure> figures) {
        Rows rows = new Rows();
        for (Figure f : figures) {
            if ("WORKSHOP".equals(f.dimension()) && !f.key().isEmpty()) {
                rows.add(
                        f.event().tenantId() + "/" + f.event().slug() + "/" + f.key(),
                        f.event().title() + " – " + f.key(),
                        f.event().tenantId(),
                        note(f.event()),
                        status(f.counts()));
            }
        }
        return rows.table(Catalogue.WORKSHOPS_BY_STATUS, STATUS, Metric.MADE.name());
    }

    /** The {@link #STATUS} columns of a cell. */
    private static long[] status(Counts c) {
        long[] row = new long[STATUS.size()];
        for (int i = 0; i < STATUS.size(); i++) {
            row[i] = c.count(Metric.valueOf(STATUS.get(i)));
        }
        return row;
    }

    private static String note(ScopedEvent e) {
        return e.illustrative() ? "illustrative" : e.manual() ? "manual" : "";
    }

    private static List<String> keys(List<Figure> figures, String dimension) {
        Set<String> keys = new TreeSet<>();
        figures.stream().filter(f -> dimension.equals(f.dimension())).forEach(f -> keys.add(f.key()));
        return List.copyOf(keys);
    }

    /**
     * A table being built, row by row in order of first appearance. Adding to a row that exists
     * sums the counts, keeps the first label and the first note, and makes the owner unknowable
     * when two owners share the row (no tenant then knows the row as its own).
     */
    private static final class Rows {
        private final Map<String, long[]> counts = new LinkedHashMap<>();
        private final Map<String, String> labels = new LinkedHashMap<>();
        private final Map<String, String> owners = new LinkedHashMap<>();
        private final Map<String, String> notes = new LinkedHashMap<>();

        void add(String key, String label, String owner, String note, long[] values) {
            long[] row = counts.computeIfAbsent(key, k -> new long[values.length]);
            for (int i = 0; i < values.length; i++) {
                row[i] += values[i];
            }
            labels.putIfAbsent(key, label);
            owners.merge(key, owner, (a, b) -> a.equals(b) ? a : "*" + key);
            notes.merge(key, note, (a, b) -> a.isEmpty() ? b : a);
        }

        /** The table, its rows protected by {@link SmallCells} when the supplier is called; a table without rows has no cells. */
        Supplier<Table> table(Catalogue id, List<String> columns, String totalKey) {
            List<String> keys = List.copyOf(counts.keySet());
            SmallCells.Table figures = keys.isEmpty()
                    ? null
                    : new SmallCells.Table(
                            keys.stream().map(owners::get).toList(),
                            keys.stream().map(counts::get).toArray(long[][]::new));
            List<String> rowLabels = keys.stream().map(labels::get).toList();
            List<String> rowNotes = keys.stream().map(notes::get).toList();
            List<String> columnKeys = List.copyOf(columns);
            return () -> new Table(
                    id,
                    keys,
                    rowLabels,
                    rowNotes,
                    columnKeys,
                    totalKey,
                    figures == null ? null : SmallCells.protect(figures));
        }
    }
}
