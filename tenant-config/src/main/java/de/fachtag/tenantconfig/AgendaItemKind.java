package de.fachtag.tenantconfig;

/** What a point of the programme (Programmpunkt) is; the pages style and label it by kind. */
public enum AgendaItemKind {
    /** Arrival, registration desk, "Come Together". */
    ARRIVAL,
    /** The host's welcome (Begrüßung). */
    WELCOME,
    /** A guest's address (Grußwort), typically from a ministry. */
    GREETING,
    /** A talk or practice report (Input-Vortrag, Impuls). */
    INPUT_TALK,
    /** A panel (Podiumsgespräch, Podiumsdiskussion). */
    PANEL,
    /** A short break (Kaffeepause). */
    BREAK,
    /** The lunch break (Mittagspause). */
    LUNCH,
    /** The time the event's workshops run in parallel; participants choose one of them. */
    WORKSHOP_BLOCK,
    /** The plenary that gathers the workshops' results (Auswertung). */
    EVALUATION,
    /** Closing words (Abschluss). */
    CLOSING
}
