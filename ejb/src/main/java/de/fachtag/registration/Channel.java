package de.fachtag.registration;

/** How a registration or a consent decision reached the platform. */
public enum Channel {
    /** The public form. */
    FORM,
    /** The JSON API, from a tenant's own site. */
    API,
    /** Entered by the tenant's staff. */
    ORGANIZER,
    /** The participant's private link (consents only). */
    SELF_SERVICE
}
