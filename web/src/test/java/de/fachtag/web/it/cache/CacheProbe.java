package de.fachtag.web.it.cache;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * {@code GET /it-cache-probe?tenant=..&slug=..&motto=..} sets an event's German motto in one
 * committed transaction as the application role (row level security bound to the tenant), the
 * way any change reaches the database, and answers the motto it had before.
 */
@WebServlet("/it-cache-probe")
public class CacheProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:app/jdbc/fachtag")
    transient DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String tenant = request.getParameter("tenant");
        String slug = request.getParameter("slug");
        String motto = request.getParameter("motto");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement bind = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                bind.setString(1, tenant);
                bind.execute();
            }
            motto = motto == null || motto.isEmpty() ? null : motto;
            String before;
            try (PreparedStatement read = c.prepareStatement("SELECT motto_de FROM event WHERE slug = ?")) {
                read.setString(1, slug);
                try (ResultSet r = read.executeQuery()) {
                    before = r.next() ? r.getString(1) : null;
                }
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE event SET motto_de = ? WHERE slug = ?")) {
                update.setString(1, motto);
                update.setString(2, slug);
                update.executeUpdate();
            }
            c.commit();
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(before == null ? "" : before);
        } catch (SQLException e) {
            response.sendError(500, e.getMessage());
        }
    }
}
