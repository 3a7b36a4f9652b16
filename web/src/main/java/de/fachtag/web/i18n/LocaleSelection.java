package de.fachtag.web.i18n;

import de.fachtag.web.routing.TenantRoutingFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;

/**
 * The visitor's language: German unless they chose English with the switch ({@code ?lang=en}),
 * which a cookie remembers. No session is needed for that.
 */
@Named("lang")
@RequestScoped
public class LocaleSelection {

    static final String COOKIE = "fachtag-lang";
    public static final Locale GERMAN = Locale.GERMAN;

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve();
        }
        return locale;
    }

    public boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }

    /** The current page in the other language. */
    public String getSwitchUrl() {
        Object original = request.getAttribute(TenantRoutingFilter.ORIGINAL_PATH);
        String path = original == null ? "/" : original.toString();
        return request.getContextPath() + path + "?lang=" + (isEnglish() ? "de" : "en");
    }

    private Locale resolve() {
        String chosen = request.getParameter("lang");
        if ("de".equals(chosen) || "en".equals(chosen)) {
            Cookie cookie = new Cookie(COOKIE, chosen);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null) {
                ((HttpServletResponse) faces.getExternalContext().getResponse()).addCookie(cookie);
            }
            return Locale.forLanguageTag(chosen);
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            return Arrays.stream(cookies)
                    .filter(c -> COOKIE.equals(c.getName()) && "en".equals(c.getValue()))
                    .findFirst()
                    .map(c -> Locale.ENGLISH)
                    .orElse(GERMAN);
        }
        return GERMAN;
    }
}
