package de.fachtag.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Who the client is and whether it came over HTTPS, behind the reverse proxy every real
 * deployment has. The proxies are the operator's setting {@code fachtag.trusted.proxies}
 * (environment: {@code FACHTAG_TRUSTED_PROXIES}): comma-separated addresses or CIDR ranges such
 * as {@code 10.0.0.0/8, ::1}. Unset, no proxy is trusted.
 *
 * <p>{@code X-Forwarded-For} (or, when the proxy sends none, RFC 7239 {@code Forwarded}) and
 * {@code X-Forwarded-Proto} count only when the connection comes from a trusted proxy; anyone
 * else could pick a fresh address for every request. The client is the right-most forwarded
 * address that is not itself a trusted proxy: everything left of it was written by the client.
 */
@ApplicationScoped
public class TrustedProxies {

    private static final Logger LOG = Logger.getLogger(TrustedProxies.class.getName());

    /** An IPv4 literal, or something with a colon (an IPv6 literal): never a host name to look up. */
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.%]*");

    private volatile List<Range> trusted = List.of();

    @PostConstruct
    void configure() {
        String value = ConfigProvider.getConfig()
                .getOptionalValue("fachtag.trusted.proxies", String.class)
                .or(() -> Optional.ofNullable(System.getenv("FACHTAG_TRUSTED_PROXIES")))
                .orElse("");
        trust(value);
    }

    /**
     * Replaces the trusted proxies (at start, and in tests). An entry that is no address or
     * range is left out with a warning, so a typo trusts nobody rather than everybody.
     */
    public void trust(String cidrs) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : (cidrs == null ? "" : cidrs).split(",")) {
            if (!entry.isBlank()) {
                Optional<Range> range = Range.parse(entry.strip());
                if (range.isPresent()) {
                    ranges.add(range.get());
                } else {
                    LOG.warning(
                            "FACHTAG_TRUSTED_PROXIES: '" + entry.strip() + "' is no IP address or CIDR range; ignored");
                }
            }
        }
        trusted = Collections.unmodifiableList(ranges);
    }

    /** The client's address: the connection's, or the one a trusted proxy forwarded. */
    public String clientAddress(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = forwardedFor(request);
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            Optional<InetAddress> address = literal(hop);
            if (address.isEmpty()) {
                return peer; // "unknown" or garbage where the client's address should be
            }
            if (!isTrusted(address.get())) {
                return address.get().getHostAddress();
            }
        }
        return hops.isEmpty()
                ? peer
                : literal(hops.get(0)).map(InetAddress::getHostAddress).orElse(peer);
    }

    /** Whether the client's request came over HTTPS, to this server or to a trusted proxy. */
    public boolean isSecure(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        if (!isTrusted(request.getRemoteAddr())) {
            return false;
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        if (proto == null) {
            proto = forwardedParameter(request, "proto").stream().findFirst().orElse(null);
        }
        // the left-most value: the scheme the first proxy, the one the client reached, saw
        return proto != null && proto.split(",")[0].strip().equalsIgnoreCase("https");
    }

    /** Whether a connection from this address may forward a client's address and scheme. */
    public boolean isTrusted(String address) {
        return !trusted.isEmpty() && literal(address).map(this::isTrusted).orElse(false);
    }

    private boolean isTrusted(InetAddress address) {
        for (Range range : trusted) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** The forwarded chain, left (client) to right (last proxy). */
    private static List<String> forwardedFor(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        var headers = request.getHeaders("X-Forwarded-For");
        while (headers != null && headers.hasMoreElements()) {
            for (String hop : headers.nextElement().split(",")) {
                if (!hop.isBlank()) {
                    hops.add(withoutPort(hop.strip()));
                }
            }
        }
        if (hops.isEmpty()) {
            for (String hop : forwardedParameter(request, "for")) {
                hops.add(withoutPort(hop));
            }
        }
        return hops;
    }

    /** The values of one parameter of every element of RFC 7239 {@code Forwarded}, in order. */
    private static List<String> forwardedParameter(HttpServletRequest request, String name) {
        List<String> values = new ArrayList<>();
        var headers = request.getHeaders("Forwarded");
        while (headers != null && headers.hasMoreElements()) {
            for (String element : headers.nextElement().split(",")) {
                for (String pair : element.split(";")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0 && pair.substring(0, eq).strip().equalsIgnoreCase(name)) {
                        values.add(pair.substring(eq + 1).strip().replace("\"", ""));
                    }
                }
            }
        }
        return values;
    }

    /** {@code 192.0.2.1:4711} → {@code 192.0.2.1}, {@code [2001:db8::1]:4711} → {@code 2001:db8::1}. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    /** The address a literal names, without ever asking DNS. */
    static Optional<InetAddress> literal(String text) {
        if (text == null
                || text.isEmpty()
                || text.length() > 64
                || !ADDRESS_LITERAL.matcher(text).matches()) {
            return Optional.empty();
        }
        if (!text.contains(":") && text.split("\\.", -1).length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** An address range: network bits of an IPv4 or IPv6 address. */
    record Range(byte[] network, int prefix) {

        static Optional<Range> parse(String cidr) {
            int slash = cidr.indexOf('/');
            Optional<InetAddress> address = literal(slash < 0 ? cidr : cidr.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            int bits = address.get().getAddress().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(cidr.substring(slash + 1).strip());
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                if (prefix < 0 || prefix > bits) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Range(address.get().getAddress(), prefix));
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                bytes = mapped(bytes, network.length);
                if (bytes == null) {
                    return false;
                }
            }
            if (prefix == 0) {
                return true;
            }
            int bits = network.length * 8;
            BigInteger mask = BigInteger.ONE
                    .shiftLeft(bits)
                    .subtract(BigInteger.ONE)
                    .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
            return new BigInteger(1, bytes).and(mask).equals(new BigInteger(1, network).and(mask));
        }

        /** An IPv4-mapped IPv6 address ({@code ::ffff:10.0.0.1}) and its IPv4 form count as one. */
        private static byte[] mapped(byte[] bytes, int length) {
            if (bytes.length == 16 && length == 4) {
                for (int i = 0; i < 10; i++) {
                    if (bytes[i] != 0) {
                        return null;
                    }
                }
                if (bytes[10] != (byte) 0xff || bytes[11] != (byte) 0xff) {
                    return null;
                }
                return new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]};
            }
            return null;
        }

        @Override
        public String toString() {
            try {
                return InetAddress.getByAddress(network).getHostAddress().toLowerCase(Locale.ROOT) + "/" + prefix;
            } catch (UnknownHostException e) {
                return "?/" + prefix;
            }
        }
    }
}
