package de.fachtag.web.results;

import de.fachtag.results.Documentation.KeywordView;
import de.fachtag.results.Documentation.Place;
import de.fachtag.results.Documentation.RecommendationView;
import de.fachtag.results.Documentation.ReferenceView;
import de.fachtag.results.Documentation.ResultView;
import de.fachtag.results.PublishedDocumentation;
import de.fachtag.results.PublishedDocumentation.Part;
import de.fachtag.web.export.RegistrationFiles;
import de.fachtag.web.export.SpreadsheetCells;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The results and recommendations of a documentation as files for the state's concept team: CSV
 * (UTF-8 with BOM, semicolons, as every export here), XLSX (one sheet each) and JSON. The three
 * carry the same cells: the tables are built once ({@link #results()}, {@link #recommendations()})
 * and each format writes them; the JSON names the columns by stable keys instead of the
 * headings in the reader's language. Both languages' texts are included, German and English.
 */
final class DocumentationFiles {

    /** Stable keys of the result columns (the JSON's member names), in column order. */
    static final List<String> RESULT_KEYS = List.of(
            "label",
            "event",
            "place",
            "type",
            "textDe",
            "textEn",
            "fieldOfAction",
            "responsibleActor",
            "keywords",
            "usedBy",
            "setAsideReason",
            "actorKey",
            "actorName");

    static final List<String> RECOMMENDATION_KEYS = List.of(
            "identifier",
            "titleDe",
            "titleEn",
            "textDe",
            "textEn",
            "sources",
            "keywords",
            "references",
            "responsible",
            "actorKey",
            "actorName");

    private final PublishedDocumentation d;
    private final Locale locale;

    /** Who answers for each recommendation, by id, and the directory's actor names by key. */
    private final Map<java.util.UUID, de.fachtag.results.FollowUp.Responsible> responsibles;

    private final Map<String, String> actorNames;
    /** The results' responsible actors by id (keys). */
    private final Map<java.util.UUID, String> resultActors;

    DocumentationFiles(PublishedDocumentation d, Locale locale) {
        this(d, locale, Map.of(), Map.of(), Map.of());
    }

    DocumentationFiles(
            PublishedDocumentation d,
            Locale locale,
            Map<java.util.UUID, de.fachtag.results.FollowUp.Responsible> responsibles,
            Map<String, String> actorNames,
            Map<java.util.UUID, String> resultActors) {
        this.d = d;
        this.locale = locale;
        this.responsibles = responsibles;
        this.actorNames = actorNames;
        this.resultActors = resultActors;
    }

    List<String> resultHeadings() {
        return RESULT_KEYS.stream().map(k -> t("files.result." + k)).toList();
    }

    List<String> recommendationHeadings() {
        return RECOMMENDATION_KEYS.stream().map(k -> t("files.rec." + k)).toList();
    }

    /** One row per result, in the documentation's order. Lists are joined with "; ". */
    List<List<String>> results() {
        List<List<String>> rows = new ArrayList<>();
        for (Part part : d.parts()) {
            for (Place place : part.places()) {
                for (ResultView r : place.results()) {
                    String actorKey = resultActors.get(r.id());
                    rows.add(List.of(
                            r.label(),
                            part.eventSlug(),
                            place.title() == null
                                    ? place.code()
                                    : place.code() + " " + place.title().getDe(),
                            r.type().name(),
                            r.textDe(),
                            nn(r.textEn()),
                            nn(r.fieldOfAction()),
                            nn(r.responsibleActor()),
                            labels(r.keywords()),
                            String.join(
                                    "; ",
                                    r.usedBy().stream().map(u -> u.identifier()).toList()),
                            nn(r.setAsideReason()),
                            nn(actorKey),
                            actorKey == null ? "" : actorNames.getOrDefault(actorKey, "")));
                }
            }
        }
        return rows;
    }

    /** One row per recommendation, in the documentation's order. */
    List<List<String>> recommendations() {
        List<List<String>> rows = new ArrayList<>();
        for (RecommendationView r : d.recommendations()) {
            de.fachtag.results.FollowUp.Responsible who = responsibles.get(r.id());
            String actorKey = who == null ? null : who.actorKey();
            rows.add(List.of(
                    r.identifier(),
                    r.titleDe(),
                    nn(r.titleEn()),
                    r.textDe(),
                    nn(r.textEn()),
                    String.join(
                            "; ", r.sources().stream().map(ResultView::label).toList()),
                    labels(r.keywords()),
                    String.join(
                            "; ",
                            r.references().stream()
                                    .map(DocumentationFiles::reference)
                                    .toList()),
                    who == null ? "" : nn(who.name()),
                    nn(actorKey),
                    actorKey == null ? "" : actorNames.getOrDefault(actorKey, "")));
        }
        return rows;
    }

    private static String reference(ReferenceView ref) {
        return ref.kind().name() + " " + ref.targetIdentifier();
    }

    byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            try (CSVPrinter csv = new CSVPrinter(w, RegistrationFiles.csvFormat())) {
                csv.printRecord(SpreadsheetCells.safe(title()));
                csv.println();
                csv.printRecord(t("files.results"));
                csv.printRecord(resultHeadings());
                for (List<String> row : results()) {
                    csv.printRecord(row.stream().map(SpreadsheetCells::safe).toList());
                }
                csv.println();
                csv.printRecord(t("files.recommendations"));
                csv.printRecord(recommendationHeadings());
                for (List<String> row : recommendations()) {
                    csv.printRecord(row.stream().map(SpreadsheetCells::safe).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Fachtag", "1.0");
            sheet(wb, t("files.results"), resultHeadings(), results());
            sheet(wb, t("files.recommendations"), recommendationHeadings(), recommendations());
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sheet(Workbook wb, String name, List<String> headings, List<List<String>> rows) {
        Worksheet ws = wb.newWorksheet(name);
        for (int c = 0; c < headings.size(); c++) {
            ws.value(0, c, headings.get(c));
            ws.style(0, c).bold().set();
        }
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < rows.get(i).size(); c++) {
                ws.value(i + 1, c, SpreadsheetCells.safe(rows.get(i).get(c)));
            }
        }
        ws.freezePane(1, 1);
    }

    /** The JSON: the documentation's facts, then the same rows keyed by {@link #RESULT_KEYS} and {@link #RECOMMENDATION_KEYS}. */
    byte[] json() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", d.series() ? "series" : "event");
        body.put("slug", d.slug());
        body.put("titleDe", d.title() == null ? null : d.title().getDe());
        body.put("titleEn", d.title() == null ? null : d.title().getEn());
        body.put("prefix", d.prefix());
        body.put("published", d.published());
        body.put("publishedAt", d.publishedAt() == null ? null : d.publishedAt().toString());
        body.put("illustrative", d.illustrative());
        body.put("results", keyed(RESULT_KEYS, results()));
        body.put("recommendations", keyed(RECOMMENDATION_KEYS, recommendations()));
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true))) {
            return jsonb.toJson(body).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("JSON of a documentation", e);
        }
    }

    private static List<Map<String, String>> keyed(List<String> keys, List<List<String>> rows) {
        List<Map<String, String>> list = new ArrayList<>();
        for (List<String> row : rows) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                m.put(keys.get(i), row.get(i));
            }
            list.add(m);
        }
        return list;
    }

    /** The file's name without extension: the slug and "ergebnisse" or "results". */
    String name() {
        return d.slug() + "-" + t("files.name");
    }

    private String title() {
        return ResultTexts.text(
                locale, "doc.title", d.title() == null ? d.slug() : d.title().in(locale));
    }

    private String t(String key) {
        return ResultTexts.text(locale, key);
    }

    private static String labels(List<KeywordView> keywords) {
        return String.join("; ", keywords.stream().map(KeywordView::labelDe).toList());
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
