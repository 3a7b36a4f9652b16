package de.fachtag.web.calendar;

import de.fachtag.event.EventCatalog;
import de.fachtag.event.EventView;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.publicsite.EventRequests;
import de.fachtag.web.publicsite.EventTexts;
import de.fachtag.web.routing.RequestTenant;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Serves {@code /t/{tenant}/e/{event}.ics}. The routing filter has bound the tenant and put the
 * event slug into the request; a direct request to {@code /_event/ics} never gets here (the
 * filter answers 404). A draft, another tenant's event and an event without a date are 404.
 */
@WebServlet("/_event/ics")
public class EventCalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    EventCatalog catalog;

    @EJB
    de.fachtag.tenant.PublicAddresses addresses;

    @Inject
    RequestTenant tenant;

    @Inject
    LocaleSelection lang;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<EventView> event = EventRequests.publicEvent(request, tenant, catalog);
        if (event.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        URI page =
                EventRequests.pageUri(addresses, tenant.getSlug(), event.get().slug());
        var calendar = new EventCalendar(new EventTexts(lang.getLocale())).build(event.get(), page, Instant.now());
        if (calendar.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = EventCalendar.write(calendar.get()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"" + event.get().slug() + ".ics\"");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
