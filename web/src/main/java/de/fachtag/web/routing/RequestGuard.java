package de.fachtag.web.routing;

import de.fachtag.platform.DatabaseUnavailable;
import de.fachtag.web.security.TrustedProxies;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The first filter of every request and error page (declared first in web.xml):
 * <ul>
 * <li>the {@link SecurityHeaders} on every answer, HSTS when the request came over HTTPS;</li>
 * <li>the session cookie {@code Secure} when the request came over HTTPS through a trusted proxy
 * (the container marks it so only for its own HTTPS connections);</li>
 * <li>a form post from another site refused with 403 before anything runs: a post must carry an
 * {@code Origin} (or, lacking one, a {@code Referer}) of this site, that is the host the request
 * was sent to (which covers a tenant's own host name) or the configured base URL
 * ({@code FACHTAG_BASE_URL}). The JSON API is left to its CORS rules.</li>
 * </ul>
 */
public class RequestGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestGuard.class.getName());
    static final String SESSION_COOKIE = "FACHTAG_SESSION";
    static final String REFUSED_VIEW = "/errors/refused.xhtml";

    @Inject
    TrustedProxies proxies;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean https = proxies.isSecure(request);
        SecurityHeaders.apply(response, https);
        if (request.getDispatcherType() == DispatcherType.REQUEST
                && changesState(request)
                && !isApi(request)
                && !sameOrigin(request)) {
            LOG.info(() -> "Refused a cross-site " + request.getMethod() + " " + request.getRequestURI()
                    + " from Origin " + request.getHeader("Origin") + ", Referer " + request.getHeader("Referer"));
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            request.getRequestDispatcher(REFUSED_VIEW).forward(new PlainGet(request), new PageResponse(response));
            return;
        }
        HttpServletResponse guarded =
                https && !request.isSecure() ? new SecureCookieResponse(response) : new PageResponse(response);
        // An error page for a post (a 404 from a page's view action, an expired view) is a plain
        // page: rendered as for a GET, so that Faces neither restores the posted view nor expects
        // the posted page's script nonce (PrimeFaces' CSP mode answered 500 "Missing CSP nonce").
        HttpServletRequest passed = request.getDispatcherType() == DispatcherType.ERROR && changesState(request)
                ? new PlainGet(request)
                : request;
        try {
            chain.doFilter(passed, guarded);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.causes(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "Answered 503, the database is unavailable: " + request.getRequestURI() + ": " + e);
            unavailable(request, response, https);
        } finally {
            if (guarded instanceof SecureCookieResponse secure) {
                secure.secureSessionCookie();
            }
        }
    }

    /**
     * The page for a database that cannot be reached just now (restart, failover, every
     * connection busy): 503 with Retry-After, "try again in a moment", in the request's language.
     * Plain HTML written here, as the usual pages and their template need the database.
     */
    private static void unavailable(HttpServletRequest request, HttpServletResponse response, boolean https)
            throws IOException {
        response.reset();
        SecurityHeaders.apply(response, https);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        PlainPage.write(response, PlainPage.locale(request), "error.unavailable");
    }

    private static boolean changesState(HttpServletRequest request) {
        String method = request.getMethod();
        return !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || method.equals("TRACE"));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI()
                .substring(request.getContextPath().length())
                .startsWith("/api/");
    }

    /** Whether the post comes from a page of this site (Origin, else Referer; neither: a non-browser client). */
    boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            origin = request.getHeader("Referer");
            if (origin == null || origin.isBlank()) {
                return true; // no browser leaves out both on a cross-site post; curl and the like are no CSRF
            }
        }
        URI from;
        try {
            from = URI.create(origin.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (from.getHost() == null || from.getScheme() == null) {
            return false; // "Origin: null" (a sandboxed frame, a file) or garbage
        }
        if (matchesHost(from, request.getHeader("Host"))) {
            return true;
        }
        String forwardedHost =
                proxies.isTrusted(request.getRemoteAddr()) ? request.getHeader("X-Forwarded-Host") : null;
        if (forwardedHost != null && matchesHost(from, forwardedHost.split(",")[0].strip())) {
            return true;
        }
        return sameOrigin(from, baseUrl());
    }

    /** Same host and port as {@code host} ("name" or "name:port"; no port: the origin's scheme's default). */
    private static boolean matchesHost(URI from, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        URI target;
        try {
            target = URI.create(from.getScheme() + "://" + host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return sameOrigin(from, target);
    }

    private static boolean sameOrigin(URI a, URI b) {
        return b != null
                && b.getHost() != null
                && a.getHost().equalsIgnoreCase(b.getHost())
                && a.getScheme().equalsIgnoreCase(b.getScheme())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static URI baseUrl() {
        String url = ConfigProvider.getConfig()
                .getOptionalValue("fachtag.base.url", String.class)
                .orElse(null);
        try {
            return url == null || url.isBlank() ? null : URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The refusal page is rendered as a fresh page: without the posted fields and view state. */
    private static final class PlainGet extends HttpServletRequestWrapper {

        PlainGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }

    /**
     * A Faces page replaces the nothing-allowed policy with its own (PrimeFaces adds it with
     * {@code addHeader}): two policies would both apply, and the stricter one would block the page.
     */
    private static class PageResponse extends HttpServletResponseWrapper {

        PageResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Security-Policy".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }

    /**
     * Marks the session cookie {@code Secure} behind an HTTPS proxy. The container adds the cookie
     * when the session starts, which can be at any time before the answer is committed: every
     * path to a commit (writing, flushing, redirecting, the end of the request) marks it first.
     */
    private static final class SecureCookieResponse extends PageResponse {

        private PrintWriter writer;
        private ServletOutputStream stream;

        SecureCookieResponse(HttpServletResponse response) {
            super(response);
        }

        void secureSessionCookie() {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (response.isCommitted()) {
                return;
            }
            List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
            boolean changed = false;
            for (int i = 0; i < cookies.size(); i++) {
                String cookie = cookies.get(i);
                if (cookie.startsWith(SESSION_COOKIE + "=")
                        && !cookie.toLowerCase(Locale.ROOT).matches(".*;\\s*secure\\s*(;.*)?")) {
                    cookies.set(i, cookie + "; Secure");
                    changed = true;
                }
            }
            if (changed) {
                response.setHeader("Set-Cookie", cookies.get(0));
                for (String cookie : cookies.subList(1, cookies.size())) {
                    response.addHeader("Set-Cookie", cookie);
                }
            }
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            secureSessionCookie();
            super.sendRedirect(location);
        }

        @Override
        public void sendError(int sc) throws IOException {
            secureSessionCookie();
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            secureSessionCookie();
            super.sendError(sc, msg);
        }

        @Override
        public void flushBuffer() throws IOException {
            secureSessionCookie();
            super.flushBuffer();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                PrintWriter target = super.getWriter();
                writer = new PrintWriter(new Writer() {
                    @Override
                    public void write(char[] cbuf, int off, int len) {
                        secureSessionCookie();
                        target.write(cbuf, off, len);
                    }

                    @Override
                    public void write(String str, int off, int len) {
                        secureSessionCookie();
                        target.write(str, off, len);
                    }

                    @Override
                    public void flush() {
                        secureSessionCookie();
                        target.flush();
                    }

                    @Override
                    public void close() {
                        secureSessionCookie();
                        target.close();
                    }
                });
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream target = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        secureSessionCookie();
                        target.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        secureSessionCookie();
                        target.write(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        secureSessionCookie();
                        target.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        secureSessionCookie();
                        target.close();
                    }

                    @Override
                    public boolean isReady() {
                        return target.isReady();
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        target.setWriteListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
