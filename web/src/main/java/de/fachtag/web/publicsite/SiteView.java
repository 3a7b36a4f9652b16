package de.fachtag.web.publicsite;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.fachtag.tenant.LocalizedString;
import de.fachtag.tenant.TenantSite;
import de.fachtag.tenant.TenantSiteService;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.routing.RequestTenant;

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
        return get().reviewedOn() == null ? null
                : get().reviewedOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang.getLocale()));
    }

    /** Base path of the tenant's pages, e.g. {@code /t/mittelsachsen}. */
    public String getBase() {
        return "/t/" + tenant.getSlug();
    }

    /**
     * The page a feedback link names as its origin ({@code feedback?from=}): the current path,
     * without a private link's token (the page of one's own registration is {@code /r/…}).
     */
    public String feedbackFrom(String path) {
        return de.fachtag.registration.Tokens.redact(path);
    }

    /** Changes whenever branding changes, so browsers refetch the theme. */
    public String getThemeVersion() {
        return Integer.toHexString((get().primaryColour() + get().accentColour()).hashCode());
    }
}
