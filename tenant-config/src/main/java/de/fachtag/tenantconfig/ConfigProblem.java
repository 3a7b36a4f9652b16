package de.fachtag.tenantconfig;

/**
 * One problem in a tenant or event file, precise enough to fix without guessing.
 *
 * @param file    file name, e.g. {@code mittelsachsen.yaml} (or the index or directory
 *                the problem is about)
 * @param line    1-based line number; 0 when the problem has no line (a missing directory)
 * @param field   the setting in YAML names, dotted, with {@code [i]} for list entries,
 *                e.g. {@code funders[0].notice.de} or {@code agenda[3].end}; or one of the markers below for
 *                problems that belong to no single setting
 * @param message what is wrong, in terms of the file (never a Java class name)
 */
public record ConfigProblem(String file, int line, String field, String message) {

    /** Marker field for a YAML syntax error: the parser stops before it knows a setting. */
    public static final String SYNTAX = "(yaml)";

    /** Marker field for problems with the file as a whole: empty, unreadable, not UTF-8. */
    public static final String FILE = "(file)";

    /** Marker field for problems with {@code tenants/index.txt} or {@code tenants/events/index.txt}. */
    public static final String INDEX = "(index)";

    /** Marker field for problems with the extra tenant directory or its {@code events} folder. */
    public static final String DIRECTORY = "(directory)";

    /** {@code mittelsachsen.yaml:14 branding.primaryColor: '#12345' is not a colour}. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + " " + field + ": " + message;
    }
}
