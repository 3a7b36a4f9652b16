package de.fachtag.web.results;

import de.fachtag.results.Documentation.IndexEntry;
import de.fachtag.results.Documentation.IndexPlace;
import de.fachtag.results.Documentation.KeywordView;
import de.fachtag.results.Documentation.Place;
import de.fachtag.results.Documentation.RecommendationRef;
import de.fachtag.results.Documentation.RecommendationView;
import de.fachtag.results.Documentation.ReferenceView;
import de.fachtag.results.Documentation.ResultView;
import de.fachtag.results.PublishedDocumentation;
import de.fachtag.results.PublishedDocumentation.Part;
import de.fachtag.tenant.LocalizedString;
import de.fachtag.web.print.TaggedPdf;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * A documentation as a PDF/UA-1 document, the same contents as its page: title, the funders'
 * notices, a table of contents with page numbers, goal, the events and places with their results,
 * the recommendations with their sources and cross-references, and the keyword index, where
 * every place a keyword is used is a link with its page number. Bookmarks follow the headings.
 *
 * <p>Why openhtmltopdf (through {@link TaggedPdf}) and not AsciidoctorJ PDF: the platform prints
 * every PDF with it already (programme, lists, reports, the funding report) and veraPDF passes
 * them as PDF/UA-1; it resolves {@code target-counter(attr(href), page)}, which gives the index,
 * the contents and every cross-reference its page number, and it writes bookmarks from
 * {@code <bookmarks>}. AsciidoctorJ PDF would bring JRuby (tens of MB) into the WAR and does not
 * produce tagged PDF/UA.
 */
final class DocumentationPdf {

    private final PublishedDocumentation d;
    private final Locale locale;
    private final TaggedPdf pdf;
    /** The lines of figures under each workshop (attendance, sectors), by workshop id; and what they count. */
    private java.util.Map<java.util.UUID, List<String>> figures = java.util.Map.of();

    private List<String> figureNotes = List.of();
    /** The pictures of the results (photos of flip charts) with their text alternatives, by result id. */
    private java.util.Map<java.util.UUID, List<Picture>> pictures = java.util.Map.of();

    /** A picture of a result: the file and its text alternative, the PDF's alternate description. */
    record Picture(byte[] content, String contentType, String alt) {}

    /** Who answers for each recommendation, by id (may be empty). */
    private java.util.Map<java.util.UUID, de.fachtag.results.FollowUp.Responsible> responsibles = java.util.Map.of();
    /** The published actors' names by key, and where their pages are (absolute address of the key). */
    private java.util.Map<String, String> actorNames = java.util.Map.of();

    private java.util.function.UnaryOperator<String> actorPage = k -> null;
    /** The results' responsible actors by id (keys). */
    private java.util.Map<java.util.UUID, String> resultActors = java.util.Map.of();

    private DocumentationPdf(PublishedDocumentation d, Locale locale, String author) {
        this.d = d;
        this.locale = locale;
        this.pdf = new TaggedPdf("en".equals(locale.getLanguage()) ? "en" : "de-DE", title(), author, t("pdf.subject"));
    }

    static byte[] render(PublishedDocumentation d, Locale locale, String author) {
        return render(d, locale, author, java.util.Map.of(), List.of(), java.util.Map.of());
    }

    /** With the figures of the workshops (attendance and sectors, protected as the reports protect them) and their notes. */
    static byte[] render(
            PublishedDocumentation d,
            Locale locale,
            String author,
            java.util.Map<java.util.UUID, List<String>> figures,
            List<String> figureNotes) {
        return render(d, locale, author, figures, figureNotes, java.util.Map.of());
    }

    /** With the figures of the workshops and the pictures of the results (by result id). */
    static byte[] render(
            PublishedDocumentation d,
            Locale locale,
            String author,
            java.util.Map<java.util.UUID, List<String>> figures,
            List<String> figureNotes,
            java.util.Map<java.util.UUID, List<Picture>> pictures) {
        return render(
                d,
                locale,
                author,
                figures,
                figureNotes,
                pictures,
                java.util.Map.of(),
                java.util.Map.of(),
                java.util.Map.of(),
                k -> null);
    }

    /**
     * With who answers for each recommendation: the person's name, and the actor's name linked to
     * its page when the actor is published ({@code actorNames} holds only those).
     */
    static byte[] render(
            PublishedDocumentation d,
            Locale locale,
            String author,
            java.util.Map<java.util.UUID, de.fachtag.results.FollowUp.Responsible> responsibles,
            java.util.Map<java.util.UUID, String> resultActors,
            java.util.Map<String, String> actorNames,
            java.util.function.UnaryOperator<String> actorPage) {
        return render(
                d,
                locale,
                author,
                java.util.Map.of(),
                List.of(),
                java.util.Map.of(),
                responsibles,
                resultActors,
                actorNames,
                actorPage);
    }

    /** Everything the public PDF carries: workshop figures, pictures, and who answers for what. */
    static byte[] render(
            PublishedDocumentation d,
            Locale locale,
            String author,
            java.util.Map<java.util.UUID, List<String>> figures,
            List<String> figureNotes,
            java.util.Map<java.util.UUID, List<Picture>> pictures,
            java.util.Map<java.util.UUID, de.fachtag.results.FollowUp.Responsible> responsibles,
            java.util.Map<java.util.UUID, String> resultActors,
            java.util.Map<String, String> actorNames,
            java.util.function.UnaryOperator<String> actorPage) {
        DocumentationPdf p = new DocumentationPdf(d, locale, author);
        p.pictures = pictures;
        p.figures = figures;
        p.figureNotes = figures.isEmpty() ? List.of() : figureNotes;
        p.responsibles = responsibles;
        p.resultActors = resultActors;
        p.actorNames = actorNames;
        p.actorPage = actorPage;
        p.build();
        return p.pdf.render();
    }

    /** "Verantwortlich: Name. Akteur: Landratsamt" (the actor linked to its page), when anyone answers for it. */
    private void responsible(Element body, RecommendationView r) {
        de.fachtag.results.FollowUp.Responsible who = responsibles.get(r.id());
        if (who == null) {
            return;
        }
        String actor = who.actorKey() == null ? null : actorNames.get(who.actorKey());
        if (who.name() == null && actor == null) {
            return;
        }
        Element p = pdf.add(body, "p", "");
        p.setAttribute("class", "responsible");
        if (who.name() != null) {
            text(p, t("fu.responsible") + ": " + who.name() + ". ");
        }
        if (actor != null) {
            actorLink(p, who.actorKey(), actor);
        }
    }

    /** "Akteur: Landratsamt" with the name linked to the actor's public page. */
    private void actorLink(Element parent, String key, String name) {
        text(parent, t("fu.actor") + ": ");
        Element a = pdf.add(parent, "a", name);
        a.setAttribute("href", actorPage.apply(key));
        a.setAttribute("class", "actor");
        a.setAttribute("title", name);
    }

    private void build() {
        pdf.style(css());
        Element body = pdf.body();
        Element marks = pdf.add(pdf.head(), "bookmarks");
        pdf.add(body, "h1", title()).setAttribute("id", "title");
        if (d.illustrative()) {
            pdf.add(body, "p", t("doc.illustrative")).setAttribute("class", "note");
        }
        if (d.publishedAt() != null) {
            pdf.add(
                            body,
                            "p",
                            t(
                                    "pdf.published",
                                    d.publishedAt()
                                            .atZone(ZoneId.of("Europe/Berlin"))
                                            .toLocalDate()
                                            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                                    .withLocale(locale))))
                    .setAttribute("class", "muted");
        }
        if (!d.funderNotices().isEmpty()) {
            Element funders = pdf.add(body, "div");
            funders.setAttribute("class", "funders");
            pdf.add(funders, "p", t("pdf.funders")).setAttribute("class", "funders-label");
            for (LocalizedString notice : d.funderNotices()) {
                pdf.add(funders, "p", notice.in(locale));
            }
        }

        // contents
        pdf.add(body, "h2", t("doc.toc")).setAttribute("id", "toc");
        bookmark(marks, t("doc.toc"), "toc");
        Element toc = pdf.add(body, "ol");
        toc.setAttribute("class", "toc");
        boolean goal = d.goal() != null && d.goal().getDe() != null;
        if (goal) {
            tocEntry(toc, t("doc.goal"), "goal");
        }
        String resultsHeading = d.series() ? t("pub.events") : t("doc.results");
        Element resultsEntry = tocEntry(toc, resultsHeading, "results");
        Element sub = pdf.add(resultsEntry, "ol");
        if (d.series()) {
            for (Part part : d.parts()) {
                tocEntry(sub, part.label() + " – " + part.title().in(locale), part.anchor());
            }
        } else {
            for (Place place : places()) {
                tocEntry(sub, place.code() + " – " + placeTitle(null, place), place.anchor());
            }
        }
        Element recEntry = tocEntry(toc, t("doc.recommendations"), "recommendations");
        if (!d.recommendations().isEmpty()) {
            Element recs = pdf.add(recEntry, "ol");
            for (RecommendationView r : d.recommendations()) {
                tocEntry(recs, r.identifier() + " " + r.title(locale), r.anchor());
            }
        }
        tocEntry(toc, t("doc.index"), "index");

        if (goal) {
            heading(body, "h2", t("doc.goal"), "goal", marks);
            pdf.add(body, "p", d.goal().in(locale));
        }

        Element resultsMark = heading(body, "h2", resultsHeading, "results", marks);
        if (d.series()) {
            for (Part part : d.parts()) {
                heading(body, "h3", part.label() + " – " + part.title().in(locale), part.anchor(), resultsMark);
                String when = part.date() == null
                        ? ""
                        : part.date()
                                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                        .withLocale(locale));
                String where = part.city() == null ? "" : part.city();
                if (!when.isEmpty() || !where.isEmpty()) {
                    pdf.add(body, "p", when + (when.isEmpty() || where.isEmpty() ? "" : ", ") + where)
                            .setAttribute("class", "muted");
                }
                if (part.places().isEmpty()) {
                    pdf.add(body, "p", t("doc.noResults"));
                }
                for (Place place : part.places()) {
                    pdf.add(body, "h4", place.code() + " – " + placeTitle(part, place))
                            .setAttribute("id", place.anchor());
                    figures(body, place);
                    results(body, place);
                }
            }
        } else {
            for (Place place : places()) {
                heading(body, "h3", place.code() + " – " + placeTitle(null, place), place.anchor(), resultsMark);
                figures(body, place);
                results(body, place);
            }
        }
        if (!figureNotes.isEmpty()) {
            Element notes = pdf.add(body, "ul");
            notes.setAttribute("class", "muted");
            figureNotes.forEach(n -> pdf.add(notes, "li", n));
        }

        Element recMark = heading(body, "h2", t("doc.recommendations"), "recommendations", marks);
        for (RecommendationView r : d.recommendations()) {
            heading(body, "h3", r.identifier() + " " + r.title(locale), r.anchor(), recMark);
            pdf.add(body, "p", r.text(locale));
            responsible(body, r);
            Element sources = pdf.add(body, "p", t("doc.sources") + ": ");
            for (int i = 0; i < r.sources().size(); i++) {
                ref(sources, r.sources().get(i).label(), r.sources().get(i).anchor(), i > 0);
            }
            if (!r.references().isEmpty()) {
                Element refs = pdf.add(body, "p", "");
                for (int i = 0; i < r.references().size(); i++) {
                    ReferenceView ref = r.references().get(i);
                    text(refs, (i > 0 ? "; " : "") + t("ref." + ref.kind().name()) + " ");
                    ref(refs, ref.targetIdentifier(), ref.anchor(), false);
                }
            }
            if (!r.referencedBy().isEmpty()) {
                Element by = pdf.add(body, "p", t("doc.referencedBy") + ": ");
                for (int i = 0; i < r.referencedBy().size(); i++) {
                    ref(
                            by,
                            r.referencedBy().get(i).targetIdentifier(),
                            r.referencedBy().get(i).anchor(),
                            i > 0);
                }
            }
            if (!r.keywords().isEmpty()) {
                pdf.add(body, "p", t("doc.keywords") + ": " + keywords(r.keywords()))
                        .setAttribute("class", "muted");
            }
        }

        heading(body, "h2", t("doc.index"), "index", marks);
        if (d.index().isEmpty()) {
            pdf.add(body, "p", t("doc.indexEmpty"));
        } else {
            Element list = pdf.add(body, "ul");
            list.setAttribute("class", "index");
            for (IndexEntry e : d.index()) {
                Element li = pdf.add(list, "li");
                String synonyms = e.keyword().synonyms().isEmpty()
                        ? ""
                        : " (" + t("doc.synonyms", String.join(", ", e.keyword().synonyms())) + ")";
                pdf.add(li, "strong", e.keyword().label(locale));
                text(li, synonyms + ": ");
                List<IndexPlace> places = e.places();
                for (int i = 0; i < places.size(); i++) {
                    ref(li, places.get(i).label(), places.get(i).anchor(), i > 0);
                }
            }
        }
    }

    private void figures(Element body, Place place) {
        List<String> lines = figures.getOrDefault(place.id(), List.of());
        if (!lines.isEmpty()) {
            Element ul = pdf.add(body, "ul");
            ul.setAttribute("class", "figures");
            lines.forEach(l -> pdf.add(ul, "li", l));
        }
    }

    private void results(Element body, Place place) {
        if (place.results().isEmpty()) {
            pdf.add(body, "p", t("doc.noResults"));
            return;
        }
        Element ol = pdf.add(body, "ul");
        ol.setAttribute("class", "results");
        for (ResultView r : place.results()) {
            Element li = pdf.add(ol, "li");
            li.setAttribute("id", r.anchor());
            pdf.add(li, "strong", r.label() + " " + t("type." + r.type().name()) + ":");
            text(li, " " + r.text(locale));
            if (r.fieldOfAction() != null) {
                pdf.add(li, "span", t("doc.fieldOfAction", r.fieldOfAction())).setAttribute("class", "line");
            }
            String actorKey = resultActors.get(r.id());
            if (actorKey != null && actorNames.containsKey(actorKey)) {
                Element line = pdf.add(li, "span", "");
                line.setAttribute("class", "line");
                actorLink(line, actorKey, actorNames.get(actorKey));
            }
            if (!r.keywords().isEmpty()) {
                pdf.add(li, "span", t("doc.keywords") + ": " + keywords(r.keywords()))
                        .setAttribute("class", "line muted");
            }
            for (Picture picture : pictures.getOrDefault(r.id(), List.of())) {
                Element holder = pdf.add(li, "div");
                holder.setAttribute("class", "picture");
                pdf.image(holder, picture.content(), picture.contentType(), picture.alt(), "picture");
            }
            if (!r.usedBy().isEmpty()) {
                Element used = pdf.add(li, "span", t("doc.usedBy") + ": ");
                used.setAttribute("class", "line");
                List<RecommendationRef> refs = r.usedBy();
                for (int i = 0; i < refs.size(); i++) {
                    ref(used, refs.get(i).identifier(), refs.get(i).identifier(), i > 0);
                }
            }
            if (r.setAside()) {
                pdf.add(li, "span", t("doc.setAside", r.setAsideReason())).setAttribute("class", "line");
            }
        }
    }

    /** A cross-reference: a link to the place with its page number ("A.2 (S. 3)"). */
    private void ref(Element parent, String label, String anchor, boolean comma) {
        if (comma) {
            text(parent, ", ");
        }
        Element a = pdf.add(parent, "a", label);
        a.setAttribute("href", "#" + anchor);
        a.setAttribute("class", "ref");
        a.setAttribute("title", t("pdf.goTo", label));
    }

    private Element tocEntry(Element list, String label, String anchor) {
        Element li = pdf.add(list, "li");
        Element a = pdf.add(li, "a", label);
        a.setAttribute("href", "#" + anchor);
        a.setAttribute("class", "toc");
        a.setAttribute("title", t("pdf.goTo", label));
        return li;
    }

    private Element heading(Element body, String tag, String text, String id, Element marks) {
        pdf.add(body, tag, text).setAttribute("id", id);
        return bookmark(marks, text, id);
    }

    private Element bookmark(Element parent, String name, String id) {
        Element b = pdf.add(parent, "bookmark");
        b.setAttribute("name", TaggedPdf.printable(name));
        b.setAttribute("href", "#" + id);
        return b;
    }

    private void text(Element parent, String text) {
        parent.appendChild(parent.getOwnerDocument().createTextNode(TaggedPdf.printable(text)));
    }

    private List<Place> places() {
        return d.parts().stream().flatMap(p -> p.places().stream()).toList();
    }

    private String placeTitle(Part part, Place place) {
        if (place.title() == null) {
            return t("doc.wholeEvent", part == null ? "" : part.title().in(locale));
        }
        return place.title().in(locale);
    }

    private String keywords(List<KeywordView> keywords) {
        return String.join(", ", keywords.stream().map(k -> k.label(locale)).toList());
    }

    private String title() {
        return t("doc.title", d.title() == null ? d.slug() : d.title().in(locale));
    }

    private String css() {
        String page = TaggedPdf.cssString(" (" + t("pdf.pageRef") + " ");
        return "@page { size: A4; margin: 18mm 18mm 20mm 18mm;"
                + " @bottom-right { content: " + TaggedPdf.pageCounter(t("pdf.page")) + "; font-family: '"
                + TaggedPdf.FAMILY
                + "'; font-size: 8pt; color: #4a4f55; } }\n"
                + "body { font-family: '" + TaggedPdf.FAMILY
                + "'; font-size: 10pt; color: #1b1b1b; line-height: 1.35; }\n"
                + "h1 { font-size: 18pt; margin: 0 0 3mm 0; } h2 { font-size: 14pt; margin: 8mm 0 2mm 0; }"
                + " h3 { font-size: 11.5pt; margin: 5mm 0 1.5mm 0; } h4 { font-size: 10.5pt; margin: 4mm 0 1mm 0; }\n"
                + "p { margin: 0 0 1.5mm 0; } .muted { color: #4a4f55; } .note { border-left: 2pt solid #767676; padding-left: 2mm; }\n"
                + ".funders { border: 0.75pt solid #9a9fa5; padding: 2.5mm; margin: 3mm 0; } .funders-label { font-size: 8.5pt; }\n"
                + "a { color: #1b1b1b; text-decoration: none; }\n"
                + "a.ref::after { content: " + page + " target-counter(attr(href), page) \")\"; }\n"
                + "a.toc::after { content: \" \\2026  \" target-counter(attr(href), page); }\n"
                + "ol.toc, ol.toc ol { margin: 0 0 0 5mm; padding: 0; } ol.toc li { margin: 0.5mm 0; }\n"
                + "ul.results, ul.index { margin: 0 0 2mm 5mm; padding: 0; } ul.results li, ul.index li { margin: 0 0 1.5mm 0; }\n"
                + ".line { display: block; }\n"
                + "img.picture { display: block; max-width: 120mm; max-height: 90mm; margin: 1.5mm 0; }\n"
                + "h2, h3, h4 { page-break-after: avoid; } li { page-break-inside: avoid; }\n";
    }

    private String t(String key, Object... args) {
        return ResultTexts.text(locale, key, args);
    }
}
