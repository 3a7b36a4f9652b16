package de.fachtag.web.routing;

import jakarta.servlet.http.HttpServletResponse;

/** Headers every page gets: no framing, no sniffing, no referrer leaking a private link. */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static void apply(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
    }

    /** A participant's private page: no Referer at all, nothing stored by the browser or a proxy. */
    static void privateLink(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store, max-age=0");
        response.setHeader("Pragma", "no-cache");
    }
}
