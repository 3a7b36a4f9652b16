package de.fachtag.web.results;

import de.fachtag.reporting.DocumentationFigures;
import de.fachtag.reporting.SmallCells;
import de.fachtag.web.report.ReportTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The figures of a workshop as the documentation's page and PDF print them, in the reader's
 * language: attendance and the organisations by sector, each figure as the reports print a
 * protected one ("12", "< 5", "–"), sectors and definitions in the reports' own words.
 */
final class WorkshopFigureTexts {

    private WorkshopFigureTexts() {}

    static List<String> lines(DocumentationFigures figures, UUID workshopId, Locale locale) {
        SmallCells.Cell attendance = figures.attendance(workshopId);
        if (attendance == null) {
            return List.of();
        }
        ReportTexts t = new ReportTexts(locale);
        List<String> lines = new ArrayList<>();
        lines.add(ResultTexts.text(locale, "doc.attendance", attendance.toString()));
        List<DocumentationFigures.SectorFigure> sectors = figures.sectors(workshopId);
        if (!sectors.isEmpty()) {
            StringBuilder s = new StringBuilder();
            for (DocumentationFigures.SectorFigure f : sectors) {
                s.append(s.isEmpty() ? "" : "; ")
                        .append(t.sector(f.sector()))
                        .append(": ")
                        .append(f.cell());
            }
            lines.add(ResultTexts.text(locale, "doc.sectors", s.toString()));
        }
        return lines;
    }

    /**
     * The lines of every workshop of a documentation's events, by workshop id, for the PDF: each
     * event's figures as {@link de.fachtag.reporting.Reports#documentationFigures} gives them.
     */
    static java.util.Map<UUID, List<String>> lines(
            de.fachtag.results.PublishedDocumentation d,
            java.util.function.Function<String, DocumentationFigures> figuresOf,
            Locale locale) {
        java.util.Map<UUID, List<String>> all = new java.util.HashMap<>();
        for (de.fachtag.results.PublishedDocumentation.Part part : d.parts()) {
            DocumentationFigures figures = figuresOf.apply(part.eventSlug());
            for (de.fachtag.results.Documentation.Place place : part.places()) {
                if (place.workshop()) {
                    List<String> lines = lines(figures, place.id(), locale);
                    if (!lines.isEmpty()) {
                        all.put(place.id(), lines);
                    }
                }
            }
        }
        return all;
    }

    /** What the figures count, in the reports' definitions, and the protection of small numbers. */
    static List<String> notes(Locale locale) {
        ReportTexts t = new ReportTexts(locale);
        return List.of(
                t.label("ATTENDED") + ": " + t.definition("ATTENDED"),
                ResultTexts.text(locale, "doc.sectorsNote", t.definition("CONFIRMED")),
                ResultTexts.text(locale, "doc.smallCells"));
    }
}
