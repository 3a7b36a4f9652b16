package de.fachtag.tenantconfig;

/** What a workshop result is: a need, a problem, a proposal or measure, a good practice, an open question. */
public enum ResultKind {
    NEED,
    PROBLEM,
    PROPOSAL,
    GOOD_PRACTICE,
    OPEN_QUESTION
}
