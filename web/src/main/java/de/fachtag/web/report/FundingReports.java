package de.fachtag.web.report;

import de.fachtag.event.EventFormat;
import de.fachtag.event.EventView;
import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.RegistrationRow;
import de.fachtag.registration.RegistrationStatus;
import de.fachtag.reporting.EventReport;
import de.fachtag.reporting.FundingFigures;
import de.fachtag.reporting.SmallCells;
import de.fachtag.tenant.Logo;
import de.fachtag.tenant.TenantSite;
import de.fachtag.web.export.FundingReportPdf;
import de.fachtag.web.publicsite.EventTexts;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a funding report together (the {@link FundingReportPdf.Content} of one funder of one
 * event) from what the platform knows: the event as held, its report's figures protected by
 * {@link FundingFigures}, where the notice is printed ({@link FundingNoticePlace}) and the
 * confirmed participants for the signature lists. German: the report goes to a German authority.
 */
public final class FundingReports {

    /** The language of every funding report. */
    public static final Locale LANGUAGE = Locale.GERMAN;

    private final ReportTexts t = new ReportTexts(LANGUAGE);
    private final EventTexts ev = new EventTexts(LANGUAGE);

    /** The report of {@code funder} for {@code event}; the caller has made sure the funder funds it. */
    public FundingReportPdf.Content content(
            EventView event,
            TenantSite.FundingNotice funder,
            Optional<Logo> logo,
            TenantSite site,
            EventReport report,
            List<RegistrationRow> registrations,
            Instant now) {
        String title = t.get("funding.title", t.text(event.title()));
        List<FigureTable> figures = figureTables(report, site.slug());
        return new FundingReportPdf.Content(
                t::get,
                title,
                t.get("report.dataTime", t.dataTime(now)),
                new FundingReportPdf.Funder(
                        t.text(funder.label()),
                        funder.funder(),
                        t.text(funder.notice()),
                        logo.map(Logo::bytes).orElse(null),
                        logo.map(Logo::contentType).orElse(null)),
                facts(event, funder, site),
                agenda(event),
                workshops(event),
                figures,
                figureNotes(report),
                ReportFiles.legend(figures, t),
                places(funder),
                annex(event, registrations),
                site.name());
    }

    /** The protected tables as the PDF prints them: "< 5" and "geschützt" for suppressed cells. */
    public List<FigureTable> figureTables(EventReport report, String tenant) {
        List<FigureTable> tables = new ArrayList<>();
        for (FundingFigures.Table table : FundingFigures.of(report, tenant)) {
            if (table.cells() == null) {
                continue;
            }
            List<String> headers = new ArrayList<>();
            headers.add(
                    switch (table.id()) {
                        case "by-mode" -> t.get("dimension.MODE");
                        case "by-workshop" -> t.get("dimension.WORKSHOP");
                        case "by-sector" -> t.get("dimension.SECTOR");
                        default -> t.get("report.event");
                    });
            List<String> metrics = new ArrayList<>();
            for (String column : table.columns()) {
                headers.add(column.equals(FundingFigures.OTHER) ? t.get("ministry.column.OTHER") : t.label(column));
                if (!column.equals(FundingFigures.OTHER)) {
                    metrics.add(column);
                }
            }
            headers.add(t.label(table.totalKey()));
            metrics.add(table.totalKey());
            SmallCells.Protected cells = table.cells();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r < table.rowKeys().size(); r++) {
                List<String> row = new ArrayList<>();
                row.add(rowLabel(table.id(), table.rowKeys().get(r), report));
                for (int c = 0; c < table.columns().size(); c++) {
                    row.add(MinistryTables.cell(cells.cell(r, c), t));
                }
                row.add(MinistryTables.cell(cells.rowTotal(r), t));
                rows.add(row);
            }
            if (table.rowKeys().size() > 1) {
                List<String> totals = new ArrayList<>();
                totals.add(t.get("report.total"));
                for (int c = 0; c < table.columns().size(); c++) {
                    totals.add(MinistryTables.cell(cells.columnTotal(c), t));
                }
                totals.add(MinistryTables.cell(cells.grandTotal(), t));
                rows.add(totals);
            }
            tables.add(new FigureTable(
                    table.id(), t.get("funding.table." + table.id()), headers, rows, metrics, List.of()));
        }
        return tables;
    }

    private String rowLabel(String table, String key, EventReport report) {
        return switch (table) {
            case "by-mode" -> t.mode(key);
            case "by-sector" -> t.sector(key);
            case "by-workshop" ->
                key.isEmpty()
                        ? t.get("workshop.none")
                        : report.byWorkshop().stream()
                                .filter(w -> w.code().equals(key))
                                .findFirst()
                                .map(w -> (key + " " + t.text(w.title())).strip())
                                .orElse(key);
            default -> t.get("funding.attendance.row");
        };
    }

    private List<String> figureNotes(EventReport report) {
        List<String> notes = new ArrayList<>();
        notes.add(t.get("note.smallCells"));
        if (report.manual()) {
            notes.add(t.get(report.illustrative() ? "event.report.illustrative" : "event.report.manual"));
        }
        return notes;
    }

    private List<FundingReportPdf.Fact> facts(EventView e, TenantSite.FundingNotice funder, TenantSite site) {
        List<FundingReportPdf.Fact> facts = new ArrayList<>();
        fact(facts, "funding.fact.title", t.text(e.title()));
        if (e.edition() != null) {
            fact(facts, "funding.fact.edition", ev.edition(e));
        }
        if (e.date() != null) {
            String hours = ev.hours(e.start(), e.end());
            fact(facts, "funding.fact.date", ev.longDate(e.date()) + (hours == null ? "" : ", " + hours));
        }
        if (e.venue() != null) {
            EventView.VenueView v = e.venue();
            List<String> parts = new ArrayList<>();
            for (String p : new String[] {
                v.name(),
                v.street(),
                ((v.postcode() == null ? "" : v.postcode() + " ") + (v.city() == null ? "" : v.city())).strip(),
                v.room() == null ? null : t.get("funding.annex.room", v.room())
            }) {
                if (p != null && !p.isBlank()) {
                    parts.add(p);
                }
            }
            fact(facts, "funding.fact.venue", String.join(", ", parts));
        }
        fact(facts, "funding.fact.organizer", site.name());
        fact(facts, "funding.fact.organizingGroup", String.join(", ", e.organizingGroup()));
        fact(facts, "funding.fact.supporters", String.join(", ", e.supporters()));
        fact(facts, "funding.fact.funder", funder.funder());
        fact(facts, "funding.fact.reference", funder.referenceNumber());
        return facts;
    }

    private void fact(List<FundingReportPdf.Fact> facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new FundingReportPdf.Fact(t.get(key), value));
        }
    }

    private List<FundingReportPdf.Item> agenda(EventView e) {
        List<FundingReportPdf.Item> items = new ArrayList<>();
        for (EventView.AgendaItemView a : e.agenda()) {
            String when = ev.times(a.start(), a.end());
            String title = ev.text(a.title());
            String subtitle = ev.text(a.subtitle());
            items.add(new FundingReportPdf.Item(
                    when == null ? "" : when,
                    (title == null ? nz(ev.kind(a.kind())) : title)
                            + (subtitle == null || subtitle.isBlank() ? "" : " – " + subtitle),
                    contributions(a.contributions())));
        }
        return items;
    }

    private List<FundingReportPdf.Item> workshops(EventView e) {
        List<FundingReportPdf.Item> items = new ArrayList<>();
        for (EventView.WorkshopView w : e.workshops()) {
            List<String> lines = new ArrayList<>(contributions(w.contributions()));
            if (w.room() != null && !w.room().isBlank()) {
                lines.add(t.get("funding.annex.room", w.room()));
            }
            String subtitle = ev.text(w.subtitle());
            items.add(new FundingReportPdf.Item(
                    w.code(),
                    nz(ev.text(w.title())) + (subtitle == null || subtitle.isBlank() ? "" : " – " + subtitle),
                    lines));
        }
        return items;
    }

    /** "Referierende: Jennifer Diehl, …; Hartmut Fuchs, …", one line per role, requested ones marked. */
    private List<String> contributions(List<EventView.ContributionView> contributions) {
        List<String> lines = new ArrayList<>();
        EventTexts.byRole(contributions)
                .forEach((role, indexes) -> lines.add(ev.role(role) + " "
                        + String.join(
                                "; ",
                                indexes.stream()
                                        .map(i -> ev.contribution(contributions.get(i)))
                                        .toList())));
        return lines;
    }

    /** Every place, in the enum's order: the list cannot say more than the code prints. */
    private List<String> places(TenantSite.FundingNotice funder) {
        List<String> places = new ArrayList<>();
        for (FundingNoticePlace p : FundingNoticePlace.values()) {
            if (p == FundingNoticePlace.NAME_BADGES && !funder.noticeOnBadges()) {
                continue;
            }
            places.add(t.get("funding.place." + p.name()));
        }
        return places;
    }

    /**
     * The confirmed on-site participants per workshop (in the event's order; then those without a
     * workshop), or one list for the day when the event has no workshops; livestream apart.
     */
    List<FundingReportPdf.SignatureList> annex(EventView e, List<RegistrationRow> registrations) {
        Collator collator = Collator.getInstance(LANGUAGE);
        List<RegistrationRow> confirmed = registrations.stream()
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED)
                .sorted(Comparator.comparing((RegistrationRow r) -> nz(r.name()), collator))
                .toList();
        List<FundingReportPdf.SignatureList> lists = new ArrayList<>();
        List<RegistrationRow> onSite = confirmed.stream()
                .filter(r -> r.mode() != ParticipationMode.LIVESTREAM)
                .toList();
        if (e.workshops().isEmpty()) {
            lists.add(new FundingReportPdf.SignatureList(
                    e.date() == null
                            ? t.get("funding.annex.noWorkshop")
                            : t.get("funding.annex.day", ev.longDate(e.date())),
                    null,
                    people(onSite),
                    true));
        } else {
            Map<String, List<RegistrationRow>> byWorkshop = new LinkedHashMap<>();
            e.workshops().forEach(w -> byWorkshop.put(w.code(), new ArrayList<>()));
            List<RegistrationRow> without = new ArrayList<>();
            for (RegistrationRow r : onSite) {
                if (r.workshop() != null && byWorkshop.containsKey(r.workshop())) {
                    byWorkshop.get(r.workshop()).add(r);
                } else {
                    without.add(r);
                }
            }
            for (EventView.WorkshopView w : e.workshops()) {
                lists.add(new FundingReportPdf.SignatureList(
                        t.get("funding.annex.workshop", w.code(), nz(ev.text(w.title()))),
                        w.room() == null || w.room().isBlank() ? null : t.get("funding.annex.room", w.room()),
                        people(byWorkshop.get(w.code())),
                        true));
            }
            if (!without.isEmpty()) {
                lists.add(new FundingReportPdf.SignatureList(
                        t.get("funding.annex.noWorkshop"), null, people(without), true));
            }
        }
        List<RegistrationRow> stream = confirmed.stream()
                .filter(r -> r.mode() == ParticipationMode.LIVESTREAM)
                .toList();
        if (!stream.isEmpty() || (e.format() != null && e.format() != EventFormat.ON_SITE)) {
            lists.add(
                    new FundingReportPdf.SignatureList(t.get("funding.annex.livestream"), null, people(stream), false));
        }
        return lists;
    }

    private static List<FundingReportPdf.Person> people(List<RegistrationRow> rows) {
        return rows.stream()
                .map(r -> new FundingReportPdf.Person(r.name(), r.organisation()))
                .toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
