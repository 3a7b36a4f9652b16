package de.fachtag.tenantconfig;

/** How a recommendation refers to another: "siehe", "ergänzt", "widerspricht". */
public enum CrossReferenceKind {
    SEE,
    SUPPLEMENTS,
    CONTRADICTS
}
