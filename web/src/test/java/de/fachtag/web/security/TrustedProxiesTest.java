package de.fachtag.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Client address and scheme behind proxies, without a server: a request is a peer and headers. */
class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies();

    @ParameterizedTest(name = "{0} via {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            10.0.0.5    | 203.0.113.7                          | 203.0.113.7
            10.0.0.5    | 198.51.100.1, 203.0.113.7            | 203.0.113.7
            10.0.0.5    | 203.0.113.7, 10.0.0.9                | 203.0.113.7
            10.0.0.5    | 203.0.113.7:4711                     | 203.0.113.7
            10.0.0.5    | unknown                              | 10.0.0.5
            10.0.0.5    | evil.example                         | 10.0.0.5
            10.0.0.5    | 10.0.0.7, 10.0.0.9                   | 10.0.0.7
            192.0.2.50  | 203.0.113.7                          | 192.0.2.50
            ::1         | 2001:db8::1                          | 2001:db8:0:0:0:0:0:1
            """)
    void xForwardedForCountsOnlyFromATrustedPeerAndTheRightMostUntrustedAddressWins(
            String peer, String forwarded, String client) {
        proxies.trust("10.0.0.0/8, ::1");
        assertThat(proxies.clientAddress(request(peer, Map.of("X-Forwarded-For", List.of(forwarded)))))
                .isEqualTo(client);
    }

    @Test
    void rfc7239ForwardedIsReadWhenThereIsNoXForwardedFor() {
        proxies.trust("10.0.0.0/8");
        assertThat(proxies.clientAddress(request(
                        "10.1.2.3",
                        Map.of(
                                "Forwarded",
                                List.of("for=198.51.100.1;proto=http, for=\"[2001:db8::7]:4711\";proto=https")))))
                .isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(proxies.clientAddress(request(
                        "10.1.2.3",
                        Map.of("Forwarded", List.of("for=198.51.100.1"), "X-Forwarded-For", List.of("203.0.113.7")))))
                .as("X-Forwarded-For first")
                .isEqualTo("203.0.113.7");
    }

    @Test
    void nothingIsTrustedUnlessConfiguredAndATypoTrustsNobody() {
        proxies.trust("");
        assertThat(proxies.clientAddress(request("127.0.0.1", Map.of("X-Forwarded-For", List.of("203.0.113.7")))))
                .isEqualTo("127.0.0.1");
        proxies.trust("10.0.0.0/33, proxy.example, 10.0.0.0/x");
        assertThat(proxies.isTrusted("10.0.0.1")).isFalse();
        proxies.trust("0.0.0.0/0");
        assertThat(proxies.isTrusted("10.0.0.1")).isTrue();
        assertThat(proxies.isTrusted("2001:db8::1"))
                .as("an IPv4 range says nothing about IPv6")
                .isFalse();
    }

    @Test
    void httpsComesFromTheConnectionOrFromATrustedProxysHeader() {
        proxies.trust("10.0.0.0/8");
        assertThat(proxies.isSecure(request("10.0.0.5", Map.of("X-Forwarded-Proto", List.of("https")))))
                .isTrue();
        assertThat(proxies.isSecure(request("10.0.0.5", Map.of("X-Forwarded-Proto", List.of("http")))))
                .isFalse();
        assertThat(proxies.isSecure(request("10.0.0.5", Map.of("Forwarded", List.of("for=203.0.113.7;proto=https")))))
                .isTrue();
        assertThat(proxies.isSecure(request("192.0.2.50", Map.of("X-Forwarded-Proto", List.of("https")))))
                .as("from an untrusted peer")
                .isFalse();
        assertThat(proxies.isSecure(request("10.0.0.5", Map.of()))).isFalse();
    }

    /** A request from {@code peer} with these headers; every other method answers null or false. */
    private static HttpServletRequest request(String peer, Map<String, List<String>> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                TrustedProxiesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (self, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> peer;
                    case "isSecure" -> false;
                    case "getHeader" ->
                        headers.getOrDefault((String) args[0], List.of()).stream()
                                .findFirst()
                                .orElse(null);
                    case "getHeaders" -> Collections.enumeration(headers.getOrDefault((String) args[0], List.of()));
                    default -> method.getReturnType() == boolean.class ? false : null;
                });
    }
}
