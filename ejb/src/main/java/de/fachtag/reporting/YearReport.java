package de.fachtag.reporting;

import java.util.List;

/** All events of a tenant in one calendar year (events without a date are left out), with their sum. */
public record YearReport(int year, List<EventReport> events, Counts total, boolean manual) {}
