package de.fachtag.web.asset;

import de.fachtag.tenant.Logo;
import de.fachtag.tenant.TenantSite;
import de.fachtag.tenant.TenantSiteService;
import de.fachtag.tenantconfig.ColourContrast;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves {@code /t/{tenant}/theme.css}, {@code /t/{tenant}/logo} and
 * {@code /t/{tenant}/funders/{key}/logo}; reached only by the routing filter's forward, which
 * has already bound the tenant.
 */
@WebServlet("/_asset/*")
public class TenantAssetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    TenantSiteService sites;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (what.equals("/theme.css")) {
            theme(response, sites.site());
        } else if (what.equals("/logo")) {
            image(response, sites.logo());
        } else if (what.startsWith("/funder-logo/")) {
            image(response, sites.funderLogo(what.substring("/funder-logo/".length())));
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /**
     * The tenant's colours as CSS variables over the PrimeFaces theme. The text colour on the
     * primary colour is chosen by contrast, so buttons stay readable whatever the tenant picks.
     */
    private static void theme(HttpServletResponse response, TenantSite site) throws IOException {
        String onPrimary = ColourContrast.contrastAgainstWhite(site.primaryColour()) >= ColourContrast.AA_NORMAL_TEXT
                ? "#ffffff"
                : "#1b1b1b";
        String onAccent = ColourContrast.contrastAgainstWhite(site.accentColour()) >= ColourContrast.AA_NORMAL_TEXT
                ? "#ffffff"
                : "#1b1b1b";
        response.setContentType("text/css;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getWriter()
                .write(""
                        + ":root {\n"
                        + "  --ft-primary: " + site.primaryColour() + ";\n"
                        + "  --ft-on-primary: " + onPrimary + ";\n"
                        + "  --ft-accent: " + site.accentColour() + ";\n"
                        + "  --ft-on-accent: " + onAccent + ";\n"
                        + "  --primary-color: " + site.primaryColour() + ";\n"
                        + "  --primary-color-text: " + onPrimary + ";\n"
                        + "}\n");
    }

    private static void image(HttpServletResponse response, Optional<Logo> logo) throws IOException {
        if (logo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(logo.get().contentType());
        // An uploaded SVG must never run script, even when opened directly.
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(logo.get().bytes().length);
        response.getOutputStream().write(logo.get().bytes());
    }
}
