package de.fachtag.tenantconfig;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each setting of one tenant or event file stands, by field path. Bean Validation reports paths,
 * not lines; this maps them back so every problem names its line.
 */
final class SourceLines {

    private final Map<String, Integer> lines = new HashMap<>();

    void record(String path, int line) {
        lines.putIfAbsent(path, line);
    }

    /** Whether the file has this setting (or list entry) itself, not only an ancestor of it. */
    boolean contains(String path) {
        return lines.containsKey(path);
    }

    /**
     * The line of a path, or of its nearest ancestor that is in the file. A missing setting
     * has no line of its own; its parent's line is where it has to be added.
     */
    int lineOf(String path) {
        String current = path;
        while (true) {
            Integer line = lines.get(current);
            if (line != null) {
                return line;
            }
            if (current.isEmpty()) {
                return 1;
            }
            current = parent(current);
        }
    }

    static String parent(String path) {
        if (path.endsWith("]")) {
            return path.substring(0, path.lastIndexOf('['));
        }
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }
}
