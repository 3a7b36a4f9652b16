package de.fachtag.actors;

/**
 * The tables of the directory (V31) as entities, one class each beside this note: {@link ActorRow},
 * {@link ContactRow}, {@link AreaRow}, {@link TargetGroupRow}, {@link TaskRow},
 * {@link ResponsibilityRow}, {@link LifeSituationRow}, {@link LifeStepRow} and
 * {@link DirectoryRow}. They are plain rows referring to each other by id, package-private, written
 * and read by {@link ActorService} only; the pages and files get {@link ActorDirectory}.
 */
final class Entities {

    private Entities() {}

    /** A nullable uuid column held as text: EclipseLink's UUID conversion fails on NULL (as ResultItem). */
    static String id(java.util.UUID id) {
        return id == null ? null : id.toString();
    }

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
