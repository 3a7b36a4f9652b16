package de.fachtag.web.security;

import jakarta.security.enterprise.CallerPrincipal;

/** The signed-in caller: the e-mail address as name, and the one tenant the account belongs to. */
public class StaffPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final String tenantId;
    private final String displayName;

    public StaffPrincipal(String email, String tenantId, String displayName) {
        super(email);
        this.tenantId = tenantId;
        this.displayName = displayName;
    }

    /** The account's tenant; {@code null} for a platform operator. */
    public String getTenantId() {
        return tenantId;
    }

    public String getDisplayName() {
        return displayName;
    }
}
