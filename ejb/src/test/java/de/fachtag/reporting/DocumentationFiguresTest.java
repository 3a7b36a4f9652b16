package de.fachtag.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.tenant.LocalizedString;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The documentation's figures per workshop are the event report's figures, protected exactly as
 * a funding report's table of the same rows: what is shown equals the report, nothing about 1 to
 * 4 people is shown, and a sector nobody of a workshop came from is left out.
 */
class DocumentationFiguresTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();

    @Test
    void attendanceIsTheReportsFigureProtectedLikeAFundingReportsTable() {
        EventReport report = report(attended(12), attended(3), attended(9));
        DocumentationFigures f = DocumentationFigures.of(report, List.of(A, B, C), Map.of(), "t");
        FundingFigures.Table same = FundingFigures.table(
                "x",
                "t",
                List.of("A", "B", "C"),
                report.byWorkshop().stream()
                        .filter(l -> !l.code().isEmpty())
                        .map(EventReport.WorkshopLine::counts)
                        .toList(),
                List.of(Metric.ATTENDED),
                Metric.ATTENDED);
        assertThat(f.attendance(A)).isEqualTo(same.cells().cell(0, 0));
        assertThat(f.attendance(B)).isEqualTo(same.cells().cell(1, 0));
        assertThat(f.attendance(C)).isEqualTo(same.cells().cell(2, 0));
        assertThat(f.attendance(B).shown()).as("three people").isFalse();
        assertThat(f.attendance(B).toString()).isEqualTo("< 5");
        assertThat(f.attendance(UUID.randomUUID())).isNull();
        assertThat(f.sectors(A)).isEmpty();
    }

    @Test
    void sectorsShowNoFigureAboutFewerThanFivePeopleAndLeaveOutEmptyOnes() {
        EventReport report = report(attended(20), attended(10), attended(0));
        Map<String, Map<String, Long>> sectors = Map.of(
                "A", Map.of("ADMINISTRATION", 12L, "VOLUNTEER", 8L),
                "B", Map.of("ADMINISTRATION", 7L, "VOLUNTEER", 2L, "BUSINESS", 1L),
                "C", Map.of());
        DocumentationFigures f = DocumentationFigures.of(report, List.of(A, B, C), sectors, "t");
        for (UUID w : List.of(A, B, C)) {
            assertThat(f.sectors(w))
                    .allMatch(s -> !s.cell().shown()
                            || s.cell().value() == 0
                            || s.cell().value() >= SmallCells.THRESHOLD);
        }
        assertThat(f.sectors(A))
                .extracting(DocumentationFigures.SectorFigure::sector)
                .doesNotContain("BUSINESS");
        assertThat(f.sectors(B))
                .filteredOn(s -> s.sector().equals("VOLUNTEER"))
                .singleElement()
                .satisfies(s -> assertThat(s.cell().shown()).isFalse());
        assertThat(f.sectors(C)).isEmpty();
    }

    private static Counts attended(long n) {
        return new Counts(Map.of(Metric.ATTENDED, n, Metric.CONFIRMED, n));
    }

    private static EventReport report(Counts a, Counts b, Counts c) {
        List<EventReport.WorkshopLine> lines = List.of(
                new EventReport.WorkshopLine("A", new LocalizedString("A", null), 20, a),
                new EventReport.WorkshopLine("B", new LocalizedString("B", null), 20, b),
                new EventReport.WorkshopLine("C", new LocalizedString("C", null), 20, c));
        return new EventReport(
                "e",
                new LocalizedString("E", null),
                null,
                null,
                null,
                null,
                false,
                false,
                Instant.now(),
                a.plus(b).plus(c),
                List.of(),
                lines,
                List.of(),
                List.of());
    }
}
