package de.fachtag.web.routing;

import de.fachtag.identity.StaffRole;
import de.fachtag.platform.PlatformSettings;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.PublicAddresses;
import de.fachtag.tenant.TenantDirectory;
import de.fachtag.tenant.TenantSummary;
import de.fachtag.tenantconfig.HostNames;
import de.fachtag.tenantconfig.TenantKind;
import de.fachtag.web.security.StaffSession;
import de.fachtag.web.security.TrustedProxies;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

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

    /** Request attribute: the request named a private link that opens nothing (answered 404 by its page). */
    public static final String INVALID_LINK = TenantRoutingFilter.class.getName() + ".invalidLink";

    /** Request attribute carrying the private-link token of {@code /r/{token}}. */
    public static final String TOKEN = TenantRoutingFilter.class.getName() + ".token";

    /** Request attribute carrying the URL the visitor asked for, for Faces form actions. */
    public static final String ORIGINAL_PATH = TenantRoutingFilter.class.getName() + ".path";

    /**
     * Request attribute carrying the path of a tenant's public page below the tenant's root
     * ({@code /e/fachtag-2027}), for its canonical link; absent on private and staff pages.
     */
    public static final String TENANT_PAGE = TenantRoutingFilter.class.getName() + ".page";

    /** Where a tenant's own host sends staff: sign-in and the staff areas live on the platform's address. */
    private static final java.util.regex.Pattern PLATFORM_ONLY =
            java.util.regex.Pattern.compile("^/(login|platform|organizer|ministry)(/.*)?$");

    /** The API paths that name a tenant (or ministry): on a tenant's own host only its own. */
    private static final java.util.regex.Pattern API_TENANT =
            java.util.regex.Pattern.compile("^/api/v1/(?:tenants|ministry)/([^/]+)(/.*)?$");

    @EJB
    TenantDirectory directory;

    @Inject
    RequestTenant requestTenant;

    @Inject
    StaffSession staff;

    @EJB
    PublicAddresses addresses;

    @EJB
    de.fachtag.registration.PublicRegistrations publicRegistrations;

    @EJB
    de.fachtag.registration.RegistrationService registrationService;

    @Inject
    TrustedProxies proxies;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PlatformSettings.observeLocalPort(request.getLocalPort());
        if (reachesAViewDirectly(request, path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<String> host = requestHost(request);
        if (host.isEmpty()) {
            // RFC 9112 3.2: a Host that is no host is a bad request, whatever the path
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Optional<TenantSummary> hostTenant = tenantOfHost(host.get());
        if (hostTenant.isPresent()) {
            onTenantHost(request, response, chain, path, hostTenant.get());
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
        if (r.area() == Route.Area.TENANT_PUBLIC && !r.isPrivateLink()) {
            request.setAttribute(TENANT_PAGE, path.substring(("/t/" + r.tenant()).length()));
        }
        serve(request, response, r, path, tenant.get(), false);
    }

    /**
     * A request for a tenant's own host name: its public pages without prefix, its private links,
     * its own {@code /t/{tenant}/...} paths and its own API paths. Another tenant's path, link or
     * API answers 404 exactly like a page that does not exist; sign-in and the staff areas are on
     * the platform's address, where the request is redirected.
     */
    private void onTenantHost(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            String path,
            TenantSummary tenant)
            throws IOException, ServletException {
        java.util.regex.Matcher api = API_TENANT.matcher(path);
        if (api.matches() && !api.group(1).equals(tenant.slug())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (isPassThrough(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (PLATFORM_ONLY.matcher(path).matches()) {
            String query = request.getQueryString();
            response.sendRedirect(addresses.platform() + path + (query == null ? "" : "?" + query));
            return;
        }
        String own = "/t/" + tenant.slug();
        if (path.equals(own)) {
            response.sendRedirect(request.getContextPath() + path + "/");
            return;
        }
        boolean prefixed = path.startsWith(own + "/");
        Optional<Route> route = prefixed
                ? Route.of(path)
                : path.startsWith("/t/")
                        ? Optional.empty()
                        : path.startsWith("/r/") ? Route.of(path) : Route.onTenantHost(tenant.slug(), path);
        if (route.isEmpty() || !tenant.slug().equals(route.get().tenant())) {
            if (isInternal(path) || route.isPresent() || path.startsWith("/t/") || path.startsWith("/r/")) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                chain.doFilter(request, response); // static files, or the container's own 404
            }
            return;
        }
        Route r = route.get();
        if (r.isPrivateLink() || r.target().equals("/public/register.xhtml")) {
            SecurityHeaders.privateLink(response);
        }
        if (!r.isPrivateLink()) {
            request.setAttribute(TENANT_PAGE, prefixed ? path.substring(own.length()) : path.isEmpty() ? "/" : path);
        }
        serve(request, response, r, path, tenant, !prefixed);
    }

    /** Binds the tenant for the rest of the request and forwards to the route's view. */
    private void serve(
            HttpServletRequest request,
            HttpServletResponse response,
            Route r,
            String path,
            TenantSummary tenant,
            boolean onOwnHost)
            throws IOException, ServletException {
        requestTenant.resolve(tenant, onOwnHost);
        try {
            TenantContext.callAs(tenant.slug(), () -> {
                // the form of an unknown or unpublished event: the same 404 as any missing page, before
                // the page's view (kept in a session) is ever made
                if (r.target().equals("/public/register.xhtml") && !publicRegistrations.isPublicEvent(r.event())) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return null;
                }
                // a private link that opens nothing: 404 with the stateless page that says so and offers
                // to mail the valid link, under the tenant's /link, so that the token goes no further
                if (r.target().equals("/public/self-service.xhtml") && !opens(r.token())) {
                    request.setAttribute(INVALID_LINK, Boolean.TRUE);
                    forward(
                            request,
                            response,
                            new Route(tenant.slug(), Route.Area.TENANT_PUBLIC, "/public/link-invalid.xhtml"),
                            requestTenant.getBase() + "/link");
                    return null;
                }
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

    /** Whether a private link's token opens a registration of the current tenant. */
    private boolean opens(String token) {
        try {
            return token != null && registrationService.byToken(token) != null;
        } catch (de.fachtag.registration.RegistrationNotFoundException e) {
            return false;
        }
    }

    /**
     * The host the request was sent to: the {@code Host} header, or {@code X-Forwarded-Host} when
     * the connection comes from a trusted proxy ({@code FACHTAG_TRUSTED_PROXIES}); without port,
     * lowercase, without trailing dot. Empty when the header is no host at all.
     */
    Optional<String> requestHost(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Host");
        if (forwarded != null && !forwarded.isBlank() && proxies.isTrusted(request.getRemoteAddr())) {
            return HostNames.ofHeader(forwarded);
        }
        return HostNames.ofHeader(request.getHeader("Host"));
    }

    /**
     * The tenant whose own host name this is. The platform's own host, addresses and names that no
     * tenant lists are no tenant's: they get the platform's pages, where the path names the tenant.
     */
    private Optional<TenantSummary> tenantOfHost(String host) {
        if (!HostNames.isValidName(host) || host.equals(addresses.platformHost())) {
            return Optional.empty();
        }
        return addresses.tenantOfHost(host).flatMap(directory::find);
    }

    /**
     * The back office is for the tenant's own staff; a ministry's figures for its analysts, and
     * an analyst has no organizer pages. Anything else is the same 404 as a page that does not exist.
     */
    private boolean mayEnter(Route r, TenantSummary tenant) {
        return switch (r.area()) {
            case ORGANIZER -> staff.belongsTo(r.tenant()) && staff.isOrganizerStaff();
            case MINISTRY ->
                staff.belongsTo(r.tenant())
                        && tenant.kind() == TenantKind.MINISTRY
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
        return lower.contains(".xhtml")
                || lower.contains("%2e")
                || isInternal(mapped)
                || isInternal(mapped.toLowerCase(Locale.ROOT));
    }

    /** Views and assets are reachable only through their routes, never by their internal path. */
    private static boolean isInternal(String path) {
        return path.endsWith(".xhtml")
                || path.startsWith("/_asset")
                || path.startsWith("/_event")
                || path.startsWith("/_self-service")
                || path.startsWith("/_export")
                || path.startsWith("/_report")
                || path.startsWith("/_results")
                || path.startsWith("/_documentation")
                || path.startsWith("/_actors")
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
