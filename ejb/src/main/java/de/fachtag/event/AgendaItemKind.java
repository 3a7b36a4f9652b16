package de.fachtag.event;

/** The kinds of programme items the seed flyers use (Come Together, Begrüßung, Input-Vortrag, Podiumsgespräch, Pause, Workshops, Auswertung …). */
public enum AgendaItemKind {
    ARRIVAL,
    WELCOME,
    GREETING,
    INPUT_TALK,
    PANEL,
    BREAK,
    LUNCH,
    WORKSHOP_BLOCK,
    EVALUATION,
    CLOSING
}
