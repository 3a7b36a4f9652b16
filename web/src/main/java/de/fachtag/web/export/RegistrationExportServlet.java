package de.fachtag.web.export;

import de.fachtag.event.EventNotFoundException;
import de.fachtag.event.EventService;
import de.fachtag.event.EventView;
import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.RegistrationFilter;
import de.fachtag.registration.RegistrationList;
import de.fachtag.registration.RegistrationRow;
import de.fachtag.registration.RegistrationStatus;
import de.fachtag.registration.Sector;
import de.fachtag.tenant.TenantSiteService;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.routing.TenantRoutingFilter;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Serves {@code /organizer/{tenant}/events/{event}/registrations.csv|.xlsx},
 * {@code attendance.pdf}, {@code photo-list.pdf} and {@code badges.pdf}. Reached only through the
 * routing filter's forward, which has checked that the signed-in account belongs to the tenant
 * and bound the tenant; here the role (organizers and tenant admins, not check-in staff). An
 * unknown event and another tenant's are the same 404. The table's files take the table's filter
 * as query parameters ({@code status, mode, workshop, sector, photo=granted|refused, q}).
 */
@WebServlet("/_export/*")
public class RegistrationExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    RegistrationList list;

    @EJB
    EventService events;

    @EJB
    TenantSiteService sites;

    @Inject
    RegistrationAccess access;

    @Inject
    LocaleSelection lang;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!access.canManage()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Object slugAttribute = request.getAttribute(TenantRoutingFilter.EVENT_SLUG);
        String kind = request.getPathInfo() == null ? "/" : request.getPathInfo();
        Optional<EventView> event = slugAttribute == null ? Optional.empty() : events.event(slugAttribute.toString());
        if (event.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String slug = event.get().slug();
        List<RegistrationRow> rows;
        try {
            rows = list.all(slug, filter(request));
        } catch (EventNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        RegistrationFiles files =
                new RegistrationFiles(new RegistrationTexts(lang.getLocale()), event.get(), sites::funderLogo);
        String base = new RegistrationTexts(lang.getLocale()).get("file." + kind.substring(1));
        switch (kind) {
            case "/registrations-csv" ->
                send(response, files.csv(rows), "text/csv; charset=UTF-8", slug + "-" + base + ".csv");
            case "/registrations-xlsx" ->
                send(
                        response,
                        files.xlsx(rows),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        slug + "-" + base + ".xlsx");
            case "/attendance-pdf" ->
                send(
                        response,
                        files.attendance(rows, request.getParameter("workshop")),
                        "application/pdf",
                        slug + "-" + base + ".pdf");
            case "/photo-list-pdf" ->
                send(response, files.photoList(rows), "application/pdf", slug + "-" + base + ".pdf");
            case "/badges-pdf" -> send(response, files.badges(rows), "application/pdf", slug + "-" + base + ".pdf");
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The table's filter from the query; a value that is not one of the choices filters nothing. */
    static RegistrationFilter filter(HttpServletRequest request) {
        RegistrationFilter f = new RegistrationFilter();
        f.setStatus(choice(RegistrationStatus.class, request.getParameter("status")));
        f.setMode(choice(ParticipationMode.class, request.getParameter("mode")));
        f.setSector(choice(Sector.class, request.getParameter("sector")));
        String workshop = request.getParameter("workshop");
        f.setWorkshop(workshop == null || workshop.isBlank() || workshop.length() > 8 ? null : workshop);
        String photo = request.getParameter("photo");
        f.setPhoto("granted".equals(photo) ? Boolean.TRUE : "refused".equals(photo) ? Boolean.FALSE : null);
        String q = request.getParameter("q");
        f.setSearch(q == null || q.isBlank() ? null : q);
        return f;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void send(HttpServletResponse response, byte[] body, String type, String filename)
            throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        // personal data: never kept by a browser or proxy cache
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
