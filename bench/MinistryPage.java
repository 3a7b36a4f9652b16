import de.fachtag.reporting.MinistryReports;
import de.fachtag.reporting.SmallCells;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The ministry page's path, timed (run by bench/ministry-figures.sh; a single-file Java program:
 * java -cp ejb/target/classes:... bench/MinistryPage.java ...). What an analyst waits for is not the
 * database function alone but:
 * <ol>
 * <li>{@link MinistryReports#FIGURES_QUERY} as the application role bound to the ministry's tenant,
 * every row fetched (pgjdbc);
 * <li>{@link MinistryReports#build}: the nine tables of the catalogue, each protected by
 * {@link SmallCells} (primary and secondary suppression), exactly as the page calls it: the tables
 * side by side on a pool with as many threads as the machine has processors (the server uses the
 * container's default managed executor).
 * </ol>
 * Next to it, in the same run and connection, the plain SQL {@code GROUP BY} over the same
 * registrations (the script's reference (b), one file per ministry), every row fetched.
 *
 * <p>Args: JDBC_URL APP_ROLE REPEATS REFERENCE_DIR MINISTRY... Prints one line per sample and a
 * summary with p50/p95 (nearest rank) and the ratio page / plain SQL.
 */
public class MinistryPage {

    /** CPU time of the build (all threads of this JVM): the machine is shared, so wall time alone says little about the code. */
    private static final com.sun.management.OperatingSystemMXBean CPU = (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    /** Where the tables are protected side by side, as the container's pool does on the server. */
    private static final ExecutorService POOL =
            Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "tables");
                t.setDaemon(true);
                return t;
            });

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: java MinistryPage.java JDBC_URL APP_ROLE REPEATS REFERENCE_DIR MINISTRY...");
            System.exit(2);
        }
        String url = args[0];
        String app = args[1];
        int repeats = Integer.parseInt(args[2]);
        Path references = Path.of(args[3]);
        List<String> ministries = Arrays.asList(args).subList(4, args.length);
        List<double[]> page = new ArrayList<>(); // {total, query, build, build CPU}
        List<Double> plain = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url)) {
            // warm-up, not counted: the JIT compiles SmallCells, the database caches its pages
            for (String m : ministries) {
                samplePage(db, app, m, false);
                samplePlain(db, Files.readString(references.resolve(m + ".sql")));
            }
            for (int rep = 1; rep <= repeats; rep++) {
                for (String m : ministries) {
                    String reference = Files.readString(references.resolve(m + ".sql"));
                    // take turns at going first, as the script's paths do
                    double p;
                    double[] s;
                    if (rep % 2 == 1) {
                        s = samplePage(db, app, m, true);
                        p = samplePlain(db, reference);
                    } else {
                        p = samplePlain(db, reference);
                        s = samplePage(db, app, m, true);
                    }
                    page.add(s);
                    plain.add(p);
                    System.out.printf(
                            "   %s: page %.0f ms (query %.0f, build %.0f, of it CPU %.0f), plain SQL %.0f ms%n",
                            m, s[0], s[1], s[2], s[3], p);
                }
            }
        }
        double[] total = page.stream().mapToDouble(s -> s[0]).toArray();
        double[] query = page.stream().mapToDouble(s -> s[1]).toArray();
        double[] build = page.stream().mapToDouble(s -> s[2]).toArray();
        double[] buildCpu = page.stream().mapToDouble(s -> s[3]).toArray();
        double[] ref = plain.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.printf("%-52s %8s %8s%n", "", "p50", "p95");
        row("page: query + build + SmallCells (ms)", total);
        row("  of it FIGURES_QUERY, rows fetched (ms)", query);
        row("  of it MinistryReports.build, 9 tables (ms)", build);
        row("  MinistryReports.build, CPU time of the JVM (ms)", buildCpu);
        row("plain SQL GROUP BY over the registrations (ms)", ref);
        System.out.printf(
                "page / plain SQL: p50 %.2f, p95 %.2f%n", pct(total, 50) / pct(ref, 50), pct(total, 95) / pct(ref, 95));
        System.out.printf(
                "RESULT samples=%d page_p50=%.0f page_p95=%.0f build_p50=%.0f build_p95=%.0f build_cpu_p50=%.0f plain_p50=%.0f"
                        + " plain_p95=%.0f%n",
                total.length,
                pct(total, 50),
                pct(total, 95),
                pct(build, 50),
                pct(build, 95),
                pct(buildCpu, 50),
                pct(ref, 50),
                pct(ref, 95));
    }

    /** {total, query, build, CPU time of the build} in ms. */
    private static double[] samplePage(Connection db, String app, String ministry, boolean timed) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("SET ROLE " + app);
        }
        try (PreparedStatement s = db.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
            s.setString(1, ministry);
            s.execute();
        }
        long t0 = System.nanoTime();
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(MinistryReports.FIGURES_QUERY.replace("?1", "?"))) {
            s.setString(1, ministry);
            try (ResultSet r = s.executeQuery()) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = r.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        long t1 = System.nanoTime();
        long cpu = CPU.getProcessCpuTime();
        MinistryReports.View view = MinistryReports.build(ministry, rows, Instant.now(), POOL);
        long t2 = System.nanoTime();
        cpu = CPU.getProcessCpuTime() - cpu;
        try (Statement s = db.createStatement()) {
            s.execute("RESET ROLE");
        }
        if (view.events().isEmpty()) {
            throw new IllegalStateException("no events in the scope of " + ministry);
        }
        return new double[] {(t2 - t0) / 1e6, (t1 - t0) / 1e6, (t2 - t1) / 1e6, cpu / 1e6};
    }

    private static double samplePlain(Connection db, String sql) throws Exception {
        long t0 = System.nanoTime();
        long n = 0;
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= columns; i++) {
                    r.getObject(i);
                }
                n++;
            }
        }
        if (n == 0) {
            throw new IllegalStateException("the reference returned no rows");
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void row(String label, double[] values) {
        System.out.printf("%-52s %8.0f %8.0f%n", label, pct(values, 50), pct(values, 95));
    }

    /** Percentile by nearest rank, as the script's. */
    private static double pct(double[] values, int p) {
        double[] v = values.clone();
        Arrays.sort(v);
        int i = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, i - 1)];
    }
}
