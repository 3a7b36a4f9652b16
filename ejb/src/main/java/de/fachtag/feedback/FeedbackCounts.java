package de.fachtag.feedback;

/** The dashboard's figures: messages waiting for an answer, and how many of them are past their deadline. */
public record FeedbackCounts(long open, long overdue) {}
