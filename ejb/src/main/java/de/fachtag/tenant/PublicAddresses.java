package de.fachtag.tenant;

import de.fachtag.platform.PlatformSettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The one place that builds absolute URLs: links in mails, the API's {@code selfServiceUrl} and
 * event addresses, the form's private link, canonical links, calendar files and printed
 * programmes. Every address comes from configuration: the platform's {@code FACHTAG_BASE_URL},
 * or a tenant's own host name (its first one) with the base URL's scheme and port. Never from a
 * request's {@code Host} header, which a client chooses.
 */
@Stateless
public class PublicAddresses {

    @Inject
    PlatformSettings settings;

    @PersistenceContext(unitName = "fachtag")
    EntityManager em;

    /** The platform's address without a trailing slash, e.g. {@code https://fachtag.example.org}. */
    public String platform() {
        return settings.baseUrl();
    }

    /**
     * A tenant's two roots, read with one query: its public pages' ({@link #tenantSite}) and its
     * private links' ({@link #privateLinkRoot}). A registration's mail needs both.
     */
    public TenantLinks roots(String tenant) {
        return primaryHost(tenant)
                .map(this::origin)
                .map(own -> new TenantLinks(own, own))
                .orElseGet(() -> TenantLinks.onPlatform(platform(), tenant));
    }

    /** The root of a tenant's public pages: {@code https://{host}} for a tenant with its own host, else {@code {base}/t/{tenant}}. */
    public String tenantSite(String tenant) {
        return roots(tenant).tenantSite();
    }

    /** A tenant's page by its path below the tenant root ({@code /e/fachtag-2027}, {@code /} for the home page). */
    public String tenantPage(String tenant, String path) {
        String site = tenantSite(tenant);
        return site + (path == null || path.isEmpty() ? "/" : path);
    }

    /** The public page of an event. */
    public String eventPage(String tenant, String event) {
        return tenantSite(tenant) + "/e/" + event;
    }

    /** A participant's private link {@code /r/{token}}, on the tenant's own host when it has one. */
    public String privateLink(String tenant, String token) {
        return roots(tenant).privateLink(token);
    }

    /** Where a tenant's private links start: its own host's origin, else the platform's address. */
    public String privateLinkRoot(String tenant) {
        return roots(tenant).privateLinkRoot();
    }

    /** The JSON API's root, e.g. {@code https://fachtag.example.org/api/v1}. */
    public String api() {
        return platform() + "/api/v1";
    }

    /** The host names of a tenant, its primary one (used in links) first. */
    public List<String> hosts(String tenant) {
        return em.createNamedQuery("TenantHost.ofTenant", TenantHost.class)
                .setParameter("tenant", tenant)
                .getResultStream()
                .map(TenantHost::getHost)
                .toList();
    }

    /** The tenant whose own host name this is; empty for every other host. */
    public Optional<String> tenantOfHost(String host) {
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(TenantHost.class, host)).map(TenantHost::getTenant);
    }

    /** The host of the platform's own address ({@code FACHTAG_BASE_URL}), lowercase. */
    public String platformHost() {
        String host = URI.create(platform()).getHost();
        return host == null ? "" : host.toLowerCase(java.util.Locale.ROOT);
    }

    private Optional<String> primaryHost(String tenant) {
        return hosts(tenant).stream().findFirst();
    }

    /** {@code scheme://host[:port]} with the base URL's scheme and port: one proxy serves all names. */
    String origin(String host) {
        URI base = URI.create(platform());
        return base.getScheme() + "://" + host + (base.getPort() < 0 ? "" : ":" + base.getPort());
    }
}
