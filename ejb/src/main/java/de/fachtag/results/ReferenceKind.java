package de.fachtag.results;

/** How one recommendation points at another: "siehe", "ergänzt", "widerspricht". */
public enum ReferenceKind {
    SEE,
    SUPPLEMENTS,
    CONTRADICTS
}
