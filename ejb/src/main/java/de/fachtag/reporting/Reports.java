package de.fachtag.reporting;

import de.fachtag.event.Event;
import de.fachtag.event.EventCatalog;
import de.fachtag.event.EventNotFoundException;
import de.fachtag.event.Workshop;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenancy.TenantScoped;
import de.fachtag.tenant.EventSeries;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.persistence.config.QueryHints;

/**
 * The organizer's reports: one event, the editions of a series, the events of a year. Counts
 * are sums over the view {@code registration_fact}, read under the tenant's row level security;
 * an event with figures entered by hand is reported from those alone. An event of another
 * tenant is {@link EventNotFoundException}, exactly like an unknown one.
 */
@Stateless
@TenantScoped
public class Reports {

    /** The metric sums in {@link Metric} order, as every figure query selects them. */
    static final String SUMS;

    static {
        StringBuilder sums = new StringBuilder();
        for (Metric m : Metric.values()) {
            sums.append(sums.isEmpty() ? "" : ", ")
                    .append("coalesce(sum(f.")
                    .append(m.column())
                    .append("), 0)");
        }
        SUMS = sums.toString();
    }

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    @Inject
    Clock clock;

    /** The report of one event of the current tenant. */
    public EventReport event(String slug) {
        Event event = EventCatalog.bySlug(em, slug).orElseThrow(() -> new EventNotFoundException(slug));
        return report(event, clock.instant());
    }

    /**
     * The figures of an event's documentation per workshop ({@link DocumentationFigures}): the
     * event report's attendance by workshop and, from the same view {@code registration_fact},
     * confirmed people by workshop and sector, protected like every figure that leaves the tenant.
     */
    public DocumentationFigures documentationFigures(String slug) {
        Event event = EventCatalog.bySlug(em, slug).orElseThrow(() -> new EventNotFoundException(slug));
        EventReport report = report(event, clock.instant());
        String tenant = TenantContext.require();
        Map<String, Map<String, Long>> cross = new LinkedHashMap<>();
        if (!report.manual()) {
            for (Object[] row : rows(
                    "SELECT f.workshop, f.sector, coalesce(sum(f." + Metric.CONFIRMED.column() + "), 0)"
                            + " FROM registration_fact f WHERE f.tenant_id = ?1 AND f.event_id = ?2 AND f.workshop IS NOT NULL"
                            + " AND f.sector IS NOT NULL GROUP BY f.workshop, f.sector",
                    tenant,
                    event.getId())) {
                cross.computeIfAbsent((String) row[0], k -> new TreeMap<>())
                        .put((String) row[1], ((Number) row[2]).longValue());
            }
        }
        Map<String, java.util.UUID> ids = new LinkedHashMap<>();
        event.getWorkshops().forEach(w -> ids.put(w.getCode(), w.getId()));
        List<java.util.UUID> workshopIds = report.byWorkshop().stream()
                .filter(l -> !l.code().isEmpty())
                .map(l -> ids.get(l.code()))
                .toList();
        return DocumentationFigures.of(report, workshopIds, cross, tenant);
    }

    /** Every series of the tenant with its editions, in the series' order. */
    public List<SeriesReport> series() {
        Instant now = clock.instant();
        List<SeriesReport> reports = new ArrayList<>();
        for (EventSeries series :
                em.createNamedQuery("EventSeries.all", EventSeries.class).getResultList()) {
            List<EventReport> editions = em
                    .createQuery(
                            "SELECT e FROM Event e WHERE e.series = :series ORDER BY e.edition, e.date, e.slug",
                            Event.class)
                    .setParameter("series", series)
                    .getResultList()
                    .stream()
                    .map(e -> report(e, now))
                    .toList();
            if (editions.isEmpty()) {
                continue;
            }
            long persons = 0;
            for (EventReport edition : editions) {
                if (edition.manual()) {
                    persons += edition.total().count(Metric.CONFIRMED);
                }
            }
            Number counted = (Number) native_(
                            "SELECT coalesce(sum(f.new_in_series), 0) FROM registration_fact f"
                                    + " JOIN event e ON e.tenant_id = f.tenant_id AND e.id = f.event_id"
                                    + " WHERE f.tenant_id = ?1 AND e.series_id = ?2"
                                    + " AND NOT EXISTS (SELECT 1 FROM manual_figure m WHERE m.tenant_id = f.tenant_id AND m.event_id = f.event_id)",
                            TenantContext.require(),
                            series.getId())
                    .get(0);
            persons += counted.longValue();
            reports.add(new SeriesReport(
                    series.getSlug(),
                    series.getTitle(),
                    editions,
                    sum(editions),
                    persons,
                    editions.stream().anyMatch(EventReport::manual)));
        }
        return reports;
    }

    /** The tenant's events from today on (in Berlin), soonest first: the clerk's desk on the start page. */
    public List<EventReport> upcoming() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate();
        return em
                .createQuery("SELECT e FROM Event e WHERE e.date >= :today ORDER BY e.date, e.slug", Event.class)
                .setParameter("today", today)
                .setMaxResults(20)
                .getResultList()
                .stream()
                .map(e -> report(e, now))
                .toList();
    }

    /** The tenant's dated events by calendar year, newest year first. */
    public List<YearReport> years() {
        Instant now = clock.instant();
        Map<Integer, List<EventReport>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (Event e : em.createQuery(
                        "SELECT e FROM Event e WHERE e.date IS NOT NULL ORDER BY e.date, e.slug", Event.class)
                .getResultList()) {
            byYear.computeIfAbsent(e.getDate().getYear(), y -> new ArrayList<>())
                    .add(report(e, now));
        }
        List<YearReport> years = new ArrayList<>();
        byYear.forEach((year, events) -> years.add(
                new YearReport(year, events, sum(events), events.stream().anyMatch(EventReport::manual))));
        return years;
    }

    private static Counts sum(List<EventReport> reports) {
        Counts total = Counts.NONE;
        for (EventReport r : reports) {
            total = total.plus(r.total());
        }
        return total;
    }

    private EventReport report(Event event, Instant now) {
        String tenant = TenantContext.require();
        List<Object[]> manual = rows(
                "SELECT dimension, dim_key, participants, illustrative FROM manual_figure"
                        + " WHERE tenant_id = ?1 AND event_id = ?2 ORDER BY dimension, dim_key",
                tenant,
                event.getId());
        return manual.isEmpty() ? counted(event, tenant, now) : entered(event, manual, now);
    }

    private EventReport counted(Event event, String tenant, Instant now) {
        Counts total = Counts.NONE;
        Map<String, Counts> byMode = new LinkedHashMap<>();
        Map<String, Counts> bySector = new TreeMap<>();
        Map<String, Counts> byWorkshop = new LinkedHashMap<>();
        for (Object[] row : rows(
                "SELECT GROUPING(f.mode), GROUPING(f.sector), GROUPING(f.workshop), f.mode, f.sector, f.workshop, "
                        + SUMS + " FROM registration_fact f WHERE f.tenant_id = ?1 AND f.event_id = ?2"
                        + " GROUP BY GROUPING SETS ((), (f.mode), (f.sector), (f.workshop))",
                tenant,
                event.getId())) {
            Counts counts = counts(row, 6);
            if (grouped(row[0])) {
                if (grouped(row[1])) {
                    if (grouped(row[2])) {
                        total = counts;
                    } else {
                        byWorkshop.put((String) row[5], counts);
                    }
                } else {
                    bySector.put((String) row[4], counts);
                }
            } else {
                byMode.put((String) row[3], counts);
            }
        }
        List<EventReport.DayLine> days = new ArrayList<>();
        long cumulative = 0;
        for (Object[] row : rows(
                "SELECT f.registered_on, sum(f.made) FROM registration_fact f"
                        + " WHERE f.tenant_id = ?1 AND f.event_id = ?2 GROUP BY f.registered_on ORDER BY f.registered_on",
                tenant,
                event.getId())) {
            LocalDate day = localDate(row[0]);
            long made = ((Number) row[1]).longValue();
            cumulative += made;
            days.add(new EventReport.DayLine(
                    day,
                    event.getDate() == null ? null : ChronoUnit.DAYS.between(day, event.getDate()),
                    made,
                    cumulative));
        }
        return new EventReport(
                event.getSlug(),
                event.getTitle(),
                event.getEdition(),
                event.getDate(),
                event.getSeries() == null ? null : event.getSeries().getSlug(),
                event.getSeats(),
                false,
                false,
                now,
                total,
                modes(byMode),
                workshops(event, byWorkshop, Counts.zero()),
                lines(bySector),
                days);
    }

    private static EventReport entered(Event event, List<Object[]> rows, Instant now) {
        Counts total = Counts.NONE;
        Map<String, Counts> byMode = new LinkedHashMap<>();
        Map<String, Counts> bySector = new TreeMap<>();
        Map<String, Counts> byWorkshop = new LinkedHashMap<>();
        boolean illustrative = false;
        for (Object[] row : rows) {
            String dimension = (String) row[0];
            String key = (String) row[1];
            long participants = ((Number) row[2]).longValue();
            illustrative |= Boolean.TRUE.equals(row[3]);
            Counts counts = participants(participants, "MODE".equals(dimension) ? key : null);
            switch (dimension) {
                case "TOTAL" -> total = counts;
                case "MODE" -> byMode.put(key, counts);
                case "SECTOR" -> bySector.put(key, counts);
                case "WORKSHOP" -> byWorkshop.put(key, counts);
                default -> throw new IllegalStateException("manual_figure.dimension " + dimension);
            }
        }
        return new EventReport(
                event.getSlug(),
                event.getTitle(),
                event.getEdition(),
                event.getDate(),
                event.getSeries() == null ? null : event.getSeries().getSlug(),
                event.getSeats(),
                true,
                illustrative,
                now,
                total,
                modes(byMode),
                workshops(event, byWorkshop, Counts.NONE),
                lines(bySector),
                List.of());
    }

    /**
     * Participants entered by hand count as confirmed and attended, and in the breakdown by mode
     * as that mode; nothing else was recorded. Said once here and once in {@code ministry_figures}.
     */
    static Counts participants(long participants, String mode) {
        Map<Metric, Long> values = new EnumMap<>(Metric.class);
        values.put(Metric.CONFIRMED, participants);
        values.put(Metric.ATTENDED, participants);
        if ("ON_SITE".equals(mode)) {
            values.put(Metric.ON_SITE, participants);
        } else if ("LIVESTREAM".equals(mode)) {
            values.put(Metric.LIVESTREAM, participants);
        }
        return new Counts(values);
    }

    /** The metric sums of a row, starting at column {@code first}, in {@link Metric} order. */
    static Counts counts(Object[] row, int first) {
        Map<Metric, Long> values = new EnumMap<>(Metric.class);
        Metric[] metrics = Metric.values();
        for (int i = 0; i < metrics.length; i++) {
            Object v = row[first + i];
            values.put(metrics[i], v == null ? null : ((Number) v).longValue());
        }
        return new Counts(values);
    }

    private static List<EventReport.Line> modes(Map<String, Counts> byMode) {
        List<EventReport.Line> lines = new ArrayList<>();
        for (String mode : List.of("ON_SITE", "LIVESTREAM")) {
            if (byMode.containsKey(mode)) {
                lines.add(new EventReport.Line(mode, byMode.get(mode)));
            }
        }
        return lines;
    }

    private static List<EventReport.Line> lines(Map<String, Counts> map) {
        return map.entrySet().stream()
                .map(e -> new EventReport.Line(e.getKey(), e.getValue()))
                .toList();
    }

    /**
     * Every workshop of the event in its order ({@code missing} where there is no figure: zeros when
     * counted, nothing when entered by hand); then "no workshop" if anyone has none.
     */
    private static List<EventReport.WorkshopLine> workshops(Event event, Map<String, Counts> byCode, Counts missing) {
        List<EventReport.WorkshopLine> lines = new ArrayList<>();
        for (Workshop w : event.getWorkshops()) {
            lines.add(new EventReport.WorkshopLine(
                    w.getCode(), w.getTitle(), w.getCapacity(), byCode.getOrDefault(w.getCode(), missing)));
        }
        Counts none = byCode.get("");
        if (none != null && !lines.isEmpty()) {
            lines.add(new EventReport.WorkshopLine("", null, null, none));
        }
        return lines;
    }

    private static boolean grouped(Object grouping) {
        return ((Number) grouping).intValue() == 1;
    }

    static LocalDate localDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        return (List<Object[]>) native_(sql, parameters);
    }

    private List<?> native_(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }
}
