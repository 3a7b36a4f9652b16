package de.fachtag.tenantconfig;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Host names and web origins as the platform compares them: a tenant's own host names
 * ({@code hosts:} in the tenant file, the settings page), the {@code Host} header of a request,
 * and the CORS origins of the embedded registration. One set of rules for the file, the back
 * office and the router, so that what one accepts the others find.
 */
public final class HostNames {

    /** A DNS name of at least two labels, lowercase; no IP literal, no port, no trailing dot. */
    public static final String NAME_PATTERN =
            "^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$";

    private static final Pattern NAME = Pattern.compile(NAME_PATTERN);

    /** What a {@code Host} header may hold: a registered name or IPv4 address, or an IPv6 literal, and a port. */
    private static final Pattern HOST_HEADER =
            Pattern.compile("^(\\[[0-9a-fA-F:.]{2,45}\\]|[A-Za-z0-9._~!$&'()*+,;=%-]{0,253})(:[0-9]{0,5})?$");

    private HostNames() {}

    /** Whether {@code name} may be a tenant's own host name as written (lowercase, no port). */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /**
     * A host name as typed by a person or written in a file, in the form it is stored and
     * compared: trimmed, lowercase, without a trailing dot; empty when it is no valid name
     * (a URL, a port, an IP address, a single label, characters outside a DNS name).
     */
    public static Optional<String> normalizeName(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String name = typed.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return isValidName(name) ? Optional.of(name) : Optional.empty();
    }

    /**
     * The host of a {@code Host} (or {@code X-Forwarded-Host}) header without its port, lowercase and
     * without a trailing dot. {@link Optional#empty()} for a header that is no host at all (the
     * request is malformed: answer 400); an empty string for a missing or empty header (HTTP/1.0).
     * Of a comma-separated list (several proxies), the first entry counts.
     */
    public static Optional<String> ofHeader(String header) {
        if (header == null) {
            return Optional.of("");
        }
        String value = header.strip();
        int comma = value.indexOf(',');
        if (comma >= 0) {
            value = value.substring(0, comma).strip();
        }
        if (value.isEmpty()) {
            return Optional.of("");
        }
        var m = HOST_HEADER.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        String port = m.group(2);
        if (port != null && (port.length() == 1 || Integer.parseInt(port.substring(1)) > 65535)) {
            return Optional.empty();
        }
        String host = m.group(1).toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty() || host.contains("..") || host.startsWith(".")) {
            return Optional.empty();
        }
        return Optional.of(host);
    }

    /**
     * An origin ({@code scheme://host[:port]}) as typed, in the form browsers send it in an
     * {@code Origin} header: lowercase, without a default port, without trailing slash or dot;
     * empty when it is no origin (a path, a query, user info, another scheme, a bad host).
     * {@code https} only; {@code http} for {@code localhost} and {@code 127.0.0.1} (development).
     */
    public static Optional<String> normalizeOrigin(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String value = typed.strip();
        if (value.endsWith("/")) {
            value = value.substring(0, value.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http"))
                || uri.getRawUserInfo() != null
                || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        boolean local = host.equals("localhost") || host.equals("127.0.0.1");
        if (!local && !isValidName(host) || scheme.equals("http") && !local) {
            return Optional.empty();
        }
        int port = uri.getPort();
        boolean defaultPort = port < 0 || scheme.equals("https") && port == 443 || scheme.equals("http") && port == 80;
        return Optional.of(scheme + "://" + host + (defaultPort ? "" : ":" + port));
    }
}
