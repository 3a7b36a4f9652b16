package de.fachtag.web.publicsite;

import de.fachtag.tenant.LocalizedString;
import de.fachtag.tenant.TenantSite;
import de.fachtag.tenant.TenantSiteService;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.routing.RequestTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The current tenant's public face for every page under {@code /t/{tenant}/}. */
@Named("site")
@RequestScoped
public class SiteView {

    @EJB
    TenantSiteService sites;

    @Inject
    RequestTenant tenant;

    @Inject
    LocaleSelection lang;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    @EJB
    de.fachtag.tenant.PublicAddresses addresses;

    private TenantSite site;

    public TenantSite get() {
        if (site == null) {
            site = sites.site();
        }
        return site;
    }

    public boolean isPresent() {
        return tenant.isPresent() && de.fachtag.tenancy.TenantContext.current().isPresent();
    }

    /** A bilingual text in the reader's language. */
    public String text(LocalizedString text) {
        return text == null ? null : text.in(lang.getLocale());
    }

    public String getReviewedOn() {
        return get().reviewedOn() == null
                ? null
                : get().reviewedOn()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(lang.getLocale()));
    }

    /**
     * Base path of the tenant's pages, e.g. {@code /t/mittelsachsen}; empty on the tenant's own
     * host name, where its pages have no prefix.
     */
    public String getBase() {
        return tenant.getBase();
    }

    /**
     * The page a feedback link names as its origin ({@code feedback?from=}): the current path,
     * without a private link's token (the page of one's own registration is {@code /r/…}).
     */
    public String feedbackFrom(String path) {
        return de.fachtag.registration.Tokens.redact(path);
    }

    /**
     * The page's canonical address ({@code <link rel="canonical">}): a tenant's page on its own
     * host name when it has one, else below the base URL; the platform's home on the base URL.
     * None on private links, staff pages and error answers.
     */
    public String getCanonical() {
        var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        if (faces != null
                && faces.getExternalContext().getResponse() instanceof jakarta.servlet.http.HttpServletResponse r
                && r.getStatus() != 200) {
            return null;
        }
        Object page = request.getAttribute(de.fachtag.web.routing.TenantRoutingFilter.TENANT_PAGE);
        if (page != null && tenant.isPresent()) {
            return addresses.tenantPage(tenant.getSlug(), page.toString());
        }
        Object path = request.getAttribute(de.fachtag.web.routing.TenantRoutingFilter.ORIGINAL_PATH);
        return !tenant.isPresent() && "/".equals(path) ? addresses.platform() + "/" : null;
    }

    /** The platform's home (the list of organizers): on a tenant's own host, on the platform's address. */
    public String getPlatformHome() {
        return tenant.isOnOwnHost() ? addresses.platform() + "/" : request.getContextPath() + "/";
    }

    /** Changes whenever branding changes, so browsers refetch the theme. */
    public String getThemeVersion() {
        return Integer.toHexString((get().primaryColour() + get().accentColour()).hashCode());
    }
}
