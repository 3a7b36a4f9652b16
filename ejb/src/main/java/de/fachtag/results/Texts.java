package de.fachtag.results;

final class Texts {

    private Texts() {}

    /** Stripped, or null when blank. */
    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
