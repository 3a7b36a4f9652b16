import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Seats against confirmed registrations for events of one tenant, for bench/cluster.sh (a
 * single-file Java program with the PostgreSQL JDBC driver on the class path). Arguments: TENANT
 * and a comma-separated list of event slugs; FIGURES_URL, FIGURES_USER, FIGURES_PASSWORD name
 * the database (the application role: row level security, so the tenant is set first). Prints
 * one line: "N events, S seats, C confirmed, W waitlisted, overbooked K".
 */
public class SeatFigures {

    public static void main(String[] args) throws Exception {
        String tenant = args[0];
        String[] events = args[1].split(",");
        try (Connection c = DriverManager.getConnection(
                System.getenv("FIGURES_URL"), System.getenv("FIGURES_USER"), System.getenv("FIGURES_PASSWORD"))) {
            try (PreparedStatement set = c.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
                set.setString(1, tenant);
                set.execute();
            }
            long seats = 0, confirmed = 0, waitlisted = 0, overbooked = 0, found = 0;
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT e.seats, count(r.*) FILTER (WHERE r.status = 'CONFIRMED' AND r.mode = 'ON_SITE'),
                           count(r.*) FILTER (WHERE r.status = 'WAITLISTED')
                      FROM event e LEFT JOIN registration r ON r.tenant_id = e.tenant_id AND r.event_id = e.id
                     WHERE e.tenant_id = ? AND e.slug = ANY (?) GROUP BY e.id, e.seats""")) {
                q.setString(1, tenant);
                q.setArray(2, c.createArrayOf("text", events));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        found++;
                        long s = rs.getLong(1);
                        boolean limited = !rs.wasNull();
                        seats += s;
                        confirmed += rs.getLong(2);
                        waitlisted += rs.getLong(3);
                        if (limited && rs.getLong(2) > s) {
                            overbooked++;
                        }
                    }
                }
            }
            System.out.printf(
                    "%d events, %d seats, %d confirmed, %d waitlisted, overbooked %d%n",
                    found, seats, confirmed, waitlisted, overbooked);
        }
    }
}
