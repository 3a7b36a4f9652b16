package de.fachtag.web.routing;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.fachtag.identity.StaffRole;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.TenantDirectory;
import de.fachtag.tenant.TenantSummary;
import de.fachtag.tenantconfig.TenantKind;
import de.fachtag.web.security.StaffSession;

/**
 * The one place a request's tenant is decided: from the path, never from a header, parameter
 * or body. An unknown tenant, and a signed-in staff member on another tenant's staff pages,
 * get exactly the answer a missing page gets (404).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class TenantRoutingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Request attribute carrying the event slug of an event URL. */
    public static final String EVENT_SLUG = TenantRoutingFilter.class.getName() + ".event";

    /** Request attribute carrying the private-link token of {@code /r/{token}}. */
    public static final String TOKEN = TenantRoutingFilter.class.getName() + ".token";

    /** Request attribute carrying the URL the visitor asked for, for Faces form actions. */
    public static final String ORIGINAL_PATH = TenantRoutingFilter.class.getName() + ".path";

    @EJB
    TenantDirectory directory;

    @Inject
    RequestTenant requestTenant;

    @Inject
    StaffSession staff;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (reachesAViewDirectly(request, path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (isPassThrough(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (Route.needsTrailingSlash(path)) {
            response.sendRedirect(request.getContextPath() + path + "/");
            return;
        }
        Optional<Route> route = Route.of(path);
        if (route.isEmpty()) {
            if (isInternal(path)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                chain.doFilter(request, response); // static files, or the container's own 404
            }
            return;
        }
        Route r = route.get();
        if (r.isPrivateLink() || r.target().equals("/public/register.xhtml")) {
            // a private link (or the page that shows a new one) must not be kept by caches or
            // passed on in the Referer of any link or resource it loads
            SecurityHeaders.privateLink(response);
        }
        if (r.tenant() == null) {
            forward(request, response, r, path);
            return;
        }
        Optional<TenantSummary> tenant = directory.find(r.tenant());
        if (tenant.isEmpty() || !mayEnter(r, tenant.get())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        requestTenant.resolve(tenant.get());
        try {
            TenantContext.callAs(tenant.get().slug(), () -> {
                forward(request, response, r, path);
                return null;
            });
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof ServletException se) {
                throw se;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /**
     * The back office is for the tenant's own staff; a ministry's figures for its analysts, and
     * an analyst has no organizer pages. Anything else is the same 404 as a page that does not exist.
     */
    private boolean mayEnter(Route r, TenantSummary tenant) {
        return switch (r.area()) {
            case ORGANIZER -> staff.belongsTo(r.tenant()) && staff.isOrganizerStaff();
            case MINISTRY -> staff.belongsTo(r.tenant()) && tenant.kind() == TenantKind.MINISTRY
                    && staff.hasRole(StaffRole.MINISTRY_ANALYST_NAME);
            default -> true;
        };
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, Route route, String path)
            throws ServletException, IOException {
        request.setAttribute(ORIGINAL_PATH, path);
        if (route.event() != null) {
            request.setAttribute(EVENT_SLUG, route.event());
        }
        if (route.token() != null) {
            request.setAttribute(TOKEN, route.token());
        }
        request.getRequestDispatcher(route.target()).forward(request, response);
    }

    /**
     * Whether the request would reach a view, an internal asset or a private file without its
     * route: by its internal path, or by a variant the container maps to the same place
     * ({@code /public/tenant-home.xhtml;x}, {@code /public/%2e/event.xhtml}, {@code //public/...},
     * {@code .XHTML}, {@code /faces/...}). Decided on the path as the container maps it (decoded,
     * path parameters and dot segments removed) and on the servlet it maps to: only Faces
     * resources reach the Faces servlet directly.
     */
    static boolean reachesAViewDirectly(HttpServletRequest request, String rawPath) {
        String mapped = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (mapped.startsWith("/jakarta.faces.resource/") && !mapped.contains("..")) {
            return false;
        }
        var mapping = request.getHttpServletMapping();
        if (mapping != null && "Faces Servlet".equals(mapping.getServletName())) {
            return true;
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        return lower.contains(".xhtml") || lower.contains("%2e") || isInternal(mapped)
                || isInternal(mapped.toLowerCase(Locale.ROOT));
    }

    /** Views and assets are reachable only through their routes, never by their internal path. */
    private static boolean isInternal(String path) {
        return path.endsWith(".xhtml") || path.startsWith("/_asset") || path.startsWith("/_event") || path.startsWith("/_self-service")
                || path.startsWith("/_export") || path.startsWith("/_report")
                || path.startsWith("/WEB-INF")
                || path.startsWith("/META-INF");
    }

    /** Faces resources, the JSON API and static files pass; views are reachable only through routes. */
    private static boolean isPassThrough(String path) {
        return path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/api/")
                || path.startsWith("/health")
                || path.startsWith("/openapi")
                || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
    }
}
