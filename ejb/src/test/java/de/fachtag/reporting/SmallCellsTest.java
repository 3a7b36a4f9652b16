package de.fachtag.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.fachtag.reporting.SmallCells.Cell;
import de.fachtag.reporting.SmallCells.Protected;
import de.fachtag.reporting.SmallCells.Suppression;
import de.fachtag.reporting.SmallCells.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Small-cell suppression. The golden examples pin the behaviour on tables one can check by hand;
 * the attacker tests play the ministry and every tenant against hundreds of random tables, working
 * from the published view alone (plus, for a tenant, its own rows): the ranges come from the
 * range solver on equations the test sets up itself, and wherever the grand total is published and
 * the search is small, also from a brute-force enumeration of every whole-number completion, which
 * must agree with the solver.
 */
class SmallCellsTest {

    static final Suppression NONE = Suppression.NONE;
    static final Suppression PRIMARY = Suppression.PRIMARY;
    static final Suppression SECONDARY = Suppression.SECONDARY;

    // ---------------------------------------------------------------- golden examples

    @Test
    void aTableWithoutSmallFiguresIsShownInFull() {
        Table table = Table.of("t1", new long[][] {{12, 7, 30}, {5, 9, 0}, {41, 6, 8}});
        Protected view = SmallCells.protect(table);

        assertThat(view.cells()).allSatisfy(row -> assertThat(row).allMatch(Cell::shown));
        assertThat(view.rowTotals()).extracting(Cell::value).containsExactly(49L, 14L, 55L);
        assertThat(view.columnTotals()).extracting(Cell::value).containsExactly(58L, 22L, 38L);
        assertThat(view.grandTotal()).isEqualTo(Cell.of(118));
        assertThat(view.cell(1, 2)).as("a zero is shown").isEqualTo(Cell.of(0));
    }

    @Test
    void aSingleThreeTakesASecondCellOfItsRowAndOfItsColumnWithIt() {
        Table table = Table.of("t1", new long[][] {{3, 10, 12}, {8, 15, 9}, {11, 7, 20}});
        Protected view = SmallCells.protect(table);

        assertThat(pattern(view))
                .as("P primary, S secondary, . shown; totals last")
                .containsExactly("P S . .", ". . . .", "S S . .", ". . . .");
        // the cheapest rectangle: 10 + 11 + 7 people hidden beside the 3 (rows 0 and 1: 10 + 8 + 15)
        assertThat(view.cell(0, 0)).hasToString("< 5");
        assertThat(view.cell(0, 1)).hasToString("–");
        assertThat(view.cell(0, 1).value()).isEqualTo(Cell.HIDDEN);
        assertThat(range(view, table, null, 0, 0)).containsExactly(0, 13);
        assertSafe(table, view);
    }

    @Test
    void aRowTotalOfTwoIsSuppressedAndItsZeroShown() {
        Table table = Table.of("t1", new long[][] {{1, 1, 0}, {6, 9, 7}, {8, 5, 11}});
        Protected view = SmallCells.protect(table);

        assertThat(view.rowTotal(0).suppression()).isEqualTo(PRIMARY);
        assertThat(view.cell(0, 0).suppression()).isEqualTo(PRIMARY);
        assertThat(view.cell(0, 1).suppression()).isEqualTo(PRIMARY);
        assertThat(view.cell(0, 2)).isEqualTo(Cell.of(0));
        assertThat(view.grandTotal()).isEqualTo(Cell.of(48));
        assertSafe(table, view);
    }

    @Test
    void zerosAreShownAndNeverPrimary() {
        Table table = Table.of("t1", new long[][] {{0, 0, 7}, {0, 12, 0}, {9, 0, 5}});
        Protected view = SmallCells.protect(table);

        assertThat(view.cells()).allSatisfy(row -> assertThat(row).allMatch(Cell::shown));
        assertThat(view.cell(0, 0)).isEqualTo(Cell.of(0));

        Table allZero = Table.of("t1", new long[][] {{0, 0}, {0, 0}});
        assertThat(SmallCells.protect(allZero).grandTotal()).isEqualTo(Cell.of(0));
    }

    @Test
    void aTenantThatKnowsItsOwnRowStillCannotWorkOutAnotherTenantsFigures() {
        // Against the ministry, rows 0 and 2 would do (as in the example above); but tenant c knows
        // row 2 and would read the 3 off column 0, so row 1 has to give two cells as well.
        Table table = new Table(List.of("a", "b", "c"), new long[][] {{3, 10, 12}, {8, 15, 9}, {11, 7, 20}});
        Protected view = SmallCells.protect(table);

        assertThat(pattern(view)).containsExactly("P S . .", "S S . .", "S S . .", ". . . .");
        assertThat(range(view, table, "c", 0, 0)).containsExactly(0, 11);
        assertSafe(table, view);
    }

    @Test
    void aTenantAloneInItsColumnsNeedsTheColumnTotalsHidden() {
        // Row 0 is the only row of tenant a. Tenant b knows rows 1 and 2, so a shown column total
        // would give a's cell away; hiding the 3 and the 6 beside it needs their column totals too.
        Table table = new Table(List.of("a", "b", "b"), new long[][] {{3, 6, 20}, {10, 12, 9}, {11, 7, 30}});
        Protected view = SmallCells.protect(table);

        assertThat(view.cell(0, 0).suppression()).isEqualTo(PRIMARY);
        assertThat(view.columnTotal(0).shown()).isFalse();
        assertThat(view.rowTotal(1).shown()).as("b's own totals need not hide").isTrue();
        assertSafe(table, view);
    }

    @Test
    void aOneColumnListHidesItsSmallEntryWithAnother() {
        Table table = new Table(List.of("a", "b", "c", "d"), new long[][] {{40}, {2}, {17}, {9}});
        Protected view = SmallCells.protect(table);

        assertThat(view.cell(1, 0).suppression()).isEqualTo(PRIMARY);
        assertThat(view.rowTotal(1).suppression()).as("the same figure").isEqualTo(PRIMARY);
        assertThat(view.cell(0, 0)).isEqualTo(Cell.of(40));
        assertSafe(table, view);
    }

    @Test
    void aViewOfFewerThanFivePeopleShowsNothingButZeros() {
        Table table = new Table(List.of("a", "b"), new long[][] {{1, 0}, {0, 2}});
        Protected view = SmallCells.protect(table);

        assertThat(view.grandTotal().suppression()).isEqualTo(PRIMARY);
        assertThat(view.cell(0, 1).shown()).isTrue();
        assertSafe(table, view);
    }

    @Test
    void theTableAndItsViewAreValuesThatCannotBeChangedFromOutside() {
        long[][] counts = {{3, 10}, {8, 15}};
        Table table = Table.of("t1", counts);
        counts[0][0] = 99;
        table.counts()[0][0] = 98;
        assertThat(table.count(0, 0)).isEqualTo(3);
        assertThat(table).isEqualTo(Table.of("t1", new long[][] {{3, 10}, {8, 15}}));

        Protected view = SmallCells.protect(table);
        assertThat(view).isEqualTo(SmallCells.protect(Table.of("t1", new long[][] {{3, 10}, {8, 15}})));
        assertThat(view.cells().get(0)).isUnmodifiable();
    }

    // ---------------------------------------------------------------- attackers against random tables

    @Test
    void randomTablesWithstandTheMinistryAndEveryTenant() {
        int enumerated = 0;
        int suppressedInAll = 0;
        for (long seed = 1; seed <= 600; seed++) {
            Random random = new Random(seed);
            Table table = randomTable(random, 1 + random.nextInt(8), 1 + random.nextInt(6), 1 + random.nextInt(3));
            Protected view = SmallCells.protect(table);

            assertThat(SmallCells.protect(copy(table)))
                    .as("deterministic, seed %d", seed)
                    .isEqualTo(view);
            enumerated += assertSafe(table, view);
            assertEverySecondarySuppressionIsNeeded(table, view);
            suppressedInAll += countSuppressed(view);
        }
        assertThat(enumerated).as("readings cross-checked by enumeration").isGreaterThan(300);
        assertThat(suppressedInAll).as("the tables do exercise suppression").isGreaterThan(2000);
    }

    @Test
    void theRangeSolverAgreesWithEnumeration() {
        // random suppression patterns, not only those protect() would choose
        int compared = 0;
        for (long seed = 1; seed <= 400; seed++) {
            Random random = new Random(1000 + seed);
            int rows = 1 + random.nextInt(3);
            int columns = 1 + random.nextInt(3);
            Table table = randomTable(random, rows, columns, 1 + random.nextInt(2));
            Cell[][] grid = new Cell[rows + 1][columns + 1];
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    boolean hide = (r < rows || c < columns) && random.nextInt(10) < 5;
                    grid[r][c] = hide ? Cell.hidden(SECONDARY) : Cell.of(truth(table, r, c));
                }
            }
            Protected view = view(grid, rows, columns);
            for (String reader : readers(table)) {
                Reading reading = new Reading(view, table, reader);
                if (reading.unknowns.isEmpty()) {
                    continue;
                }
                long[][] brute = reading.enumerate(2_000_000);
                assertThat(brute).as("enumeration within budget, seed %d", seed).isNotNull();
                FeasibleRange solver = reading.solver();
                for (int k = 0; k < reading.unknowns.size(); k++) {
                    assertThat(new double[] {solver.min(k), solver.max(k)})
                            .as("seed %d reader %s figure %s", seed, reader, Arrays.toString(reading.unknowns.get(k)))
                            .containsExactly((double) brute[0][k], (double) brute[1][k]);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void theSolverFindsUnboundedAndInfeasibleSystems() {
        // y0 - y1 = 2: y0 in [2, inf), y1 in [0, inf)
        FeasibleRange open = new FeasibleRange(new double[][] {{1, -1}}, new double[] {2});
        assertThat(open.min(0)).isEqualTo(2);
        assertThat(open.max(0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(open.spans(1, 5, 0)).isTrue();
        // y0 + y1 = 3, redundantly twice
        FeasibleRange tight = new FeasibleRange(new double[][] {{1, 1}, {2, 2}}, new double[] {3, 6});
        assertThat(tight.max(1)).isEqualTo(3);
        assertThat(tight.spans(1, 5, 1)).isFalse();
        assertThat(tight.spans(1, 3, 1)).isTrue();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new FeasibleRange(new double[][] {{1, 1}}, new double[] {-1}));
    }

    @Test
    void largeTablesAreProtectedInReasonableTime() {
        Random random = new Random(42);
        Table mostlySmall = randomTable(random, 60, 12, 6);
        long[][] counts = new long[60][12];
        List<String> owners = new ArrayList<>();
        for (int r = 0; r < 60; r++) {
            owners.add("tenant-" + random.nextInt(10));
            for (int c = 0; c < 12; c++) {
                counts[r][c] = random.nextInt(100) < 15 ? random.nextInt(5) : 5 + random.nextInt(80);
            }
        }
        Table fewSmall = new Table(owners, counts);

        for (Table table : List.of(mostlySmall, fewSmall)) {
            long start = System.nanoTime();
            Protected view = SmallCells.protect(table);
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertSafe(table, view);
            assertThat(millis).as("protect() on 60 × 12").isLessThan(10_000);
        }
    }

    // ---------------------------------------------------------------- the checks

    /**
     * Asserts everything the rule promises about {@code view}; returns how many readings were also
     * enumerated.
     */
    static int assertSafe(Table table, Protected view) {
        int rows = table.rows();
        int columns = table.columns();
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                Cell cell = published(view, rows, columns, r, c);
                long truth = truth(table, r, c);
                String where = "figure " + r + "," + c + " of " + table;
                boolean small = truth >= 1 && truth < SmallCells.THRESHOLD;
                if (cell.shown()) {
                    assertThat(cell.value()).as(where).isEqualTo(truth);
                    assertThat(small).as("small figure shown: " + where).isFalse();
                } else {
                    assertThat(cell.value()).as(where).isEqualTo(Cell.HIDDEN);
                    assertThat(cell.suppression()).as(where).isEqualTo(small ? PRIMARY : SECONDARY);
                }
            }
        }
        int enumerated = 0;
        for (String reader : readers(table)) {
            Reading reading = new Reading(view, table, reader);
            if (reading.unknowns.isEmpty()) {
                continue;
            }
            FeasibleRange solver = reading.solver();
            boolean small = reading.grandTotalKnown() && reading.unknowns.size() <= 40;
            long[][] brute = small ? reading.enumerate(300_000) : null;
            if (brute != null) {
                enumerated++;
            }
            for (int k = 0; k < reading.unknowns.size(); k++) {
                int[] figure = reading.unknowns.get(k);
                String what = "reader " + (reader == null ? "ministry" : reader) + ", figure " + figure[0] + ","
                        + figure[1] + " of " + table + " published as " + view;
                double min = solver.min(k);
                double max = solver.max(k);
                if (brute != null) {
                    assertThat(new double[] {min, max})
                            .as("solver vs enumeration, " + what)
                            .containsExactly((double) brute[0][k], (double) brute[1][k]);
                }
                if (mustProtect(table, reader, figure[0])) {
                    assertThat(max - min).as("range of " + what).isGreaterThanOrEqualTo(SmallCells.THRESHOLD);
                }
            }
        }
        return enumerated;
    }

    /** Minimal in one sense: showing any one secondary suppression again would break the rule. */
    static void assertEverySecondarySuppressionIsNeeded(Table table, Protected view) {
        int rows = table.rows();
        int columns = table.columns();
        Cell[][] grid = new Cell[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                grid[r][c] = published(view, rows, columns, r, c);
            }
        }
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                if (grid[r][c].suppression() == SECONDARY) {
                    grid[r][c] = Cell.of(truth(table, r, c));
                    assertThat(isSafe(table, view(grid, rows, columns)))
                            .as("figure %d,%d of %s hidden needlessly in %s", r, c, table, view)
                            .isFalse();
                    grid[r][c] = Cell.hidden(SECONDARY);
                }
            }
        }
    }

    /** The rule, as a yes or no, by the solver alone. */
    static boolean isSafe(Table table, Protected view) {
        for (String reader : readers(table)) {
            Reading reading = new Reading(view, table, reader);
            FeasibleRange solver = reading.unknowns.isEmpty() ? null : reading.solver();
            for (int k = 0; k < reading.unknowns.size(); k++) {
                int[] figure = reading.unknowns.get(k);
                if (mustProtect(table, reader, figure[0])
                        && !solver.spans(k, SmallCells.THRESHOLD, truth(table, figure[0], figure[1]))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The ministry guards every suppressed figure; a tenant the cells and row totals of others' rows. */
    static boolean mustProtect(Table table, String reader, int row) {
        return reader == null
                || (row < table.rows() && !reader.equals(table.rowOwners().get(row)));
    }

    static long[] range(Protected view, Table table, String reader, int row, int column) {
        Reading reading = new Reading(view, table, reader);
        FeasibleRange solver = reading.solver();
        for (int k = 0; k < reading.unknowns.size(); k++) {
            if (Arrays.equals(reading.unknowns.get(k), new int[] {row, column})) {
                return new long[] {Math.round(solver.min(k)), Math.round(solver.max(k))};
            }
        }
        throw new AssertionError("figure " + row + "," + column + " is known to " + reader);
    }

    /**
     * What one reader can set up from the published view and, for a tenant, its own rows: the
     * figures it does not know and the equations of the table (every row's and column's cells add up
     * to its total, the totals to the grand total). Figures are addressed in the grid with the column
     * totals as row {@code rows} and the row totals as column {@code columns}.
     */
    static final class Reading {
        final int rows;
        final int columns;
        final long[][] known; // -1: unknown
        final int[][] index;
        final List<int[]> unknowns = new ArrayList<>();
        final List<int[]> equationUnknowns = new ArrayList<>();
        final List<int[]> equationSigns = new ArrayList<>();
        final List<Long> equationValues = new ArrayList<>();

        Reading(Protected view, Table table, String reader) {
            rows = table.rows();
            columns = table.columns();
            known = new long[rows + 1][columns + 1];
            index = new int[rows + 1][columns + 1];
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    Cell cell = published(view, rows, columns, r, c);
                    boolean own = reader != null
                            && r < rows
                            && reader.equals(table.rowOwners().get(r));
                    known[r][c] = cell.shown() ? cell.value() : own ? truth(table, r, c) : -1;
                    index[r][c] = known[r][c] < 0 ? unknowns.size() : -1;
                    if (known[r][c] < 0) {
                        unknowns.add(new int[] {r, c});
                    }
                }
            }
            for (int r = 0; r <= rows; r++) {
                List<int[]> line = new ArrayList<>();
                for (int c = 0; c <= columns; c++) {
                    line.add(new int[] {r, c, c == columns ? -1 : 1});
                }
                addEquation(line);
            }
            for (int c = 0; c <= columns; c++) {
                List<int[]> line = new ArrayList<>();
                for (int r = 0; r <= rows; r++) {
                    line.add(new int[] {r, c, r == rows ? -1 : 1});
                }
                addEquation(line);
            }
        }

        private void addEquation(List<int[]> terms) {
            List<int[]> variables = new ArrayList<>();
            long value = 0;
            for (int[] term : terms) {
                long v = known[term[0]][term[1]];
                if (v < 0) {
                    variables.add(new int[] {index[term[0]][term[1]], term[2]});
                } else {
                    value -= term[2] * v;
                }
            }
            if (variables.isEmpty()) {
                assertThat(value).as("published figures add up").isZero();
                return;
            }
            equationUnknowns.add(variables.stream().mapToInt(v -> v[0]).toArray());
            equationSigns.add(variables.stream().mapToInt(v -> v[1]).toArray());
            equationValues.add(value);
        }

        boolean grandTotalKnown() {
            return known[rows][columns] >= 0;
        }

        FeasibleRange solver() {
            double[][] a = new double[equationValues.size()][unknowns.size()];
            double[] b = new double[equationValues.size()];
            for (int e = 0; e < b.length; e++) {
                for (int i = 0; i < equationUnknowns.get(e).length; i++) {
                    a[e][equationUnknowns.get(e)[i]] = equationSigns.get(e)[i];
                }
                b[e] = equationValues.get(e);
            }
            return new FeasibleRange(a, b);
        }

        /**
         * The least and greatest value of every unknown over all whole-number completions, found
         * without the solver: a depth-first search for a completion, with the equations narrowing
         * each unknown's interval as values are fixed (bounds propagation), asked for every unknown
         * and every candidate value from the ends inwards until one has a completion. Only when the
         * grand total is known, which bounds every figure. Returns {min[], max[]}, or null when the
         * search would take more than {@code budget} steps.
         */
        long[][] enumerate(long budget) {
            if (!grandTotalKnown()) {
                throw new IllegalStateException("unbounded search");
            }
            int n = unknowns.size();
            long[] low = new long[n];
            long[] high = new long[n];
            Arrays.fill(high, known[rows][columns]);
            Search search = new Search(budget);
            assertThat(search.propagate(low, high))
                    .as("the truth is a solution")
                    .isTrue();
            try {
                assertThat(search.find(low, high)).as("the truth is a solution").isTrue();
                for (int k = 0; k < n; k++) {
                    for (long v = low[k]; v < search.min[k]; v++) {
                        if (search.find(fix(low, k, v), fix(high, k, v))) {
                            break;
                        }
                    }
                    for (long v = high[k]; v > search.max[k]; v--) {
                        if (search.find(fix(low, k, v), fix(high, k, v))) {
                            break;
                        }
                    }
                }
            } catch (OverBudget e) {
                return null;
            }
            return new long[][] {search.min, search.max};
        }

        private static long[] fix(long[] bounds, int k, long v) {
            long[] copy = bounds.clone();
            copy[k] = v;
            return copy;
        }

        static final class OverBudget extends RuntimeException {
            private static final long serialVersionUID = 1L;
        }

        final class Search {
            final long[] min;
            final long[] max;
            final long budget;
            long steps;

            Search(long budget) {
                int n = unknowns.size();
                this.budget = budget;
                min = new long[n];
                max = new long[n];
                Arrays.fill(min, Long.MAX_VALUE);
                Arrays.fill(max, Long.MIN_VALUE);
            }

            /** Whether a completion lies within the bounds; records the first one found. */
            boolean find(long[] low, long[] high) {
                if (++steps > budget) {
                    throw new OverBudget();
                }
                if (!propagate(low, high)) {
                    return false;
                }
                int k = 0;
                while (k < low.length && low[k] == high[k]) {
                    k++;
                }
                if (k == low.length) {
                    for (int i = 0; i < low.length; i++) {
                        min[i] = Math.min(min[i], low[i]);
                        max[i] = Math.max(max[i], low[i]);
                    }
                    return true;
                }
                long[] l = low.clone();
                long[] h = high.clone();
                h[k] = low[k];
                if (find(l, h)) {
                    return true;
                }
                l = low.clone();
                h = high.clone();
                l[k] = low[k] + 1;
                return find(l, h);
            }

            /** Narrows every unknown to what the equations allow; false if some interval empties. */
            boolean propagate(long[] low, long[] high) {
                boolean changed = true;
                while (changed) {
                    changed = false;
                    for (int e = 0; e < equationValues.size(); e++) {
                        int[] vars = equationUnknowns.get(e);
                        int[] signs = equationSigns.get(e);
                        long value = equationValues.get(e);
                        long sumLow = 0; // of sign * y over the equation
                        long sumHigh = 0;
                        for (int i = 0; i < vars.length; i++) {
                            sumLow += signs[i] > 0 ? low[vars[i]] : -high[vars[i]];
                            sumHigh += signs[i] > 0 ? high[vars[i]] : -low[vars[i]];
                        }
                        if (value < sumLow || value > sumHigh) {
                            return false;
                        }
                        for (int i = 0; i < vars.length; i++) {
                            int k = vars[i];
                            long termLow = signs[i] > 0 ? low[k] : -high[k];
                            long termHigh = signs[i] > 0 ? high[k] : -low[k];
                            // sign * y = value - rest, rest within [sumLow - termLow, sumHigh - termHigh]
                            long from = value - (sumHigh - termHigh);
                            long to = value - (sumLow - termLow);
                            long newLow = signs[i] > 0 ? from : -to;
                            long newHigh = signs[i] > 0 ? to : -from;
                            if (newLow > low[k] || newHigh < high[k]) {
                                low[k] = Math.max(low[k], newLow);
                                high[k] = Math.min(high[k], newHigh);
                                if (low[k] > high[k]) {
                                    return false;
                                }
                                changed = true;
                                break; // the sums are stale now
                            }
                        }
                    }
                }
                return true;
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    static Table randomTable(Random random, int rows, int columns, int owners) {
        long[][] counts = new long[rows][columns];
        List<String> rowOwners = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            rowOwners.add("tenant-" + (char) ('a' + random.nextInt(owners)));
            for (int c = 0; c < columns; c++) {
                counts[r][c] = random.nextInt(10) < 6 ? random.nextInt(7) : random.nextInt(60);
            }
        }
        return new Table(rowOwners, counts);
    }

    static Table copy(Table table) {
        return new Table(new ArrayList<>(table.rowOwners()), table.counts());
    }

    static List<String> readers(Table table) {
        List<String> readers = new ArrayList<>();
        readers.add(null);
        readers.addAll(new TreeSet<>(table.rowOwners()));
        return readers;
    }

    static long truth(Table table, int r, int c) {
        boolean totalRow = r == table.rows();
        boolean totalColumn = c == table.columns();
        if (totalRow && totalColumn) {
            return table.grandTotal();
        }
        return totalRow ? table.columnTotal(c) : totalColumn ? table.rowTotal(r) : table.count(r, c);
    }

    static Cell published(Protected view, int rows, int columns, int r, int c) {
        if (r == rows && c == columns) {
            return view.grandTotal();
        }
        return r == rows ? view.columnTotal(c) : c == columns ? view.rowTotal(r) : view.cell(r, c);
    }

    static Protected view(Cell[][] grid, int rows, int columns) {
        List<List<Cell>> cells = new ArrayList<>();
        List<Cell> rowTotals = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            cells.add(List.of(grid[r]).subList(0, columns));
            rowTotals.add(grid[r][columns]);
        }
        return new Protected(cells, rowTotals, List.of(grid[rows]).subList(0, columns), grid[rows][columns]);
    }

    static Suppression[][] suppressions(Protected view) {
        int rows = view.rowTotals().size();
        int columns = view.columnTotals().size();
        Suppression[][] result = new Suppression[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                result[r][c] = published(view, rows, columns, r, c).suppression();
            }
        }
        return result;
    }

    /** One line per row of the grid (column totals last, row totals rightmost): P, S or . for shown. */
    static List<String> pattern(Protected view) {
        List<String> lines = new ArrayList<>();
        for (Suppression[] row : suppressions(view)) {
            StringBuilder line = new StringBuilder();
            for (Suppression s : row) {
                line.append(line.length() == 0 ? "" : " ")
                        .append(s == NONE ? '.' : s.name().charAt(0));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    static int countSuppressed(Protected view) {
        int n = 0;
        for (Suppression[] row : suppressions(view)) {
            for (Suppression s : row) {
                n += s == NONE ? 0 : 1;
            }
        }
        return n;
    }
}
