package de.fachtag.web.routing;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every answer gets, whatever its kind (page, JSON, PDF, CSV, static file, error page):
 * no framing, no sniffing, no referrer leaking a private link, and a Content-Security-Policy.
 *
 * <p>The policy set here allows nothing ({@code default-src 'none'}): right for JSON, files and
 * static resources. A Faces page replaces it with the page policy of web.xml
 * ({@code primefaces.CSP_POLICY}), to which PrimeFaces in its CSP mode appends the nonce of the
 * page's scripts: no inline script runs without it, and no inline event handler at all.
 */
final class SecurityHeaders {

    /** Everything else: JSON, PDF, CSV, calendars, CSS and script files. */
    static final String NOTHING_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** One year; only sent when the request came over HTTPS (directly or through a trusted proxy). */
    static final String HSTS = "max-age=31536000";

    private SecurityHeaders() {}

    static void apply(HttpServletResponse response, boolean https) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", NOTHING_POLICY);
        if (https) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    /**
     * A participant's private page: a Referer carries at most this site's origin, never the path
     * with the token; nothing stored by the browser or a proxy. Not {@code no-referrer}: with it
     * browsers send {@code Origin: null} on the page's own forms, which the cross-site check
     * ({@link RequestGuard}) must refuse, since any site can send that too.
     */
    static void privateLink(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "strict-origin");
        response.setHeader("Cache-Control", "no-store, max-age=0");
        response.setHeader("Pragma", "no-cache");
    }
}
