package de.fachtag.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.reporting.MinistryReports.Catalogue;
import de.fachtag.reporting.MinistryReports.Table;
import de.fachtag.reporting.MinistryReports.View;
import de.fachtag.reporting.SmallCells.Suppression;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@link MinistryReports#build}, the page's path after the database (and what bench/MinistryPage.java
 * times): rows as {@code ministry_figures} returns them become the nine tables of the catalogue,
 * each protected by {@link SmallCells}, without a container.
 */
class MinistryReportsBuildTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    @Test
    void theQueryIsTheOneCrossTenantReadWithTheMinistryAsItsOnlyParameter() {
        assertThat(MinistryReports.FIGURES_QUERY)
                .startsWith("SELECT * FROM ministry_figures(?1)")
                .doesNotContain("?2");
    }

    @Test
    void noRowsGiveEveryTableOfTheCatalogueEmpty() {
        View view = MinistryReports.build("ms-test", List.of(), NOW);

        assertThat(view.ministry()).isEqualTo("ms-test");
        assertThat(view.dataTime()).isEqualTo(NOW);
        assertThat(view.events()).isEmpty();
        assertThat(view.tables()).extracting(Table::id).containsExactly(Catalogue.values());
        assertThat(view.tables()).allSatisfy(t -> {
            assertThat(t.rowKeys()).isEmpty();
            assertThat(t.cells()).isNull();
        });
    }

    @Test
    void rowsOfTwoTenantsBecomeProtectedTables() {
        UUID a1 = UUID.fromString("00000006-0000-4000-8000-000000000001");
        UUID a2 = UUID.fromString("00000006-0000-4000-8000-000000000002");
        UUID b1 = UUID.fromString("00000006-0000-4000-8000-000000000003");
        List<Object[]> rows = new ArrayList<>();
        // tenant a: two events of one series; tenant b: one event, figures entered by hand
        rows.add(row(
                "kreis-a",
                "Kreis A",
                "DE-SN",
                a1,
                "fachtag-1",
                "Fachtag 1",
                "2025-03-01",
                "fachtag",
                "Fachtag",
                "TOTAL",
                "",
                false,
                false,
                40,
                30,
                7,
                3,
                1,
                20,
                10,
                18,
                2));
        rows.add(row(
                "kreis-a",
                "Kreis A",
                "DE-SN",
                a1,
                "fachtag-1",
                "Fachtag 1",
                "2025-03-01",
                "fachtag",
                "Fachtag",
                "MODE",
                "ON_SITE",
                false,
                false,
                25,
                20,
                3,
                2,
                1,
                20,
                0,
                18,
                2));
        rows.add(row(
                "kreis-a",
                "Kreis A",
                "DE-SN",
                a1,
                "fachtag-1",
                "Fachtag 1",
                "2025-03-01",
                "fachtag",
                "Fachtag",
                "MODE",
                "LIVESTREAM",
                false,
                false,
                15,
                10,
                4,
                1,
                0,
                0,
                10,
                0,
                0));
        rows.add(row(
                "kreis-a",
                "Kreis A",
                "DE-SN",
                a1,
                "fachtag-1",
                "Fachtag 1",
                "2025-03-01",
                "fachtag",
                "Fachtag",
                "SECTOR",
                "EDUCATION",
                false,
                false,
                40,
                30,
                7,
                3,
                1,
                20,
                10,
                18,
                2));
        rows.add(row(
                "kreis-a",
                "Kreis A",
                "DE-SN",
                a1,
                "fachtag-1",
                "Fachtag 1",
                "2025-03-01",
                "fachtag",
                "Fachtag",
                "WORKSHOP",
                "1",
                false,
                false,
                12,
                9,
                2,
                1,
                0,
                9,
                0,
                8,
                1));
        rows.add(row(
                "kreis-a",
                "Kreis A",
                "DE-SN",
                a2,
                "fachtag-2",
                "Fachtag 2",
                "2026-03-01",
                "fachtag",
                "Fachtag",
                "TOTAL",
                "",
                false,
                false,
                60,
                50,
                6,
                4,
                0,
                50,
                0,
                45,
                5));
        rows.add(row(
                "verein-b",
                "Verein B",
                "DE-ST",
                b1,
                "konferenz",
                "Konferenz",
                "2019-05-01",
                null,
                null,
                "TOTAL",
                "",
                true,
                true,
                null,
                80,
                null,
                null,
                null,
                60,
                20,
                80,
                null));

        View view = MinistryReports.build("ms-test", rows, NOW);

        assertThat(view.events()).extracting(MinistryReports.ScopedEvent::id).containsExactly(a1, a2, b1);
        assertThat(view.events().get(0).date()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(view.events().get(2).manual()).isTrue();
        assertThat(view.tables()).extracting(Table::id).containsExactly(Catalogue.values());

        Table byStatus = view.table(Catalogue.EVENTS_BY_STATUS);
        assertThat(byStatus.rowKeys()).containsExactly("kreis-a/fachtag-1", "kreis-a/fachtag-2", "verein-b/konferenz");
        assertThat(byStatus.rowNotes()).containsExactly("", "", "illustrative");
        assertThat(byStatus.columns()).containsExactly("CONFIRMED", "WAITLISTED", "CANCELLED");
        // 3 and 4 cancelled are small: suppressed, and the rest protected so that neither can be worked out
        assertThat(byStatus.cells().cell(0, 2).suppression()).isEqualTo(Suppression.PRIMARY);
        assertThat(byStatus.cells().cell(1, 2).suppression()).isEqualTo(Suppression.PRIMARY);
        assertThat(byStatus.cells().cell(0, 0).shown()
                        && byStatus.cells().cell(1, 0).shown()
                        && byStatus.cells().cell(0, 1).shown()
                        && byStatus.cells().cell(1, 1).shown())
                .isFalse();
        assertThat(byStatus.cells().cell(2, 0).value()).isIn(80L, SmallCells.Cell.HIDDEN);

        Table tenants = view.table(Catalogue.TENANTS);
        assertThat(tenants.rowKeys()).containsExactly("kreis-a", "verein-b");
        assertThat(tenants.cells().cell(0, 0).value()).isEqualTo(80);
        assertThat(tenants.cells().cell(0, 1).value()).isEqualTo(13);
        assertThat(tenants.cells().cell(0, 2).value()).isEqualTo(7);

        assertThat(view.table(Catalogue.SERIES).rowKeys()).containsExactly("kreis-a/fachtag");
        assertThat(view.table(Catalogue.REGIONS).rowKeys()).containsExactly("DE-SN", "DE-ST");
        assertThat(view.table(Catalogue.YEARS).rowKeys()).containsExactly("2025", "2026", "2019");
        assertThat(view.table(Catalogue.WORKSHOPS_BY_STATUS).rowKeys()).containsExactly("kreis-a/fachtag-1/1");
        Table mode = view.table(Catalogue.EVENTS_BY_MODE);
        assertThat(mode.columns()).containsExactly("ON_SITE", "LIVESTREAM", MinistryReports.NOT_RECORDED);
        assertThat(view.table(Catalogue.EVENTS_BY_SECTOR).columns())
                .containsExactly("EDUCATION", MinistryReports.NOT_RECORDED);
        assertThat(view.table(Catalogue.EVENTS_BY_ATTENDANCE).columns())
                .containsExactly("ATTENDED", "NO_SHOW", MinistryReports.OTHER);
    }

    @Test
    void theSameRowsAlwaysGiveTheSameTables() {
        List<Object[]> rows = new ArrayList<>();
        for (int e = 0; e < 300; e++) {
            UUID id = new UUID(6, e);
            String tenant = "kreis-" + (e % 37);
            long cancelled = e % 9 == 0 ? 1 + e % 4 : 5 + e % 11;
            rows.add(row(
                    tenant,
                    tenant,
                    "DE-" + (e % 5),
                    id,
                    "e" + e,
                    "Event " + e,
                    "2025-01-01",
                    null,
                    null,
                    "TOTAL",
                    "",
                    false,
                    false,
                    50 + cancelled,
                    50L,
                    0L,
                    cancelled,
                    0L,
                    50L,
                    0L,
                    40L,
                    10L));
        }
        View first = MinistryReports.build("ms-test", rows, NOW);
        View second = MinistryReports.build("ms-test", rows, NOW);

        assertThat(second).isEqualTo(first);
        assertThat(Arrays.stream(Catalogue.values())
                        .map(c -> first.table(c).cells())
                        .filter(c -> c != null)
                        .count())
                .isEqualTo(Catalogue.values().length - 2); // no series, no workshops
    }

    /** A row of {@code ministry_figures}: 13 labels, then the metrics in {@link Metric} order. */
    private static Object[] row(
            String tenant,
            String tenantName,
            String region,
            UUID event,
            String slug,
            String title,
            String date,
            String seriesSlug,
            String seriesTitle,
            String dimension,
            String key,
            boolean manual,
            boolean illustrative,
            Object... counts) {
        Object[] row = new Object[13 + Metric.values().length];
        Object[] labels = {
            tenant,
            tenantName,
            region,
            event,
            slug,
            title,
            date == null ? null : Date.valueOf(date),
            seriesSlug,
            seriesTitle,
            dimension,
            key,
            manual,
            illustrative
        };
        System.arraycopy(labels, 0, row, 0, labels.length);
        for (int i = 0; i < counts.length; i++) {
            row[13 + i] = counts[i] == null ? null : ((Number) counts[i]).longValue();
        }
        return row;
    }
}
