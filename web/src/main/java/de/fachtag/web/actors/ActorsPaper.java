package de.fachtag.web.actors;

import de.fachtag.actors.ActorDirectory;
import de.fachtag.actors.ActorDirectory.Actor;
import de.fachtag.actors.ActorDirectory.Contact;
import de.fachtag.actors.ActorDirectory.LifeSituation;
import de.fachtag.actors.ActorDirectory.Step;
import de.fachtag.actors.ActorDirectory.Task;
import de.fachtag.actors.ResponsibilityRole;
import de.fachtag.web.print.TaggedPdf;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/**
 * The printable Schnittstellenpapier (A4 landscape, PDF/UA-1 through {@link TaggedPdf}), made from
 * the published directory: title, the date of the data and its source, the matrix tasks x actors
 * as a table with column headers (the actors) and row headers (the tasks), its legend, the
 * Wegweiser's life situations with their steps, the directory of actors with address, languages,
 * website and contacts (a person's name only with consent), and the tenant's funding notices at
 * the foot of every page.
 */
public final class ActorsPaper {

    private final ActorTexts texts;

    public ActorsPaper(ActorTexts texts) {
        this.texts = texts;
    }

    /**
     * @param published the directory as the public sees it
     * @param tenantName the tenant's name, printed under the title and as the author
     * @param funders    the tenant's funders as every PDF prints them
     * @param page       the public page's address, printed in the footer
     */
    public byte[] render(
            ActorDirectory published, String tenantName, List<TaggedPdf.Funder> funders, URI page, Instant now) {
        ActorDirectory d = published;
        String title = texts.get("paper.title");
        TaggedPdf pdf = new TaggedPdf(texts.english() ? "en" : "de-DE", title, tenantName, texts.get("paper.subject"));
        pdf.style(css(funders));
        Element body = pdf.body();

        Element foot = pdf.add(body, "div");
        foot.setAttribute("id", "page-foot");
        if (!funders.isEmpty()) {
            pdf.funders(foot, funders, name -> texts.get("paper.logoAlt", name), true);
        }
        Element line = pdf.add(foot, "p", null, "foot-line");
        pdf.add(line, "span", tenantName + " · " + page, "foot-site");
        pdf.add(line, "span", null, "foot-page");

        pdf.add(body, "h1", title);
        pdf.add(body, "p", tenantName, "tenant");
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.locale());
        if (d.asOf() != null) {
            pdf.add(body, "p", texts.get("paper.asOf", d.asOf().format(dates)), "as-of");
        }
        if (d.source() != null) {
            pdf.add(body, "p", texts.get("page.source", d.source()), "small");
        }
        pdf.add(
                body,
                "p",
                texts.get(
                        "paper.printed",
                        now.atZone(ZoneId.of("Europe/Berlin")).toLocalDate().format(dates),
                        page.toString()),
                "small");
        if (d.actors().stream().anyMatch(Actor::illustrative)) {
            pdf.add(body, "p", texts.get("paper.illustrative"), "illustrative");
        }

        // --- the matrix
        pdf.add(body, "h2", texts.get("paper.matrix"));
        Element legend = pdf.add(body, "p", null, "small");
        legend.setTextContent(TaggedPdf.printable(List.of(ResponsibilityRole.values()).stream()
                .map(r -> r.letter() + " = " + texts.get("role." + r.name()))
                .collect(Collectors.joining(" · "))));
        List<Actor> columns = d.matrixActors();
        Element table = pdf.add(body, "table", null, "matrix");
        Element headRow = pdf.add(pdf.add(table, "thead"), "tr");
        Element corner = pdf.add(headRow, "th", texts.get("matrix.task"));
        corner.setAttribute("scope", "col");
        for (Actor a : columns) {
            pdf.add(headRow, "th", a.label()).setAttribute("scope", "col");
        }
        Element tbody = pdf.add(table, "tbody");
        for (Task t : d.tasks()) {
            Element tr = pdf.add(tbody, "tr");
            pdf.add(tr, "th", t.title(texts.locale())).setAttribute("scope", "row");
            for (Actor a : columns) {
                pdf.add(tr, "td", d.cell(t.key(), a.key()));
            }
        }

        // --- the Wegweiser
        if (!d.lifeSituations().isEmpty()) {
            pdf.add(body, "h2", texts.get("paper.guide"), "new-page");
            for (LifeSituation s : d.lifeSituations()) {
                Element block = pdf.add(body, "div", null, "keep");
                pdf.add(block, "h3", s.title(texts.locale()));
                if (s.description(texts.locale()) != null) {
                    pdf.add(block, "p", s.description(texts.locale()));
                }
                Element ol = pdf.add(block, "ol");
                for (Step step : s.steps()) {
                    Task t = d.task(step.task()).orElse(null);
                    if (t == null) {
                        continue;
                    }
                    List<Actor> responsible =
                            d.responsibleFor(t.key(), s.targetGroup(), ResponsibilityRole.RESPONSIBLE);
                    if (responsible.isEmpty()) {
                        responsible = d.responsibleFor(t.key(), null, ResponsibilityRole.RESPONSIBLE);
                    }
                    String who = responsible.isEmpty()
                            ? texts.get("guide.nobody")
                            : responsible.stream().map(Actor::name).collect(Collectors.joining(", "));
                    String note = step.note(texts.locale());
                    pdf.add(
                            ol,
                            "li",
                            t.title(texts.locale()) + " – " + texts.get("guide.responsible") + " " + who
                                    + (note == null ? "" : ". " + note));
                }
            }
        }

        // --- the directory with contacts
        pdf.add(body, "h2", texts.get("paper.directory"), "new-page");
        for (Actor a : d.actors()) {
            Element block = pdf.add(body, "div", null, "keep actor");
            pdf.add(block, "h3", a.name());
            String facts = texts.get("kind." + a.kind().name()) + " · "
                    + texts.get("level." + a.level().name())
                    + (a.illustrative() ? " · " + texts.get("illustrative") : "");
            pdf.add(block, "p", facts, "small");
            if (a.description(texts.locale()) != null) {
                pdf.add(block, "p", a.description(texts.locale()));
            }
            Element dl = pdf.add(block, "ul", null, "facts");
            if (a.hasAddress()) {
                pdf.add(
                        dl,
                        "li",
                        texts.get("actor.address") + ": "
                                + String.join(
                                        ", ",
                                        java.util.stream.Stream.of(
                                                        a.street(),
                                                        java.util.stream.Stream.of(a.postcode(), a.city())
                                                                .filter(x -> x != null)
                                                                .collect(Collectors.joining(" ")))
                                                .filter(x -> x != null && !x.isBlank())
                                                .toList()));
            }
            if (a.openingHours() != null) {
                pdf.add(dl, "li", texts.get("actor.openingHours") + ": " + a.openingHours());
            }
            if (!a.languages().isEmpty()) {
                pdf.add(
                        dl,
                        "li",
                        texts.get("actor.languages") + ": "
                                + a.languages().stream()
                                        .map(l -> java.util.Locale.forLanguageTag(l)
                                                .getDisplayLanguage(texts.locale()))
                                        .collect(Collectors.joining(", ")));
            }
            if (a.website() != null) {
                pdf.add(dl, "li", texts.get("actor.website") + ": " + a.website());
            }
            if (a.email() != null) {
                pdf.add(dl, "li", texts.get("actor.email") + ": " + a.email());
            }
            if (a.phone() != null) {
                pdf.add(dl, "li", texts.get("actor.phone") + ": " + a.phone());
            }
            if (!a.contacts().isEmpty()) {
                pdf.add(block, "p", texts.get("paper.contacts") + ":", "label");
                Element ul = pdf.add(block, "ul");
                for (Contact c : a.contacts()) {
                    StringBuilder s = new StringBuilder(c.role());
                    if (c.publishedName() != null) {
                        s.append(": ").append(c.publishedName());
                    }
                    if (c.email() != null) {
                        s.append(", ").append(c.email());
                    }
                    if (c.phone() != null) {
                        s.append(", ").append(c.phone());
                    }
                    pdf.add(ul, "li", s.toString());
                }
            }
            List<Task> tasks = d.tasksOf(a.key());
            if (!tasks.isEmpty()) {
                pdf.add(
                        block,
                        "p",
                        texts.get("actor.tasks") + ": "
                                + tasks.stream()
                                        .map(t -> t.title(texts.locale())
                                                + " ("
                                                + d.roles(t.key(), a.key()).stream()
                                                        .map(r -> texts.get("role." + r.name()))
                                                        .collect(Collectors.joining(", "))
                                                + ")")
                                        .collect(Collectors.joining("; ")),
                        "small");
            }
        }
        return pdf.render();
    }

    /** Bottom margin: each funder beside its notice, the address line, the rule (as the programme's). */
    private static float footHeight(List<TaggedPdf.Funder> funders) {
        float mm = 14;
        for (TaggedPdf.Funder f : funders) {
            int lines = f.notice() == null ? 0 : (int) Math.ceil(f.notice().length() / 150.0);
            float mark =
                    4 + (f.logo() != null ? 11 : 4 * (int) Math.ceil(f.name().length() / 60.0));
            mm += Math.max(mark, lines * 3.6f) + 3;
        }
        return mm;
    }

    private String css(List<TaggedPdf.Funder> funders) {
        String family = "font-family: '" + TaggedPdf.FAMILY + "';";
        String pageLabel = TaggedPdf.pageCounter(texts.get("paper.page", "{0}", "{1}"));
        String p = "#1f4e79";
        return "@page { size: A4 landscape; margin: 12mm 14mm " + footHeight(funders) + "mm 14mm;"
                + " @bottom-left { content: element(foot); vertical-align: top; width: 100%; } }\n"
                + "#page-foot { position: running(foot); " + family + " font-size: 7.5pt; color: #1b1b1b;"
                + " border-top: 0.75pt solid #4a4f55; padding-top: 2mm; }\n"
                + ".foot-line { margin: 1.5mm 0 0 0; color: #4a4f55; font-size: 7.5pt; }"
                + " .foot-page { float: right; } .foot-page::after { content: " + pageLabel + "; }\n"
                + "body { " + family + " font-size: 9.5pt; color: #1b1b1b; line-height: 1.3; }\n"
                + "h1 { font-size: 20pt; margin: 0 0 1.5mm 0; color: " + p + "; }"
                + " h2 { font-size: 14pt; color: " + p
                + "; margin: 5mm 0 2mm 0; } h3 { font-size: 11pt; margin: 3mm 0 1mm 0; }\n"
                + ".tenant { font-size: 12pt; margin: 0 0 2mm 0; } .as-of { font-size: 11pt; font-weight: bold; }\n"
                + "p { margin: 0 0 1.2mm 0; } .small { font-size: 8.5pt; color: #4a4f55; } .illustrative { font-size: 8.5pt; color: #6b3d00; }\n"
                + ".new-page { page-break-before: always; } .keep { page-break-inside: avoid; }\n"
                + "table.matrix { border-collapse: collapse; width: 100%; font-size: 8pt; }\n"
                + "table.matrix th, table.matrix td { border: 0.5pt solid #4a4f55; padding: 1mm; vertical-align: top;"
                + " word-wrap: break-word; }\n"
                + "table.matrix thead th { text-align: left; font-size: 7.5pt; } table.matrix tbody th { text-align: left;"
                + " font-weight: normal; width: 55mm; } table.matrix td { text-align: center; font-weight: bold; }\n"
                + "table.matrix tr { page-break-inside: avoid; }\n"
                + "ul, ol { margin: 0.5mm 0 1mm 0; padding-left: 5mm; } li { margin: 0.3mm 0; }\n"
                + ".label { font-weight: bold; margin: 1mm 0 0 0; }\n"
                + ".funder { margin: 0 0 1.8mm 0; } .funder-label { color: #4a4f55; margin: 0; }"
                + " .funder-mark { margin: 0.6mm 0; } .funder-logo { height: 11mm; width: auto; }"
                + " .funder-name { color: " + p + "; margin: 0; } .funder-notice { margin: 0.5mm 0 0 0; }\n";
    }
}
