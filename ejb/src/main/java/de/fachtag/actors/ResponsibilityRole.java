package de.fachtag.actors;

/** The role of an actor for a task: responsible (exactly one per task, area and target group), involved, to inform, advising. */
public enum ResponsibilityRole {
    RESPONSIBLE("V"),
    INVOLVED("B"),
    TO_INFORM("I"),
    ADVISING("A");

    private final String letter;

    ResponsibilityRole(String letter) {
        this.letter = letter;
    }

    /** The letter of the matrix (German initials: verantwortlich, beteiligt, zu informieren, beratend). */
    public String letter() {
        return letter;
    }
}
