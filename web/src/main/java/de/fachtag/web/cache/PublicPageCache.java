package de.fachtag.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.fachtag.platform.DatabaseUnavailable;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Answers anonymous GETs of the public pages that are the same for every visitor (tenant home,
 * event page, programme PDF, calendar, event JSON) from memory, under {@code /t/{tenant}/} and on
 * a tenant's own host name ({@code tenant_host}, V13: {@code /}, {@code /e/{event}} and its PDF
 * and calendar), the host decided as the router decides it ({@code X-Forwarded-Host} only from
 * a trusted proxy).
 *
 * <p>Key: host, path, query, forwarded scheme and host, the language cookie, Accept-Language and
 * the tenant's {@code public_version} (V22; triggers bump it on every change of what these pages
 * show, so every instance renders afresh after a change; read by primary key once per request). Entries also expire after {@link #TTL}, because a page
 * says whether the registration is open, which changes with the clock. The cache is bounded to
 * {@link #MAX_BYTES}. While the database cannot be reached, what is kept is answered under the
 * tenant's last version read (stale-if-error), and every other page gets the application's 503.
 *
 * <p>Kept are only answers 200 without a cookie, without a session, not marked private or
 * no-store; requests with a session cookie (staff see their own header), an Authorization or an
 * Origin header (CORS) pass by. HTML carries PrimeFaces' CSP nonce in its header and its
 * scripts: each answer from the cache gets a new one in both places. ETag and Last-Modified
 * allow 304; for HTML the ETag names the nonce of the copy the client holds, so that the 304's
 * Content-Security-Policy fits that copy's scripts.
 */
@DataSourceDefinition(
        name = PublicPageCache.VERSIONS,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${ENV=FACHTAG_DB_URL}",
        user = "${ENV=FACHTAG_DB_USER}",
        password = "${ENV=FACHTAG_DB_PASSWORD}",
        transactional = false,
        minPoolSize = 1,
        maxPoolSize = 8,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.statement-timeout-in-seconds=5",
            "ApplicationName=fachtag"
        })
public class PublicPageCache extends HttpFilter {

    static final String VERSIONS = "java:app/jdbc/fachtag-versions";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PublicPageCache.class.getName());

    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final Duration TTL = Duration.ofSeconds(60);
    static final int MAX_BODY = 4 * 1024 * 1024;

    private static final Pattern TENANT_PAGE = Pattern.compile(
            "^/t/([a-z0-9][a-z0-9-]{0,62})/(?:e/[a-z0-9][a-z0-9-]{0,127}(?:\\.pdf|\\.ics)?|actors(?:\\.pdf|/[a-z0-9][a-z0-9-]{0,79}|/guide/[a-z0-9][a-z0-9-]{0,79})?)?$");
    /** A cacheable page on a tenant's own host: its home and an event's page, PDF and calendar, without prefix. */
    private static final Pattern HOST_PAGE = Pattern.compile("^/(?:e/[a-z0-9][a-z0-9-]{0,127}(?:\\.pdf|\\.ics)?)?$");

    private static final Pattern EVENT_JSON =
            Pattern.compile("^/api/v1/tenants/([a-z0-9][a-z0-9-]{0,62})/events/[a-z0-9][a-z0-9-]{0,127}$");
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{8,})'");
    private static final Set<String> NOT_KEPT =
            Set.of("content-length", "date", "transfer-encoding", "set-cookie", "etag", "last-modified");
    private static final String SESSION_COOKIE = "FACHTAG_SESSION";
    private static final String LANGUAGE_COOKIE = "fachtag-lang";
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A pool of its own for the version read of every hit: the application's pool asks each
     * connection whether it still works before handing it out (a round trip more, a seventh of a
     * hit's time), which this read does not need, as a failed read answers without the cache.
     */
    @Resource(lookup = VERSIONS)
    DataSource dataSource;

    @jakarta.inject.Inject
    de.fachtag.web.security.TrustedProxies proxies;

    private final Cache<String, Entry> pages = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((String key, Entry e) -> e.body.length + key.length() * 2 + 512)
            .expireAfterWrite(TTL)
            .build();

    private volatile boolean enabled = !"false"
            .equalsIgnoreCase(System.getProperty(
                    "fachtag.publicCache", System.getenv().getOrDefault("FACHTAG_PUBLIC_CACHE", "true")));

    /**
     * One rendered answer; for HTML, {@code nonce} is the one written into body and header, and
     * {@code nonceAt} where it stands in the body (byte offsets), so that each hit writes the body
     * around a new nonce instead of decoding, replacing and encoding the whole page.
     */
    record Entry(
            int status,
            Map<String, List<String>> headers,
            byte[] body,
            String nonce,
            int[] nonceAt,
            String hash,
            long lastModified) {

        /** The entry of a rendered body: where its nonce stands, and its hash without the nonce. */
        static Entry of(int status, Map<String, List<String>> headers, byte[] body, String nonce, long lastModified) {
            int[] at = offsets(body, nonce);
            return new Entry(status, headers, body, nonce, at, hash(body, nonce, at), lastModified);
        }

        /** The body with each occurrence of the nonce replaced by {@code other} (same bytes as a String replace). */
        void writeBody(java.io.OutputStream out, String other) throws IOException {
            write(out, body, nonce, nonceAt, other);
        }

        private static void write(java.io.OutputStream out, byte[] body, String nonce, int[] at, String other)
                throws IOException {
            byte[] with = other.getBytes(StandardCharsets.US_ASCII);
            int from = 0;
            for (int i : at) {
                out.write(body, from, i - from);
                out.write(with);
                from = i + nonce.length();
            }
            out.write(body, from, body.length - from);
        }

        /**
         * The first 22 characters of the SHA-256 of the body without its nonce (base64url): the
         * same for every copy of the page, whichever nonce it was sent with.
         */
        private static String hash(byte[] body, String nonce, int[] at) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                try (var out = new java.security.DigestOutputStream(java.io.OutputStream.nullOutputStream(), sha)) {
                    write(out, body, nonce, at, "");
                }
                return Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(sha.digest())
                        .substring(0, 22);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e); // a digest stream writes nowhere
            }
        }

        int bodyLength(String other) {
            return body.length + nonceAt.length * (other.length() - (nonce == null ? 0 : nonce.length()));
        }

        /** Byte offsets of {@code nonce} (base64: ASCII, one byte per character) in {@code body}. */
        static int[] offsets(byte[] body, String nonce) {
            if (nonce == null || nonce.isEmpty()) {
                return new int[0];
            }
            byte[] n = nonce.getBytes(StandardCharsets.US_ASCII);
            int[] found = new int[8];
            int count = 0;
            outer:
            for (int i = 0; i <= body.length - n.length; i++) {
                for (int j = 0; j < n.length; j++) {
                    if (body[i + j] != n[j]) {
                        continue outer;
                    }
                }
                if (count == found.length) {
                    found = java.util.Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
                i += n.length - 1;
            }
            return java.util.Arrays.copyOf(found, count);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String tenant = enabled ? tenantOf(request) : null;
        Version version = tenant == null ? null : version(tenant);
        if (version == null && enabled && tenant == null && isHostPage(request)) {
            version = versionOfHost(request);
        }
        if (version == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request, version.value());
        Entry hit = pages.getIfPresent(key);
        if (hit != null) {
            answer(request, response, hit, true);
            return;
        }
        if (version.stale()) {
            chain.doFilter(request, response); // nothing kept to answer with: the application's answer (503)
            return;
        }
        CapturedResponse captured = new CapturedResponse(response);
        chain.doFilter(request, captured);
        if (response.isCommitted()) {
            return; // an error page or a redirect went out directly
        }
        byte[] body = captured.body();
        Entry entry = entryOf(request, response, captured, body);
        if (entry == null) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        pages.put(key, entry);
        answer(request, response, entry, false);
    }

    /** Whether the request may be answered from the cache at all: an anonymous GET without CORS. */
    static boolean anonymousGet(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())
                || request.getHeader("Authorization") != null
                || request.getHeader("Origin") != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (SESSION_COOKIE.equals(c.getName()) || "JSESSIONID".equals(c.getName())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether an anonymous GET asks for a cacheable page of a tenant's own host (if the host is one). */
    static boolean isHostPage(HttpServletRequest request) {
        return anonymousGet(request)
                && HOST_PAGE
                        .matcher(request.getRequestURI()
                                .substring(request.getContextPath().length()))
                        .matches();
    }

    /** The tenant of a cacheable request whose path names it, or null. */
    static String tenantOf(HttpServletRequest request) {
        if (!anonymousGet(request)) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher m = TENANT_PAGE.matcher(path);
        if (m.matches()) {
            return m.group(1);
        }
        m = EVENT_JSON.matcher(path);
        return m.matches() ? m.group(1) : null;
    }

    private static String key(HttpServletRequest request, long version) {
        StringBuilder key = new StringBuilder(256);
        key.append(version)
                .append('|')
                .append(request.getHeader("Host"))
                .append('|')
                .append(request.getRequestURI())
                .append('?')
                .append(request.getQueryString())
                .append('|')
                .append(request.isSecure())
                .append('|')
                .append(request.getHeader("X-Forwarded-Proto"))
                .append('|')
                .append(request.getHeader("X-Forwarded-Host"))
                .append('|')
                .append(request.getHeader("X-Forwarded-For") != null)
                .append('|')
                .append(request.getHeader("Forwarded"))
                .append('|')
                .append(request.getHeader("Accept-Language"));
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (LANGUAGE_COOKIE.equals(c.getName())) {
                    key.append("|lang=").append(c.getValue());
                }
            }
        }
        return key.toString();
    }

    /**
     * A tenant's public_version as read for this request, or ({@code stale}) the last one this
     * instance read, while the database cannot be reached: pages kept under it are answered
     * (stale-if-error, RFC 5861) for as long as they are kept ({@link #TTL}), since no change
     * can be saved meanwhile. Other pages then get the application's 503.
     */
    record Version(long value, boolean stale) {}

    /** The last public_version read per tenant ({@code t:}) and per tenant host name ({@code h:}); only names that exist. */
    private final Map<String, Long> lastRead = new java.util.concurrent.ConcurrentHashMap<>();

    private final java.util.concurrent.atomic.AtomicLong lastWarned = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The tenant's public_version, one read by primary key per request (so that a change is seen
     * by the very next request on every instance, also by the person who made it); null for an
     * unknown tenant.
     */
    private Version version(String tenant) {
        return read("t:" + tenant, "SELECT public_version FROM tenant WHERE id = ?", tenant);
    }

    /**
     * The public_version of the tenant whose own host name the request was sent to, or null when
     * the host is no tenant's (the platform's own address, an unknown name): one read by primary
     * key, like {@link #version}. The host as the router takes it: {@code X-Forwarded-Host} only
     * from a trusted proxy, else {@code Host}.
     */
    private Version versionOfHost(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Host");
        java.util.Optional<String> host =
                forwarded != null && !forwarded.isBlank() && proxies.isTrusted(request.getRemoteAddr())
                        ? de.fachtag.tenantconfig.HostNames.ofHeader(forwarded)
                        : de.fachtag.tenantconfig.HostNames.ofHeader(request.getHeader("Host"));
        if (host.isEmpty() || host.get().isEmpty()) {
            return null;
        }
        return read(
                "h:" + host.get(),
                "SELECT t.public_version FROM tenant_host h JOIN tenant t ON t.id = h.tenant WHERE h.host = ?",
                host.get());
    }

    private Version read(String name, String sql, String parameter) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                long version = r.getLong(1);
                lastRead.put(name, version);
                return new Version(version, false);
            }
        } catch (SQLException e) {
            if (DatabaseUnavailable.causes(e)) {
                Long last = lastRead.get(name);
                long now = System.nanoTime();
                long warned = lastWarned.get();
                // once per ten seconds: during an outage every request would log this
                if (now - warned > 10_000_000_000L && lastWarned.compareAndSet(warned, now)) {
                    LOG.warning(
                            () -> "public page cache: the database is unavailable, answering from what is kept: " + e);
                }
                return last == null ? null : new Version(last, true);
            }
            LOG.log(Level.WARNING, "public page cache: cannot read the public version, answering without cache", e);
            return null;
        }
    }

    /** What to keep of a fresh answer, or null when it must not be kept. */
    private static Entry entryOf(
            HttpServletRequest request, HttpServletResponse response, CapturedResponse captured, byte[] body) {
        if (!captured.keepable()
                || captured.getStatus() != 200
                || body.length > MAX_BODY
                || request.getSession(false) != null
                || response.getHeader("Set-Cookie") != null) {
            return null;
        }
        String cacheControl =
                String.valueOf(response.getHeader("Cache-Control")).toLowerCase(Locale.ROOT);
        if (cacheControl.contains("private") || cacheControl.contains("no-store")) {
            return null;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, new ArrayList<>(response.getHeaders(name)));
            }
        }
        if (response.getContentType() != null) {
            headers.put("Content-Type", List.of(response.getContentType()));
        }
        String nonce = null;
        String csp = response.getHeader("Content-Security-Policy");
        String type = String.valueOf(response.getContentType());
        if (csp != null && type.startsWith("text/html")) {
            Matcher m = NONCE.matcher(csp);
            if (m.find()) {
                nonce = m.group(1);
            }
        }
        return Entry.of(200, headers, body, nonce, System.currentTimeMillis() / 1000 * 1000);
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, Entry entry, boolean fromCache)
            throws IOException {
        String nonce = entry.nonce;
        String clientNonce = null;
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            clientNonce = matchingNonce(ifNoneMatch, entry);
        }
        boolean notModified =
                clientNonce != null || (ifNoneMatch == null && entry.nonce == null && notModifiedSince(request, entry));
        String sendNonce = entry.nonce == null
                ? null
                : notModified && !clientNonce.isEmpty() ? clientNonce : fromCache ? newNonce() : entry.nonce;
        for (Map.Entry<String, List<String>> h : entry.headers.entrySet()) {
            boolean first = true;
            for (String value : h.getValue()) {
                if (nonce != null && "Content-Security-Policy".equalsIgnoreCase(h.getKey())) {
                    value = value.replace(nonce, sendNonce);
                }
                if (first) {
                    response.setHeader(h.getKey(), value);
                    first = false;
                } else {
                    response.addHeader(h.getKey(), value);
                }
            }
        }
        if (response.getHeader("Cache-Control") == null) {
            response.setHeader("Cache-Control", "no-cache");
        }
        response.setHeader("ETag", "\"" + entry.hash + (sendNonce == null ? "" : "." + sendNonce) + "\"");
        response.setDateHeader("Last-Modified", entry.lastModified);
        response.setHeader("X-Fachtag-Cache", fromCache ? "hit" : "miss");
        if (notModified) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setContentLength(0);
            return;
        }
        response.setStatus(entry.status);
        if (nonce != null && !sendNonce.equals(nonce)) {
            response.setContentLength(entry.bodyLength(sendNonce));
            entry.writeBody(response.getOutputStream(), sendNonce);
            return;
        }
        response.setContentLength(entry.body.length);
        response.getOutputStream().write(entry.body);
    }

    /**
     * The nonce of the client's copy when one of the If-None-Match tags names this entry ("" for an
     * answer without nonce), else null.
     */
    static String matchingNonce(String ifNoneMatch, Entry entry) {
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.length() < 2 || !t.startsWith("\"") || !t.endsWith("\"")) {
                continue;
            }
            t = t.substring(1, t.length() - 1);
            if (entry.nonce == null) {
                if (t.equals(entry.hash)) {
                    return "";
                }
            } else if (t.startsWith(entry.hash + ".")) {
                String n = t.substring(entry.hash.length() + 1);
                if (n.matches("[A-Za-z0-9+/=_-]{8,64}")) {
                    return n;
                }
            }
        }
        return null;
    }

    private static boolean notModifiedSince(HttpServletRequest request, Entry entry) {
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && entry.lastModified <= since;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String newNonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
