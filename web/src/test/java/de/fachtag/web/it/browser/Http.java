package de.fachtag.web.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client (java.net.http) for what a browser hides: status codes, redirects and
 * response headers such as {@code Set-Cookie}. Follows no redirects and keeps no cookies on its
 * own; a test passes the cookie it means to send.
 */
public final class Http {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** @param base the application's root URL, ending with "/" */
    public Http(URI base) {
        this.base = base;
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public Response get(String path) {
        return get(path, null);
    }

    /** @param cookie a {@code Cookie} header value such as {@code FACHTAG_SESSION=abc}, or null */
    public Response get(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request.build());
    }

    /** GET with extra request headers (such as {@code X-Forwarded-Proto}). */
    public Response get(String path, String cookie, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    /**
     * GET of a path sent exactly as written: no dot segments removed, nothing encoded
     * ({@code /public/%2e/event.xhtml}, {@code /a/../b}, {@code ;x}).
     */
    public Response getRaw(String rawPath, String cookie) {
        String root = base.toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root.substring(0, root.length() - 1) + rawPath))
                .timeout(Duration.ofSeconds(30))
                .GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request.build());
    }

    /** A CORS preflight from {@code origin} for a POST. */
    public Response options(String path, String origin) {
        return send(HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .build());
    }

    /** Posts an encoded form body with extra request headers (such as {@code Origin}). */
    public Response postBody(String path, String cookie, String formBody, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    /** Posts a form as a browser does (application/x-www-form-urlencoded). */
    public Response postForm(String path, String cookie, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request.build());
    }

    /**
     * Signs in on {@code /login} as a browser does: the form with its view state, then the post.
     * Returns the answer to the post (302 on success; 200 with a message, 429 or 503 otherwise).
     */
    public Response signIn(String email, String password) {
        Response form = get("/login");
        // every cookie the form set, as a browser sends them back: in a cluster the session cookie
        // comes with Payara's JSESSIONIDVERSION, without which another instance cannot find the session
        String cookie = form.headers("Set-Cookie").stream()
                .map(h -> h.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b)
                .orElse(null);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login-form", "login-form");
        fields.put("login-form:email", email);
        fields.put("login-form:password", password);
        fields.put("login-form:submit", "");
        fields.put("jakarta.faces.ViewState", form.viewState());
        return postForm("/login", cookie, fields);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(request.method() + " " + request.uri(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One answer, with helpers for the parts the tests look at. */
    public record Response(String request, HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        public List<String> headers(String name) {
            return raw.headers().allValues(name);
        }

        /** The full {@code Set-Cookie} header that sets {@code name}, if any. */
        public Optional<String> setCookie(String name) {
            return headers("Set-Cookie").stream()
                    .filter(h -> h.startsWith(name + "="))
                    .findFirst();
        }

        /** The value {@code Set-Cookie} gives cookie {@code name}, if any. */
        public Optional<String> cookieValue(String name) {
            return setCookie(name).map(h -> h.substring(name.length() + 1).split(";", 2)[0]);
        }

        /** The Faces view state of the (only) form on the page. */
        public String viewState() {
            Matcher m = VIEW_STATE.matcher(body());
            if (!m.find()) {
                throw new AssertionError("No jakarta.faces.ViewState in the answer to " + request + ":\n" + body());
            }
            return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
        }

        @Override
        public String toString() {
            Map<String, List<String>> headers =
                    new LinkedHashMap<>(raw.headers().map());
            return request + " → " + status() + " " + headers;
        }
    }

    /**
     * A request over a plain socket with a {@code Host} header of the test's choosing (which
     * java.net.http refuses to set): a tenant's own host name, an unknown one, or garbage.
     * {@code host} is sent exactly as given; {@code null} sends no Host header at all.
     */
    public Raw withHost(String host, String method, String path, Map<String, String> headers, String body) {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            if (host != null) {
                head.append("Host: ").append(host).append("\r\n");
            }
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(content.length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            var out = socket.getOutputStream();
            out.write(head.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            byte[] all = socket.getInputStream().readAllBytes();
            String text = new String(all, java.nio.charset.StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> answerHeaders = new java.util.LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    answerHeaders
                            .computeIfAbsent(
                                    lines[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                                    k -> new java.util.ArrayList<>())
                            .add(lines[i].substring(colon + 1).strip());
                }
            }
            byte[] rest = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(all, end + 4, all.length);
            if (answerHeaders.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
                rest = dechunk(rest);
            }
            return new Raw(status, answerHeaders, new String(rest, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] dechunk(byte[] chunked) {
        var out = new java.io.ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = at;
            while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String size = new String(chunked, at, lineEnd - at, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .split(";")[0].strip();
            int length = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, Math.min(length, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + length + 2;
        }
        return out.toByteArray();
    }

    /** The answer of {@link #withHost}: header names in lowercase. */
    public record Raw(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of()).stream()
                    .findFirst();
        }

        @Override
        public String toString() {
            return status + " " + headers + "\n" + (body.length() > 2000 ? body.substring(0, 2000) + "…" : body);
        }
    }
}
