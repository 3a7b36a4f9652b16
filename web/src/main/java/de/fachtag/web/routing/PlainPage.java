package de.fachtag.web.routing;

import de.fachtag.web.registration.RegistrationTexts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A page written by a filter without Faces, for answers given before or instead of the usual
 * pages (a body over the limit, a database that cannot be reached): a heading and a sentence
 * from the messages bundle, in the request's language. The security headers are RequestGuard's.
 */
final class PlainPage {

    private PlainPage() {}

    /** The request's language: English when preferred, else German (also without Accept-Language). */
    static Locale locale(HttpServletRequest request) {
        // without Accept-Language the container would offer its own default locale: German then
        return request.getHeader("Accept-Language") == null
                ? Locale.GERMAN
                : RegistrationTexts.fromAcceptLanguage(Collections.list(request.getLocales()));
    }

    static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(
                "de.fachtag.web.i18n.messages",
                locale,
                Thread.currentThread().getContextClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Writes the page of the bundle's {@code key}.title and {@code key}.text; the status is the caller's. */
    static void write(HttpServletResponse response, Locale locale, String key) throws IOException {
        ResourceBundle texts = texts(locale);
        String title = texts.getString(key + ".title");
        response.setHeader("Content-Language", locale.getLanguage());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("text/html");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<title>" + title + "</title></head><body><main><h1>" + title + "</h1><p>"
                        + texts.getString(key + ".text") + "</p></main></body></html>");
    }
}
