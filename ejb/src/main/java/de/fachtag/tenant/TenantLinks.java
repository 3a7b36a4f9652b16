package de.fachtag.tenant;

/**
 * Where a tenant's links start: the root of its public pages ({@code {base}/t/{tenant}}, or the
 * tenant's own host) and the root of its private links ({@code {root}/r/{token}}), both without
 * a trailing slash. Built by {@link PublicAddresses#roots}; a mail's links come from it too.
 */
public record TenantLinks(String tenantSite, String privateLinkRoot) {

    public TenantLinks {
        tenantSite = tenantSite.replaceAll("/+$", "");
        privateLinkRoot = privateLinkRoot.replaceAll("/+$", "");
    }

    /** The links of a tenant without its own host name on the platform at {@code baseUrl}. */
    public static TenantLinks onPlatform(String baseUrl, String tenant) {
        String base = baseUrl == null ? "" : baseUrl;
        return new TenantLinks(base.replaceAll("/+$", "") + "/t/" + tenant, base);
    }

    /** A private link: {@code {privateLinkRoot}/r/{token}}. */
    public String privateLink(String token) {
        return privateLinkRoot + "/r/" + token;
    }
}
