package de.fachtag.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Statistical disclosure control for the figure tables a ministry sees: which counts of people may
 * be published and which must be suppressed.
 *
 * <h2>The view</h2>
 *
 * A view is a {@link Table}: rows × columns of non-negative counts with its row totals, column
 * totals and grand total; a one-dimensional list is a table with one column. Every one of these
 * numbers is a <em>figure</em>, and totals are protected like cells. Each row belongs to an owner
 * (the tenant whose registrations it counts); several rows may share one.
 *
 * <h2>The rule</h2>
 *
 * <ol>
 * <li><b>Primary suppression.</b> No figure of 1 to 4 ({@code 1 ≤ n < THRESHOLD}) is shown, whether
 * cell or total. 0 is shown (it is never suppressed as primary).
 * <li><b>The reader.</b> Whoever sees the view knows every shown figure exactly, knows that each row's
 * cells add up to its row total, each column's cells to its column total, and row totals as well as
 * column totals to the grand total, and knows that every suppressed figure is a whole number
 * {@code ≥ 0} — nothing more. In particular the reader is <em>not</em> assumed to know that a
 * primary suppression lies in 1..4: with that knowledge no primary figure could ever have a range of
 * 5, so the rule would be unsatisfiable; what the rule guarantees instead is that the published
 * figures leave every suppressed figure open over a range of at least 5.
 * <li><b>Safe.</b> For every suppressed figure (primary or secondary, cell or total) the smallest and
 * the largest value consistent with that knowledge are at least {@code THRESHOLD} apart
 * ({@code max − min ≥ 5}; an unbounded maximum counts as wide enough).
 * <li><b>The tenant as reader.</b> The same must hold for every owner reading the view while knowing
 * its own rows exactly (every cell and the row total of every row it owns): every suppressed cell or
 * row total of a row owned by <em>another</em> owner must keep a range of at least 5. Suppressed
 * figures of its own rows need no protection from it. Column totals and the grand total are not
 * checked against a tenant: what a tenant does not know of them is the sum of other owners' cells in
 * that column, so if a tenant could pin down a suppressed column total of 1..4, every other owner's
 * suppressed cell in that column would be pinned to a range below 5 and already fail; and a column
 * total of 5 or more that a tenant can work out tells it no more than a shown total would.
 * </ol>
 *
 * A range is that of a linear programme (one minimisation and one maximisation per suppressed
 * figure); the equations of a table are totally unimodular, so the ranges over real numbers are
 * exactly the ranges over whole numbers. The equations are those of a network, so {@link #protect}
 * finds each range as a flow of at most {@link #THRESHOLD} units through the suppressed figures
 * (a few augmenting paths), and keeps the figures such a flow used as a witness that answers most
 * later checks without searching; {@link #protectByLinearProgrammes} solves the linear programmes
 * over all unknowns with {@link FeasibleRange} instead and publishes exactly the same, only much
 * more slowly (seconds to minutes on tables of a few thousand rows).
 *
 * <h2>Choosing secondary suppressions</h2>
 *
 * After primary suppression the view is checked reader by reader (first the ministry, then each
 * owner in alphabetical order) and figure by figure (primary before secondary, each row by row with
 * the row total after the row's cells, the column totals and the grand total last). The first figure whose range is below 5 is opened by suppressing the rest of
 * the cheapest rectangle through it: a second row (another row or the column totals) and a second
 * column (another column or the row totals) whose four corners let the figure move by at least 5
 * while all published sums stay put, without touching the reading tenant's own rows. "Cheapest"
 * means: fewest newly suppressed zeros, then fewest people newly hidden (the sum of the newly
 * suppressed figures), then fewest newly suppressed figures, then the lowest row, then the lowest
 * column. Already suppressed corners cost nothing, so rectangles share suppressions. Then the check
 * starts again, until every reader is satisfied. Suppressing more never narrows a range, so a figure
 * found safe stays safe and is not checked again; each step suppresses at least one more figure, and
 * a view with everything suppressed is safe, so this ends.
 *
 * <p>Rectangles chosen one at a time overlap, so a last pass shows again every secondary suppression
 * the view can do without (largest figures first, each time checking every reader in full) and
 * repeats until a pass shows nothing more. The result is deterministic, and no single secondary
 * suppression in it could be shown, though it is not necessarily the smallest possible suppression
 * (finding that is NP-hard).
 */
public final class SmallCells {

    /** Figures from 1 up to, not including, this value are never shown; so is the least range width. */
    public static final int THRESHOLD = 5;

    private SmallCells() {}

    /** Why a figure is not shown. */
    public enum Suppression {
        /** Shown. */
        NONE,
        /** Suppressed because it counts 1 to 4 people. */
        PRIMARY,
        /** Suppressed so that a primary (or another secondary) figure cannot be worked out. */
        SECONDARY
    }

    /**
     * A figure as published: a count, or the reason it is suppressed. A suppressed cell does not carry
     * its true value ({@code value()} is {@code -1}), so nothing downstream can print it by mistake.
     */
    public record Cell(long value, Suppression suppression) {

        /** The {@link #value()} of a suppressed cell. */
        public static final long HIDDEN = -1;

        public Cell {
            Objects.requireNonNull(suppression, "suppression");
            if (suppression == Suppression.NONE ? value < 0 : value != HIDDEN) {
                throw new IllegalArgumentException(
                        "a shown cell has a value >= 0, a suppressed one none: " + value + " " + suppression);
            }
        }

        /** A shown figure. */
        public static Cell of(long value) {
            return new Cell(value, Suppression.NONE);
        }

        /** A suppressed figure. */
        public static Cell hidden(Suppression why) {
            if (why == Suppression.NONE) {
                throw new IllegalArgumentException("a hidden cell needs a reason");
            }
            return new Cell(HIDDEN, why);
        }

        public boolean shown() {
            return suppression == Suppression.NONE;
        }

        /** The figure as a page might print it: the number, "< 5" or "–". */
        @Override
        public String toString() {
            return switch (suppression) {
                case NONE -> Long.toString(value);
                case PRIMARY -> "< " + THRESHOLD;
                case SECONDARY -> "–";
            };
        }
    }

    /**
     * A view before protection: {@code counts[row][column]} with the owner (tenant id) of each row.
     * The totals are derived. The arrays are copied on the way in and out.
     */
    public record Table(List<String> rowOwners, long[][] counts) {

        public Table {
            rowOwners = List.copyOf(rowOwners);
            Objects.requireNonNull(counts, "counts");
            if (counts.length == 0 || counts.length != rowOwners.size()) {
                throw new IllegalArgumentException("need at least one row and one owner per row: " + counts.length
                        + " rows, " + rowOwners.size() + " owners");
            }
            long[][] copy = new long[counts.length][];
            long grand = 0;
            for (int r = 0; r < counts.length; r++) {
                copy[r] = counts[r].clone();
                if (copy[r].length == 0 || copy[r].length != copy[0].length) {
                    throw new IllegalArgumentException("rows must be of equal, non-zero length");
                }
                for (long count : copy[r]) {
                    if (count < 0) {
                        throw new IllegalArgumentException("negative count " + count + " in row " + r);
                    }
                    grand = Math.addExact(grand, count);
                }
            }
            if (grand > 1L << 52) {
                throw new IllegalArgumentException("counts too large to solve exactly: " + grand);
            }
            counts = copy;
        }

        /** One owner per row, for a table whose rows all belong to that owner. */
        public static Table of(String owner, long[][] counts) {
            return new Table(Collections.nCopies(counts.length, owner), counts);
        }

        @Override
        public long[][] counts() {
            long[][] copy = new long[counts.length][];
            for (int r = 0; r < counts.length; r++) {
                copy[r] = counts[r].clone();
            }
            return copy;
        }

        public int rows() {
            return counts.length;
        }

        public int columns() {
            return counts[0].length;
        }

        public long count(int row, int column) {
            return counts[row][column];
        }

        public long rowTotal(int row) {
            return Arrays.stream(counts[row]).sum();
        }

        public long columnTotal(int column) {
            long sum = 0;
            for (long[] row : counts) {
                sum += row[column];
            }
            return sum;
        }

        public long grandTotal() {
            return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Table that
                    && rowOwners.equals(that.rowOwners)
                    && Arrays.deepEquals(counts, that.counts);
        }

        @Override
        public int hashCode() {
            return 31 * rowOwners.hashCode() + Arrays.deepHashCode(counts);
        }

        @Override
        public String toString() {
            return "Table[rowOwners=" + rowOwners + ", counts=" + Arrays.deepToString(counts) + "]";
        }
    }

    /** A view as published: every cell and total, shown or suppressed. Immutable. */
    public record Protected(List<List<Cell>> cells, List<Cell> rowTotals, List<Cell> columnTotals, Cell grandTotal) {

        public Protected {
            cells = cells.stream().map(List::copyOf).toList();
            rowTotals = List.copyOf(rowTotals);
            columnTotals = List.copyOf(columnTotals);
            Objects.requireNonNull(grandTotal, "grandTotal");
        }

        public Cell cell(int row, int column) {
            return cells.get(row).get(column);
        }

        public Cell rowTotal(int row) {
            return rowTotals.get(row);
        }

        public Cell columnTotal(int column) {
            return columnTotals.get(column);
        }
    }

    /** Suppresses what must not be shown in {@code table}; the same table always gives the same result. */
    public static Protected protect(Table table) {
        return new Protection(table, false).run();
    }

    /**
     * The same rule with every range found by the linear programmes of {@link FeasibleRange} over all
     * figures a reader does not know: slow on large tables, kept as the reference that
     * {@link #protect} must agree with.
     */
    static Protected protectByLinearProgrammes(Table table) {
        return new Protection(table, true).run();
    }

    /**
     * One run of the rule over the extended grid: rows {@code 0..rows-1} and the column-total row
     * {@code rows}, columns {@code 0..columns-1} and the row-total column {@code columns}. In that grid
     * every row's and every column's inner figures add up to its last figure.
     */
    private static final class Protection {

        private final int rows;
        private final int columns;
        private final long[][] value;
        private final Suppression[][] status;
        private final List<String> rowOwners;
        /** null (the ministry, or anyone reading the view) and then every owner, sorted. */
        private final List<String> readers = new ArrayList<>();
        /**
         * Per reader: the suppressed figures it must not narrow down that are not yet found safe
         * (found safe once, safe for good), primary and secondary apart, each by {@code r * (columns
         * + 1) + c}, so row by row in the order {@link #findWeak} checks them; a check looks at these
         * few figures instead of the whole grid.
         */
        private final BitSet[] pendingPrimary;

        private final BitSet[] pendingSecondary;
        /** Per reader: how many figures are pending. */
        private final int[] unsafe;
        /** Check ranges by the linear programmes over everything (the reference) instead of flows. */
        private final boolean byLinearProgrammes;
        /** Per row of the table: the index of its owner in {@link #readers}. */
        private final int[] rowReader;

        private final Flows flows;

        Protection(Table table, boolean byLinearProgrammes) {
            this.byLinearProgrammes = byLinearProgrammes;
            rows = table.rows();
            columns = table.columns();
            rowOwners = table.rowOwners();
            value = new long[rows + 1][columns + 1];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    long count = table.count(r, c);
                    value[r][c] = count;
                    value[r][columns] += count;
                    value[rows][c] += count;
                    value[rows][columns] += count;
                }
            }
            status = new Suppression[rows + 1][columns + 1];
            readers.add(null);
            readers.addAll(new TreeSet<>(rowOwners));
            pendingPrimary = new BitSet[readers.size()];
            pendingSecondary = new BitSet[readers.size()];
            for (int x = 0; x < readers.size(); x++) {
                pendingPrimary[x] = new BitSet();
                pendingSecondary[x] = new BitSet();
            }
            unsafe = new int[readers.size()];
            rowReader = new int[rows];
            for (int r = 0; r < rows; r++) {
                rowReader[r] = readers.indexOf(rowOwners.get(r));
            }
            flows = new Flows();
        }

        Protected run() {
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    long v = value[r][c];
                    status[r][c] = v >= 1 && v < THRESHOLD ? Suppression.PRIMARY : Suppression.NONE;
                    if (status[r][c] != Suppression.NONE) {
                        countUnsafe(r, c);
                    }
                }
            }
            for (int[] weak = findWeak(); weak != null; weak = findWeak()) {
                open(weak[0], weak[1], weak[2]);
            }
            trim();
            return published();
        }

        /**
         * Shows again every secondary suppression the view can do without, trying the largest
         * figures first: rectangles chosen one at a time often overlap so that a corner is no longer
         * needed.
         */
        private void trim() {
            List<int[]> secondary = new ArrayList<>();
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    if (status[r][c] == Suppression.SECONDARY) {
                        secondary.add(new int[] {r, c});
                    }
                }
            }
            // largest first, then by row and column (the sort is stable)
            secondary.sort((p, q) -> Long.compare(value[q[0]][q[1]], value[p[0]][p[1]]));
            // Showing one figure can free another tried before it (which then no longer needs a
            // range of its own), so repeat until a round shows nothing more.
            for (boolean shown = true; shown; ) {
                shown = false;
                for (var it = secondary.iterator(); it.hasNext(); ) {
                    int[] figure = it.next();
                    status[figure[0]][figure[1]] = Suppression.NONE;
                    flows.removed(figure[0], figure[1]);
                    if (safeWithout(figure[0], figure[1])) {
                        flows.shown(figure[0], figure[1]);
                        it.remove();
                        shown = true;
                    } else {
                        status[figure[0]][figure[1]] = Suppression.SECONDARY;
                        flows.added(figure[0], figure[1]);
                    }
                }
            }
        }

        /**
         * Whether every reader is satisfied now that figure (r, c) is shown: a full check, except for
         * readers that know the figure anyway; figures in its row or column are checked first, since
         * they are the ones most likely to be given away.
         */
        private boolean safeWithout(int r, int c) {
            return byLinearProgrammes ? safeWithoutByLinearProgrammes(r, c) : flows.safeWithout(r, c);
        }

        private boolean safeWithoutByLinearProgrammes(int r, int c) {
            for (int x = 0; x < readers.size(); x++) {
                String reader = readers.get(x);
                if (reader != null && r < rows && reader.equals(rowOwners.get(r))) {
                    continue;
                }
                List<int[]> near = new ArrayList<>();
                List<int[]> far = new ArrayList<>();
                for (int k = 0; k <= rows; k++) {
                    for (int l = 0; l <= columns; l++) {
                        if (status[k][l] != Suppression.NONE && mustProtect(x, k, l)) {
                            (k == r || l == c ? near : far).add(new int[] {k, l});
                        }
                    }
                }
                if (near.isEmpty() && far.isEmpty()) {
                    continue;
                }
                near.addAll(far);
                int[][] variable = new int[rows + 1][columns + 1];
                FeasibleRange ranges = ranges(x, variable);
                for (int[] figure : near) {
                    if (!ranges.spans(variable[figure[0]][figure[1]], THRESHOLD, value[figure[0]][figure[1]])) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** {reader, row, column} of the first figure whose range is too narrow, or null. */
        private int[] findWeak() {
            for (int x = 0; x < readers.size(); x++) {
                if (unsafe[x] == 0) {
                    continue;
                }
                int[][] variable = byLinearProgrammes ? new int[rows + 1][columns + 1] : null;
                FeasibleRange ranges = byLinearProgrammes ? ranges(x, variable) : null;
                for (BitSet pending : new BitSet[] {pendingPrimary[x], pendingSecondary[x]}) {
                    for (int f = pending.nextSetBit(0); f >= 0; f = pending.nextSetBit(f + 1)) {
                        int r = f / (columns + 1);
                        int c = f % (columns + 1);
                        boolean spans = byLinearProgrammes
                                ? ranges.spans(variable[r][c], THRESHOLD, value[r][c])
                                : flows.spans(x, r, c);
                        if (!spans) {
                            return new int[] {x, r, c};
                        }
                        pending.clear(f);
                        unsafe[x]--;
                    }
                }
            }
            return null;
        }

        /** Whether reader {@code x} must not be able to narrow down figure (r, c), when suppressed. */
        private boolean mustProtect(int x, int r, int c) {
            return x == 0 || (r < rows && rowReader[r] != x);
        }

        /** Whether reader {@code x} knows figure (r, c): shown, or in one of its own rows. */
        private boolean knows(int x, int r, int c) {
            String reader = readers.get(x);
            return status[r][c] == Suppression.NONE || (reader != null && r < rows && reader.equals(rowOwners.get(r)));
        }

        /**
         * The equations reader {@code x} can set up: each row and each column of the extended grid,
         * with what it knows on the right-hand side. {@code variable} receives the unknown's index of
         * every figure the reader does not know.
         */
        private FeasibleRange ranges(int x, int[][] variable) {
            int n = 0;
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    variable[r][c] = knows(x, r, c) ? -1 : n++;
                }
            }
            List<double[]> a = new ArrayList<>();
            List<Double> b = new ArrayList<>();
            for (int line = 0; line <= rows + columns + 1; line++) {
                boolean isRow = line <= rows;
                int fixed = isRow ? line : line - rows - 1;
                int length = isRow ? columns : rows; // index of the total in this line
                double[] coefficients = new double[n];
                double rhs = 0;
                boolean any = false;
                for (int i = 0; i <= length; i++) {
                    int r = isRow ? fixed : i;
                    int c = isRow ? i : fixed;
                    double sign = i == length ? -1 : 1;
                    if (variable[r][c] >= 0) {
                        coefficients[variable[r][c]] = sign;
                        any = true;
                    } else {
                        rhs -= sign * value[r][c];
                    }
                }
                if (any) {
                    a.add(coefficients);
                    b.add(rhs);
                }
            }
            return new FeasibleRange(
                    a.toArray(double[][]::new),
                    b.stream().mapToDouble(Double::doubleValue).toArray());
        }

        /**
         * Suppresses the rest of the cheapest rectangle through figure (r, c) that reader {@code x}
         * cannot see through: rows r and k, columns c and l, where the four corners can move by
         * {@code ±t} (signs alternating between two inner rows or columns, equal between an inner one
         * and its total) without changing any published sum.
         */
        private void open(int x, int r, int c) {
            long[] best = null;
            long[] valueR = value[r];
            Suppression[] statusR = status[r];
            for (int k = 0; k <= rows; k++) {
                if (k == r || (x > 0 && k < rows && rowReader[k] == x)) {
                    continue;
                }
                if (best != null && best[0] == 0 && status[k][c] == Suppression.NONE) {
                    // Every rectangle through row k newly suppresses (k, c): with a wide one found
                    // already, none of them can be cheaper if that corner alone costs more zeros, or
                    // as many zeros and more people (zeros and people only add up); ties keep the first.
                    long zeros = value[k][c] == 0 ? 1 : 0;
                    if (zeros > best[2] || (zeros == best[2] && value[k][c] > best[3])) {
                        continue;
                    }
                }
                int rowSign = r < rows && k < rows ? -1 : 1;
                long[] valueK = value[k];
                Suppression[] statusK = status[k];
                long vkc = valueK[c];
                boolean newKc = statusK[c] == Suppression.NONE;
                for (int l = 0; l <= columns; l++) {
                    if (l == c) {
                        continue;
                    }
                    int columnSign = c < columns && l < columns ? -1 : 1;
                    // the corners (r, l), (k, c) and (k, l), moving with the figure (sign > 0) or against it
                    long up = valueR[c]; // least value among corners moving with the figure
                    long down = Long.MAX_VALUE; // ... and against it
                    long zeros = 0;
                    long people = 0;
                    long added = 0;
                    long v = valueR[l];
                    if (columnSign > 0) {
                        up = Math.min(up, v);
                    } else {
                        down = Math.min(down, v);
                    }
                    if (statusR[l] == Suppression.NONE) {
                        added++;
                        people += v;
                        zeros += v == 0 ? 1 : 0;
                    }
                    if (rowSign > 0) {
                        up = Math.min(up, vkc);
                    } else {
                        down = Math.min(down, vkc);
                    }
                    if (newKc) {
                        added++;
                        people += vkc;
                        zeros += vkc == 0 ? 1 : 0;
                    }
                    v = valueK[l];
                    if (rowSign * columnSign > 0) {
                        up = Math.min(up, v);
                    } else {
                        down = Math.min(down, v);
                    }
                    if (statusK[l] == Suppression.NONE) {
                        added++;
                        people += v;
                        zeros += v == 0 ? 1 : 0;
                    }
                    if (added == 0) {
                        continue; // already suppressed, so already part of the range found too narrow
                    }
                    long span = down == Long.MAX_VALUE ? Long.MAX_VALUE : up + down;
                    long narrow = span >= THRESHOLD ? 0 : 1;
                    long shortfall = span >= THRESHOLD ? 0 : -span;
                    // compared as {narrow, shortfall, zeros, people, added, k, l}; k and l only grow
                    if (best == null || compare(narrow, shortfall, zeros, people, added, best) < 0) {
                        best = new long[] {narrow, shortfall, zeros, people, added, k, l};
                    }
                }
            }
            if (best == null) {
                // Cannot happen: the rectangle through the row total, the column total and the grand
                // total leaves the figure unbounded, so it is a candidate until all of it is suppressed.
                throw new IllegalStateException("figure " + r + "," + c + " exposed with nothing left to suppress");
            }
            int k = (int) best[5];
            int l = (int) best[6];
            suppress(r, l);
            suppress(k, c);
            suppress(k, l);
        }

        /** Compares a rectangle's costs with the first five of {@code best}, in that order. */
        private static int compare(long narrow, long shortfall, long zeros, long people, long added, long[] best) {
            int order = Long.compare(narrow, best[0]);
            order = order != 0 ? order : Long.compare(shortfall, best[1]);
            order = order != 0 ? order : Long.compare(zeros, best[2]);
            order = order != 0 ? order : Long.compare(people, best[3]);
            return order != 0 ? order : Long.compare(added, best[4]);
        }

        private void suppress(int r, int c) {
            if (status[r][c] == Suppression.NONE) {
                status[r][c] = Suppression.SECONDARY;
                countUnsafe(r, c);
                flows.added(r, c);
            }
        }

        /** Counts newly suppressed figure (r, c) as not yet safe for every reader that must not narrow it. */
        private void countUnsafe(int r, int c) {
            for (int x = 0; x < readers.size(); x++) {
                if (mustProtect(x, r, c)) {
                    (status[r][c] == Suppression.PRIMARY ? pendingPrimary : pendingSecondary)
                            [x].set(r * (columns + 1) + c);
                    unsafe[x]++;
                }
            }
        }

        private Protected published() {
            List<List<Cell>> cells = new ArrayList<>();
            List<Cell> rowTotals = new ArrayList<>();
            List<Cell> columnTotals = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                List<Cell> row = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    row.add(cell(r, c));
                }
                cells.add(row);
                rowTotals.add(cell(r, columns));
            }
            for (int c = 0; c < columns; c++) {
                columnTotals.add(cell(rows, c));
            }
            return new Protected(cells, rowTotals, columnTotals, cell(rows, columns));
        }

        private Cell cell(int r, int c) {
            return status[r][c] == Suppression.NONE ? Cell.of(value[r][c]) : Cell.hidden(status[r][c]);
        }

        /**
         * The ranges as flows. Turned into a network (row {@code r}'s equation kept, every inner
         * column's and the column-total row's equation negated), every figure is an arc: an inner
         * cell from its row to its column, a row total from the row-total column to its row, a column
         * total from its column to the column-total row, and the grand total from there to the
         * row-total column. The figures a reader does not know are then a flow with the known
         * figures as fixed supplies, and any other completion differs from the true one by a
         * circulation over those arcs that keeps every arc at 0 or more. So figure {@code f} can
         * rise by as much as a flow from its head back to its tail can carry in the residual network
         * of the true values without {@code f} (forward along an arc without limit, backward by at
         * most the arc's true value), and fall by as much as a flow from its tail to its head,
         * never below 0: exactly the range of the linear programme, found by at most a few
         * augmenting paths since only a width of {@link #THRESHOLD} is asked for.
         *
         * <p>The arcs such flows use are kept as a witness of the figure's range: it holds for every
         * reader that knows none of them, as long as all of them stay suppressed. Most checks (the
         * other readers, the same reader again, the final pass, where showing a figure only
         * concerns the figures whose witnesses use it) are answered by a witness without searching.
         */
        private final class Flows {

            private final int width = columns + 1;
            /** The node of the column-total row and of the row-total column. */
            private final int totalsRow = rows;

            private final int totalsColumn = rows + 1 + columns;
            private final int nodes = rows + columns + 2;

            @SuppressWarnings("unchecked")
            private final List<Witness>[] byFigure = new List[(rows + 1) * width];

            @SuppressWarnings("unchecked")
            private final List<Witness>[] byArc = new List[(rows + 1) * width];
            /** Suppressed arcs at each node (the first {@code degree[node]}); built at the first search. */
            private int[][] incident;

            private final int[] degree = new int[nodes];
            private final long[] delta = new long[(rows + 1) * width];
            private final int[] parentArc = new int[nodes];
            private final int[] visited = new int[nodes];
            private int stamp;
            private final int[] queue = new int[nodes];
            /** The search from the sink: visited, the arc towards the sink, and its queue. */
            private final int[] visitedBack = new int[nodes];

            private final int[] childArc = new int[nodes];
            private final int[] queueBack = new int[nodes];
            /** Per arc: the figure's true value. */
            private final long[] arcValue = new long[(rows + 1) * width];
            /** Per arc: its tail and head node, and the reader owning its row (-1 for the column-total row). */
            private final int[] tailOf = new int[(rows + 1) * width];

            private final int[] headOf = new int[(rows + 1) * width];
            private final int[] arcReader = new int[(rows + 1) * width];

            Flows() {
                for (int arc = 0; arc < tailOf.length; arc++) {
                    int r = arc / width;
                    int c = arc % width;
                    arcValue[arc] = value[r][c];
                    if (r < rows) {
                        tailOf[arc] = c < columns ? r : totalsColumn;
                        headOf[arc] = c < columns ? rows + 1 + c : r;
                        arcReader[arc] = rowReader[r];
                    } else {
                        tailOf[arc] = c < columns ? rows + 1 + c : totalsRow;
                        headOf[arc] = c < columns ? totalsRow : totalsColumn;
                        arcReader[arc] = -1;
                    }
                }
            }

            /** The arcs the current search used (the first {@code usedCount}), marked by {@code usedStamp}. */
            private final int[] usedMark = new int[(rows + 1) * width];

            private int usedStamp;
            private int[] used = new int[16];
            private int usedCount;

            /**
             * A set of arcs that carries a range of at least the threshold for {@code figure}, sorted;
             * {@code broken} counts its arcs shown for the moment (only the final pass shows a figure
             * on trial; a witness through a figure shown for good is forgotten).
             */
            private static final class Witness {
                final int figure;
                final int[] arcs;
                final BitSet owners;
                int broken;

                Witness(int figure, int[] arcs, BitSet owners) {
                    this.figure = figure;
                    this.arcs = arcs;
                    this.owners = owners;
                }
            }

            /** Figure (r, c) is suppressed now. */
            void added(int r, int c) {
                int arc = r * width + c;
                if (incident != null) {
                    link(tail(arc), arc);
                    link(head(arc), arc);
                }
                if (byArc[arc] != null) {
                    for (Witness w : byArc[arc]) {
                        w.broken--;
                    }
                }
            }

            /** Figure (r, c) is shown now. */
            void removed(int r, int c) {
                int arc = r * width + c;
                if (incident != null) {
                    unlink(tail(arc), arc);
                    unlink(head(arc), arc);
                }
                if (byArc[arc] != null) {
                    for (Witness w : byArc[arc]) {
                        w.broken++;
                    }
                }
            }

            private void link(int node, int arc) {
                if (degree[node] == incident[node].length) {
                    incident[node] = Arrays.copyOf(incident[node], 2 * degree[node] + 4);
                }
                incident[node][degree[node]++] = arc;
            }

            private void unlink(int node, int arc) {
                int[] arcs = incident[node];
                for (int i = 0; i < degree[node]; i++) {
                    if (arcs[i] == arc) {
                        System.arraycopy(arcs, i + 1, arcs, i, degree[node] - i - 1);
                        degree[node]--;
                        return;
                    }
                }
            }

            /** Whether reader {@code x} cannot narrow suppressed figure (r, c) below the threshold. */
            boolean spans(int x, int r, int c) {
                int f = r * width + c;
                if (byFigure[f] != null) {
                    for (Witness w : byFigure[f]) {
                        if (holds(w, x)) {
                            return true;
                        }
                    }
                }
                Witness w = search(x, f);
                if (w == null) {
                    return false;
                }
                add(byFigure, f, w);
                for (int arc : w.arcs) {
                    add(byArc, arc, w);
                }
                return true;
            }

            /**
             * Whether every reader is satisfied now that figure (r, c) is shown, given that all were
             * before: only the figures with a witness through (r, c) may have lost their range.
             */
            boolean safeWithout(int r, int c) {
                int shown = r * width + c;
                if (byArc[shown] == null) {
                    return true;
                }
                int[] affected = new int[byArc[shown].size()];
                int n = 0;
                for (Witness w : byArc[shown]) {
                    if (w.figure != shown) {
                        affected[n++] = w.figure;
                    }
                }
                Arrays.sort(affected, 0, n);
                for (int i = 0; i < n; i++) {
                    int f = affected[i];
                    if (i > 0 && f == affected[i - 1]) {
                        continue;
                    }
                    int k = f / width;
                    int l = f % width;
                    if (status[k][l] == Suppression.NONE) {
                        continue;
                    }
                    for (int x = 0; x < readers.size(); x++) {
                        if (x > 0 && r < rows && rowReader[r] == x) {
                            continue; // knew the figure anyway
                        }
                        if (mustProtect(x, k, l) && !spans(x, k, l)) {
                            return false;
                        }
                    }
                }
                return true;
            }

            /** Forgets the witnesses that used figure (r, c), now shown for good. */
            void shown(int r, int c) {
                int shown = r * width + c;
                if (byArc[shown] != null) {
                    for (Witness w : byArc[shown]) {
                        if (byFigure[w.figure] != null) {
                            byFigure[w.figure].remove(w);
                        }
                    }
                }
                byArc[shown] = null;
                byFigure[shown] = null;
            }

            private static void add(List<Witness>[] index, int key, Witness w) {
                if (index[key] == null) {
                    index[key] = new ArrayList<>(2);
                }
                index[key].add(w);
            }

            private boolean holds(Witness w, int x) {
                return w.broken == 0 && !(x > 0 && w.owners.get(x));
            }

            /** Whether reader {@code x} knows suppressed figure {@code arc}: one of its own rows. */
            private boolean known(int x, int arc) {
                return x > 0 && arcReader[arc] == x;
            }

            private int tail(int arc) {
                return tailOf[arc];
            }

            private int head(int arc) {
                return headOf[arc];
            }

            /** A witness that figure {@code f} spans the threshold for reader {@code x}, or null. */
            private Witness search(int x, int f) {
                if (incident == null) {
                    index();
                }
                usedStamp++;
                usedCount = 0;
                use(f);
                long up = augment(x, f, head(f), tail(f), THRESHOLD);
                long down = 0;
                if (up < THRESHOLD) {
                    long v = value[f / width][f % width];
                    down = augment(x, f, tail(f), head(f), Math.min(v, THRESHOLD - up));
                }
                if (up < THRESHOLD && up + down < THRESHOLD) {
                    return null;
                }
                int[] arcs = Arrays.copyOf(used, usedCount);
                Arrays.sort(arcs);
                BitSet owners = new BitSet();
                for (int arc : arcs) {
                    if (arcReader[arc] >= 0) {
                        owners.set(arcReader[arc]);
                    }
                }
                return new Witness(f, arcs, owners);
            }

            /** Adds {@code arc} to the arcs the current search used. */
            private void use(int arc) {
                if (usedMark[arc] != usedStamp) {
                    usedMark[arc] = usedStamp;
                    if (usedCount == used.length) {
                        used = Arrays.copyOf(used, 2 * usedCount);
                    }
                    used[usedCount++] = arc;
                }
            }

            /**
             * Pushes up to {@code target} units from {@code source} to {@code sink} through the arcs
             * reader {@code x} does not know, except {@code f}, starting from the true values;
             * returns how many ({@code target} at once for a path without limit). The arcs used are
             * added to {@link #used}.
             */
            private long augment(int x, int f, int source, int sink, long target) {
                long pushed = 0;
                try {
                    while (pushed < target) {
                        if (!path(x, f, source, sink)) {
                            return pushed;
                        }
                        long bottleneck = Long.MAX_VALUE;
                        for (int node = sink; node != source; ) {
                            int arc = parentArc[node];
                            boolean forward = head(arc) == node;
                            if (!forward) {
                                bottleneck = Math.min(bottleneck, arcValue[arc] + delta[arc]);
                            }
                            node = forward ? tail(arc) : head(arc);
                        }
                        long amount = bottleneck == Long.MAX_VALUE ? 1 : Math.min(bottleneck, target - pushed);
                        for (int node = sink; node != source; ) {
                            int arc = parentArc[node];
                            boolean forward = head(arc) == node;
                            delta[arc] += forward ? amount : -amount;
                            use(arc);
                            node = forward ? tail(arc) : head(arc);
                        }
                        if (bottleneck == Long.MAX_VALUE) {
                            return target;
                        }
                        pushed += amount;
                    }
                    return pushed;
                } finally {
                    for (int i = 0; i < usedCount; i++) {
                        delta[used[i]] = 0; // every arc this search touched is among them
                    }
                }
            }

            /**
             * A breadth-first search for an augmenting path, from both ends at once (always widening
             * the side with less to scan, level by level): a figure's way round is mostly short,
             * while the nodes of the totals and of a busy column carry hundreds of arcs that a search
             * from one end scans before it arrives. Fills {@link #parentArc} from source to sink.
             */
            private boolean path(int x, int f, int source, int sink) {
                stamp++;
                visited[source] = stamp;
                visitedBack[sink] = stamp;
                int fs = 0;
                int fe = 0;
                int bs = 0;
                int be = 0;
                queue[fe++] = source;
                queueBack[be++] = sink;
                while (fs < fe && bs < be) {
                    long forwardWork = 0;
                    for (int i = fs; i < fe; i++) {
                        forwardWork += degree[queue[i]];
                    }
                    long backWork = 0;
                    for (int i = bs; i < be; i++) {
                        backWork += degree[queueBack[i]];
                    }
                    if (forwardWork <= backWork) {
                        for (int level = fe; fs < level; fs++) {
                            int node = queue[fs];
                            int[] arcs = incident[node];
                            for (int i = 0; i < degree[node]; i++) {
                                int arc = arcs[i];
                                if (arc == f || known(x, arc)) {
                                    continue;
                                }
                                boolean forward = tailOf[arc] == node;
                                int next = forward ? headOf[arc] : tailOf[arc];
                                if (visited[next] == stamp || (!forward && arcValue[arc] + delta[arc] <= 0)) {
                                    continue;
                                }
                                visited[next] = stamp;
                                parentArc[next] = arc;
                                if (visitedBack[next] == stamp) {
                                    join(next, sink);
                                    return true;
                                }
                                queue[fe++] = next;
                            }
                        }
                    } else {
                        for (int level = be; bs < level; bs++) {
                            int node = queueBack[bs];
                            int[] arcs = incident[node];
                            for (int i = 0; i < degree[node]; i++) {
                                int arc = arcs[i];
                                if (arc == f || known(x, arc)) {
                                    continue;
                                }
                                // a step from prev to node: along an arc into node, or back along one out of it
                                boolean along = headOf[arc] == node;
                                int prev = along ? tailOf[arc] : headOf[arc];
                                if (visitedBack[prev] == stamp || (!along && arcValue[arc] + delta[arc] <= 0)) {
                                    continue;
                                }
                                visitedBack[prev] = stamp;
                                childArc[prev] = arc;
                                if (visited[prev] == stamp) {
                                    join(prev, sink);
                                    return true;
                                }
                                queueBack[be++] = prev;
                            }
                        }
                    }
                }
                return false;
            }

            /** Continues {@link #parentArc} from {@code meet}, where the two searches met, to the sink. */
            private void join(int meet, int sink) {
                for (int node = meet; node != sink; ) {
                    int arc = childArc[node];
                    int next = tailOf[arc] == node ? headOf[arc] : tailOf[arc];
                    parentArc[next] = arc;
                    node = next;
                }
            }

            private void index() {
                incident = new int[nodes][4];
                for (int arc = 0; arc < delta.length; arc++) {
                    if (status[arc / width][arc % width] != Suppression.NONE) {
                        link(tail(arc), arc);
                        link(head(arc), arc);
                    }
                }
            }
        }
    }
}
