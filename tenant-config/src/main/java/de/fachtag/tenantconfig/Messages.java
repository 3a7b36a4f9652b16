package de.fachtag.tenantconfig;

/** Helpers for building constraint messages that quote values from a tenant file. */
final class Messages {

    private Messages() {}

    /**
     * Escapes a value for use in a Bean Validation message template. Values come from files
     * an operator may have copied from anywhere; unescaped, a '{' or '$' in them would be
     * read as a message parameter or an expression.
     */
    static String literal(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '{' || c == '}' || c == '$' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
