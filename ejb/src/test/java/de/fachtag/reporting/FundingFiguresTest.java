package de.fachtag.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.reporting.SmallCells.Cell;
import de.fachtag.tenant.LocalizedString;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The funding report's tables: the report's own figures, protected like a ministry's view. */
class FundingFiguresTest {

    @Test
    void statusColumnsAddUpToTheRegistrationsMadeAndSmallCellsAreSuppressed() {
        EventReport report = report(
                false,
                counts(40, 30, 6, 4, 25, 0),
                List.of(
                        new EventReport.Line("ON_SITE", counts(30, 22, 5, 3, 0, 0)),
                        new EventReport.Line("LIVESTREAM", counts(10, 8, 1, 1, 0, 0))),
                List.of(
                        new EventReport.WorkshopLine("1", null, 20, counts(20, 15, 3, 2, 0, 0)),
                        new EventReport.WorkshopLine("2", null, 20, counts(20, 15, 3, 2, 0, 0))),
                List.of(new EventReport.Line("OTHER", counts(40, 30, 6, 4, 0, 0))));
        List<FundingFigures.Table> tables = FundingFigures.of(report, "t1");

        assertThat(tables)
                .extracting(FundingFigures.Table::id)
                .containsExactly("by-mode", "by-workshop", "by-sector", "attendance");
        FundingFigures.Table mode = tables.get(0);
        assertThat(mode.columns()).containsExactly("CONFIRMED", "WAITLISTED", "CANCELLED");
        assertThat(mode.totalKey()).isEqualTo("MADE");
        assertThat(mode.cells().rowTotal(0)).isEqualTo(Cell.of(30));
        assertThat(mode.cells().cell(0, 1)).as("5 waiting is shown").isEqualTo(Cell.of(5));
        assertThat(mode.cells().cell(1, 1).shown())
                .as("1 waiting by livestream is not")
                .isFalse();
        assertThat(mode.cells().cell(1, 1)).hasToString("< 5");
        // every suppressed figure keeps a secret: none of the shown figures is 1 to 4
        for (FundingFigures.Table t : tables) {
            t.cells()
                    .cells()
                    .forEach(row -> row.stream()
                            .filter(Cell::shown)
                            .forEach(c -> assertThat(c.value() == 0 || c.value() >= SmallCells.THRESHOLD)
                                    .as(t.id())
                                    .isTrue()));
        }
        FundingFigures.Table attendance = tables.get(3);
        assertThat(attendance.columns()).containsExactly("ATTENDED", "NO_SHOW", FundingFigures.OTHER);
        assertThat(attendance.cells().cell(0, 0)).isEqualTo(Cell.of(25));
        assertThat(attendance.cells().rowTotal(0)).isEqualTo(Cell.of(30));
    }

    @Test
    void figuresEnteredByHandHaveParticipantsOnly() {
        Counts sixty = Reports.participants(60, null);
        EventReport report = report(
                true,
                sixty,
                List.of(new EventReport.Line("ON_SITE", Reports.participants(60, "ON_SITE"))),
                List.of(),
                List.of());
        List<FundingFigures.Table> tables = FundingFigures.of(report, "t1");
        assertThat(tables.get(0).columns()).containsExactly("CONFIRMED");
        assertThat(tables.get(0).totalKey()).isEqualTo("CONFIRMED");
        assertThat(tables.get(0).cells().cell(0, 0)).isEqualTo(Cell.of(60));
        assertThat(tables.get(1).cells()).as("no workshops, no table").isNull();
        assertThat(tables.get(3).cells().cell(0, 0))
                .as("everyone entered counts as attended")
                .isEqualTo(Cell.of(60));
    }

    private static EventReport report(
            boolean manual,
            Counts total,
            List<EventReport.Line> modes,
            List<EventReport.WorkshopLine> workshops,
            List<EventReport.Line> sectors) {
        return new EventReport(
                "fachtag",
                new LocalizedString("Fachtag", null),
                7,
                LocalDate.of(2027, 9, 30),
                null,
                40,
                manual,
                false,
                Instant.EPOCH,
                total,
                modes,
                workshops,
                sectors,
                List.of());
    }

    private static Counts counts(
            long made, long confirmed, long waitlisted, long cancelled, long attended, long noShow) {
        Map<Metric, Long> values = new EnumMap<>(Metric.class);
        values.put(Metric.MADE, made);
        values.put(Metric.CONFIRMED, confirmed);
        values.put(Metric.WAITLISTED, waitlisted);
        values.put(Metric.CANCELLED, cancelled);
        values.put(Metric.ATTENDED, attended);
        values.put(Metric.NO_SHOW, noShow);
        return new Counts(values);
    }
}
