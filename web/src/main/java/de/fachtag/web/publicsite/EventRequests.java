package de.fachtag.web.publicsite;

import de.fachtag.event.EventCatalog;
import de.fachtag.event.EventView;
import de.fachtag.tenant.PublicAddresses;
import de.fachtag.web.routing.RequestTenant;
import de.fachtag.web.routing.TenantRoutingFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;

/** What the calendar and the printed programme servlets need from a routed event request. */
public final class EventRequests {

    private EventRequests() {}

    /**
     * The published event the routed request names, in the tenant the filter bound; empty for
     * a draft, an unknown slug and another tenant's event alike.
     */
    public static Optional<EventView> publicEvent(
            HttpServletRequest request, RequestTenant tenant, EventCatalog catalog) {
        Object slug = request.getAttribute(TenantRoutingFilter.EVENT_SLUG);
        if (slug == null || !tenant.isPresent()) {
            return Optional.empty();
        }
        return catalog.publicEvent(slug.toString());
    }

    /**
     * The absolute address of the event page, for the calendar's URL and the programme's footer:
     * from the configured addresses (the tenant's own host or the base URL), never the request's.
     */
    public static URI pageUri(PublicAddresses addresses, String tenant, String event) {
        return URI.create(addresses.eventPage(tenant, event));
    }
}
