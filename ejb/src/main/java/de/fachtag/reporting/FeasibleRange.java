package de.fachtag.reporting;

import java.util.Arrays;

/**
 * The smallest and largest value each unknown can take in the non-negative solutions of a system
 * of linear equations {@code A·y = b, y ≥ 0}: a dense two-phase simplex with Bland's rule.
 *
 * <p>Phase one (minimising the sum of one artificial variable per equation) runs once, in the
 * constructor; every {@link #min}, {@link #max} or {@link #spans} then starts its own phase two
 * from a copy of that feasible basis. Equations that turn out redundant are dropped after phase
 * one. Bland's rule (the lowest-numbered improving column enters, ties in the ratio test go to
 * the lowest-numbered basic variable) cannot cycle, which matters because these systems are
 * highly degenerate (many figures are 0).
 *
 * <p>Exactness: the equations of a table with its totals ({@link SmallCells}) form a totally
 * unimodular matrix (every unknown occurs in exactly two equations, and the equations split into
 * two classes such that each unknown's two coefficients are of equal sign across the classes or
 * of opposite sign within one). Every basis then has an inverse of integers, so every tableau entry
 * stays in {-1, 0, 1}, every right-hand side stays an integer, and the doubles are exact; the
 * extreme values of the relaxation are integers, i.e. the bounds over real numbers are the bounds
 * over whole numbers. For other systems the results are ordinary floating-point simplex results.
 *
 * <p>Size: dense, so meant for the few hundred unknowns of a report table, not for general use.
 */
final class FeasibleRange {

    private static final double EPS = 1e-9;

    private final int unknowns;
    /** Phase-one result: rows of a feasible canonical form over the unknowns, right-hand side last. */
    private final double[][] tableau;

    private final int[] basis;

    /**
     * @param a the coefficients, one row per equation, {@code a[i].length} equal to the number of
     *        unknowns for every row
     * @param b the right-hand sides
     * @throws IllegalArgumentException if the system has no non-negative solution
     */
    FeasibleRange(double[][] a, double[] b) {
        int m = a.length;
        if (b.length != m) {
            throw new IllegalArgumentException(m + " equations but " + b.length + " right-hand sides");
        }
        int n = m == 0 ? 0 : a[0].length;
        for (double[] row : a) {
            if (row.length != n) {
                throw new IllegalArgumentException("ragged coefficient matrix");
            }
        }
        this.unknowns = n;

        // Phase one: y and one artificial per equation, the artificials form the first basis.
        int width = n + m + 1;
        double[][] t = new double[m][width];
        int[] base = new int[m];
        for (int i = 0; i < m; i++) {
            double sign = b[i] < 0 ? -1 : 1;
            for (int j = 0; j < n; j++) {
                t[i][j] = sign * a[i][j];
            }
            t[i][n + i] = 1;
            t[i][width - 1] = sign * b[i];
            base[i] = n + i;
        }
        double[] cost = new double[n + m];
        Arrays.fill(cost, n, n + m, 1);
        double infeasibility = minimise(t, base, cost, n + m, Double.NEGATIVE_INFINITY);
        if (infeasibility > EPS * (1 + Math.abs(sum(b)))) {
            throw new IllegalArgumentException("the equations have no non-negative solution");
        }

        // Drive artificials (all at level 0 now) out of the basis; a row where that is impossible
        // has only zeros over the unknowns, i.e. its equation was implied by the others.
        boolean[] keep = new boolean[m];
        int kept = 0;
        for (int i = 0; i < m; i++) {
            if (base[i] < n) {
                keep[i] = true;
            } else {
                for (int j = 0; j < n; j++) {
                    if (Math.abs(t[i][j]) > EPS) {
                        pivot(t, null, base, i, j);
                        keep[i] = true;
                        break;
                    }
                }
            }
            if (keep[i]) {
                kept++;
            }
        }
        this.tableau = new double[kept][n + 1];
        this.basis = new int[kept];
        int r = 0;
        for (int i = 0; i < m; i++) {
            if (keep[i]) {
                System.arraycopy(t[i], 0, tableau[r], 0, n);
                tableau[r][n] = t[i][width - 1];
                basis[r] = base[i];
                r++;
            }
        }
    }

    /** The number of unknowns. */
    int unknowns() {
        return unknowns;
    }

    /** The least value unknown {@code k} takes in a non-negative solution. */
    double min(int k) {
        return solve(k, 1, Double.NEGATIVE_INFINITY) + 0.0; // never -0.0
    }

    /** The greatest value unknown {@code k} takes, {@link Double#POSITIVE_INFINITY} if unbounded. */
    double max(int k) {
        return -solve(k, -1, Double.NEGATIVE_INFINITY) + 0.0;
    }

    /**
     * Whether {@code max(k) - min(k) >= width}, stopping each solve as soon as the answer is known.
     *
     * @param known a value unknown {@code k} is known to take in some solution (its true value),
     *        so that the maximisation can stop once it is {@code width} above it
     */
    boolean spans(int k, double width, double known) {
        double lowestMinusMax = solve(k, -1, -(known + width) + EPS);
        if (lowestMinusMax == Double.NEGATIVE_INFINITY) {
            return true; // unbounded above
        }
        double max = -lowestMinusMax;
        if (max >= known + width - EPS) {
            return true;
        }
        double min = solve(k, 1, max - width + EPS);
        return max - min >= width - EPS;
    }

    /**
     * Minimises {@code sign · y[k]} from the phase-one basis; returns the objective, or earlier any
     * objective at or below {@code stopAt}, or negative infinity if unbounded.
     */
    private double solve(int k, double sign, double stopAt) {
        if (k < 0 || k >= unknowns) {
            throw new IndexOutOfBoundsException(k);
        }
        double[][] t = new double[tableau.length][];
        for (int i = 0; i < t.length; i++) {
            t[i] = tableau[i].clone();
        }
        double[] cost = new double[unknowns];
        cost[k] = sign;
        return minimise(t, basis.clone(), cost, unknowns, stopAt);
    }

    /**
     * The simplex iterations: minimises {@code cost · x} over the tableau {@code t} (right-hand side
     * in the last column) in place, entering only columns below {@code columns}.
     */
    private static double minimise(double[][] t, int[] base, double[] cost, int columns, double stopAt) {
        int rhs = t.length == 0 ? cost.length : t[0].length - 1;
        // reduced costs (index rhs holds minus the objective value)
        double[] d = new double[rhs + 1];
        System.arraycopy(cost, 0, d, 0, cost.length);
        for (int i = 0; i < t.length; i++) {
            double cb = cost[base[i]];
            if (cb != 0) {
                for (int j = 0; j <= rhs; j++) {
                    d[j] -= cb * t[i][j];
                }
            }
        }
        while (true) {
            double objective = -d[rhs];
            if (objective <= stopAt) {
                return objective;
            }
            int enter = -1;
            for (int j = 0; j < columns; j++) {
                if (d[j] < -EPS) {
                    enter = j;
                    break;
                }
            }
            if (enter < 0) {
                return objective;
            }
            int leave = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < t.length; i++) {
                double coefficient = t[i][enter];
                if (coefficient > EPS) {
                    double ratio = t[i][rhs] / coefficient;
                    if (ratio < best - EPS || (ratio <= best + EPS && base[i] < base[leave])) {
                        best = ratio;
                        leave = i;
                    }
                }
            }
            if (leave < 0) {
                return Double.NEGATIVE_INFINITY;
            }
            pivot(t, d, base, leave, enter);
        }
    }

    private static void pivot(double[][] t, double[] d, int[] base, int row, int column) {
        double[] p = t[row];
        double scale = p[column];
        for (int j = 0; j < p.length; j++) {
            p[j] /= scale;
        }
        p[column] = 1;
        for (int i = 0; i < t.length; i++) {
            if (i != row) {
                eliminate(t[i], p, column);
            }
        }
        if (d != null) {
            eliminate(d, p, column);
        }
        base[row] = column;
    }

    private static void eliminate(double[] target, double[] pivotRow, int column) {
        double factor = target[column];
        if (factor != 0) {
            for (int j = 0; j < target.length; j++) {
                target[j] -= factor * pivotRow[j];
            }
            target[column] = 0;
        }
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += Math.abs(v);
        }
        return s;
    }
}
