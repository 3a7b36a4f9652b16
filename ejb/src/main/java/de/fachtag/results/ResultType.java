package de.fachtag.results;

/** What a result says: a need, a problem, a proposal or measure, a good practice, an open question. */
public enum ResultType {
    NEED,
    PROBLEM,
    PROPOSAL,
    GOOD_PRACTICE,
    OPEN_QUESTION
}
