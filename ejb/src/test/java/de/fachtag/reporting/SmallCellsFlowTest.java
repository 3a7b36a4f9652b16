package de.fachtag.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.reporting.SmallCells.Cell;
import de.fachtag.reporting.SmallCells.Protected;
import de.fachtag.reporting.SmallCells.Suppression;
import de.fachtag.reporting.SmallCells.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SmallCells#protect} finds ranges as flows and remembers the arcs that carry them; it must
 * publish exactly what the reference, the linear programmes over every unknown figure
 * ({@link SmallCells#protectByLinearProgrammes}), publishes — on random tables of every shape and on
 * the long, many-owner tables of the ministry that the reference needs minutes for.
 */
class SmallCellsFlowTest {

    @Test
    void theFlowsPublishExactlyWhatTheLinearProgrammesPublish() {
        int secondary = 0;
        int trimmed = 0;
        for (long seed = 1; seed <= 1500; seed++) {
            Random random = new Random(5000 + seed);
            int rows = 1 + random.nextInt(14);
            int columns = 1 + random.nextInt(random.nextBoolean() ? 3 : 8);
            Table table = random.nextInt(3) == 0
                    ? SmallCellsTest.randomTable(random, rows, columns, 1 + random.nextInt(6))
                    : sparse(random, rows, columns, 1 + random.nextInt(rows));
            Protected reference = SmallCells.protectByLinearProgrammes(table);
            Protected view = SmallCells.protect(table);

            assertThat(view).as("seed %d: %s", seed, table).isEqualTo(reference);
            int hidden = count(view, Suppression.SECONDARY);
            secondary += hidden;
            trimmed += hidden > 0 && rows > 3 ? 1 : 0;
        }
        assertThat(secondary).as("the tables do exercise secondary suppression").isGreaterThan(3000);
        assertThat(trimmed).isGreaterThan(300);
    }

    @Test
    void aLongStatusTableWithTwoHundredOwnersIsProtectedAsTheReferenceDoes() {
        // the shape of the ministry's events by status: 2,000 events × 3, about 200 small cells
        Table table = statusTable(new Random(7), 2000, 200);
        long start = System.nanoTime();
        Protected view = SmallCells.protect(table);
        System.out.printf(
                "SmallCells.protect on 2,000 × 3 with 200 owners: %d ms%n", (System.nanoTime() - start) / 1_000_000);

        assertShownAsCounted(table, view);
        assertThat(SmallCells.protect(SmallCellsTest.copy(table)))
                .as("deterministic")
                .isEqualTo(view);
        assertThat(count(view, Suppression.PRIMARY)).isEqualTo(PINNED_PRIMARY);
        assertThat(count(view, Suppression.SECONDARY)).isEqualTo(PINNED_SECONDARY);
        assertThat(String.join("\n", SmallCellsTest.pattern(view)).hashCode()).isEqualTo(PINNED_PATTERN_HASH);
    }

    @Test
    void aMediumStatusTableIsProtectedAsTheReferenceDoes() {
        // small enough for the reference to finish in seconds, large enough for many components
        Table table = statusTable(new Random(11), 150, 30);
        Protected view = SmallCells.protect(table);

        assertThat(view).isEqualTo(SmallCells.protectByLinearProgrammes(table));
        assertShownAsCounted(table, view);
        assertThat(count(view, Suppression.SECONDARY)).isPositive();
    }

    @Test
    void largerRandomTablesArePublishedExactlyAsTheLinearProgrammesPublishThem() {
        // 400 tables between the 1,500 small ones above and the ministry's: more rows and owners, so
        // that rectangles overlap, witnesses break in the final pass and many readers share figures
        int secondary = 0;
        for (long seed = 1; seed <= 400; seed++) {
            Random random = new Random(90_000 + seed);
            int rows = 12 + random.nextInt(14);
            int columns = 1 + random.nextInt(random.nextBoolean() ? 3 : 5);
            Table table = sparse(random, rows, columns, 2 + random.nextInt(rows - 1));

            Protected view = SmallCells.protect(table);
            assertThat(view).as("seed %d: %s", seed, table).isEqualTo(SmallCells.protectByLinearProgrammes(table));
            secondary += count(view, Suppression.SECONDARY);
        }
        assertThat(secondary).isGreaterThan(1000);
    }

    @Test
    void ministrySizedTablesArePublishedAsBeforeTheSpeedUp() {
        // Pinned: what protect published for these tables before its speed-up (commit 710b8ed, the
        // flows as first written), the printed view's hash; rows of events by status, mode or
        // sector, 50 to 300 owners in no order, about one row in eight with a small figure.
        int[] pinned = {
            1911724147,
            -1564086751,
            1607898763,
            463901408,
            -1467510278,
            -1575854134,
            1770196834,
            -839896299,
            780726071,
            2006767881,
            -371036227,
            408260748
        };
        long start = System.nanoTime();
        for (int i = 0; i < pinned.length; i++) {
            Random random = new Random(100 + i);
            int rows = i % 3 == 0 ? 2100 : 300 + random.nextInt(1500);
            int columns = 1 + random.nextInt(i % 2 == 0 ? 3 : 9);
            Table table = ministryTable(random, rows, 50 + random.nextInt(250), columns);
            Protected view = SmallCells.protect(table);

            assertThat(view.toString().hashCode())
                    .as("table %d (%d x %d)", i, rows, columns)
                    .isEqualTo(pinned[i]);
            assertShownAsCounted(table, view);
        }
        System.out.printf(
                "SmallCells.protect on 12 ministry-sized tables: %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    /** Events as rows: a large first column, the others mostly 0 or 5..24, some 1..4; owners at random. */
    static Table ministryTable(Random random, int rows, int owners, int columns) {
        long[][] counts = new long[rows][columns];
        List<String> rowOwners = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            rowOwners.add(String.format("tenant-%03d", random.nextInt(owners)));
            for (int c = 0; c < columns; c++) {
                counts[r][c] =
                        c == 0 ? 20 + random.nextInt(120) : random.nextInt(100) < 70 ? 0 : 5 + random.nextInt(20);
            }
            if (random.nextInt(8) == 0) {
                counts[r][random.nextInt(columns)] = 1 + random.nextInt(4);
            }
        }
        return new Table(rowOwners, counts);
    }

    // what protectByLinearProgrammes publishes for statusTable(new Random(7), 2000, 200): 12.8 s there
    private static final int PINNED_PRIMARY = 209;
    private static final int PINNED_SECONDARY = 211;
    private static final int PINNED_PATTERN_HASH = 702407225;

    /** Rows of confirmed / waiting / cancelled registrations, a few of them small, owners in runs. */
    static Table statusTable(Random random, int rows, int owners) {
        long[][] counts = new long[rows][3];
        List<String> rowOwners = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            rowOwners.add(String.format("tenant-%03d", r * owners / rows));
            counts[r][0] = 20 + random.nextInt(120);
            counts[r][1] = random.nextInt(100) < 70 ? 0 : 5 + random.nextInt(20);
            counts[r][2] = random.nextInt(100) < 80 ? 0 : 5 + random.nextInt(30);
            if (random.nextInt(10) == 0) {
                counts[r][1 + random.nextInt(2)] = 1 + random.nextInt(4);
            }
        }
        return new Table(rowOwners, counts);
    }

    /** Mostly large counts with some zeros and a few small ones, as real report tables look. */
    static Table sparse(Random random, int rows, int columns, int owners) {
        long[][] counts = new long[rows][columns];
        List<String> rowOwners = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            rowOwners.add("tenant-" + (char) ('a' + random.nextInt(owners)));
            for (int c = 0; c < columns; c++) {
                int kind = random.nextInt(100);
                counts[r][c] = kind < 25 ? 0 : kind < 40 ? 1 + random.nextInt(4) : 5 + random.nextInt(50);
            }
        }
        return new Table(rowOwners, counts);
    }

    /** Every shown figure is the true count, every figure of 1 to 4 is suppressed as primary. */
    static void assertShownAsCounted(Table table, Protected view) {
        for (int r = 0; r <= table.rows(); r++) {
            for (int c = 0; c <= table.columns(); c++) {
                Cell cell = SmallCellsTest.published(view, table.rows(), table.columns(), r, c);
                long truth = SmallCellsTest.truth(table, r, c);
                boolean small = truth >= 1 && truth < SmallCells.THRESHOLD;
                if (cell.shown()) {
                    assertThat(cell.value()).isEqualTo(truth);
                    assertThat(small).as("small figure %d,%d shown", r, c).isFalse();
                } else {
                    assertThat(cell.suppression()).isEqualTo(small ? Suppression.PRIMARY : Suppression.SECONDARY);
                }
            }
        }
    }

    static int count(Protected view, Suppression kind) {
        int n = 0;
        for (Suppression[] row : SmallCellsTest.suppressions(view)) {
            for (Suppression s : row) {
                n += s == kind ? 1 : 0;
            }
        }
        return n;
    }
}
