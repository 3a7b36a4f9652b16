package de.fachtag.tenantconfig;

/**
 * Conformance status of an accessibility statement, in the three wordings that § 12b BGG
 * and BITV 2.0 allow ("vollständig", "teilweise", "nicht vereinbar").
 */
public enum Conformance {
    FULL,
    PARTIAL,
    NONE
}
