package de.fachtag.web.print;

import de.fachtag.event.EventCatalog;
import de.fachtag.event.EventView;
import de.fachtag.tenant.TenantSite;
import de.fachtag.tenant.TenantSiteService;
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
import java.time.Instant;
import java.util.Optional;

/**
 * Serves {@code /t/{tenant}/e/{event}.pdf}, the printable programme, in German or (with
 * {@code ?lang=en}) English. Reached only by the routing filter's forward, which has bound the
 * tenant; drafts and other tenants' events are 404.
 */
@WebServlet("/_event/pdf")
public class EventProgrammeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    EventCatalog catalog;

    @EJB
    de.fachtag.tenant.PublicAddresses addresses;

    @EJB
    TenantSiteService sites;

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
        TenantSite site = sites.site();
        byte[] pdf = new EventProgramme(new EventTexts(lang.getLocale()))
                .render(
                        event.get(),
                        site,
                        site.hasLogo() ? sites.logo() : Optional.empty(),
                        sites::funderLogo,
                        EventRequests.pageUri(
                                addresses, tenant.getSlug(), event.get().slug()),
                        Instant.now());
        response.setContentType("application/pdf");
        response.setHeader(
                "Content-Disposition", "inline; filename=\"" + event.get().slug() + ".pdf\"");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
