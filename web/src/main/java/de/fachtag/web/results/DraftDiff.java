package de.fachtag.web.results;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import de.fachtag.results.Drafts;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The difference between two versions of a recommendation, paragraph by paragraph with the
 * changed words marked, by java-diff-utils (a maintained diff library; the project had no diff
 * of its own). Its line normalizer escapes HTML, so a row's text is safe to render as markup
 * with only the {@code <del>} and {@code <ins>} marks added here.
 */
public final class DraftDiff {

    /** One paragraph of the comparison: unchanged, changed, inserted or deleted, as escaped HTML on both sides. */
    public record Row(String tag, String before, String after) implements Serializable {
        public boolean isChanged() {
            return !"EQUAL".equals(tag);
        }
    }

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    private DraftDiff() {}

    /** The rows comparing two texts by paragraph (paragraphs are separated by blank lines). */
    static List<Row> of(String before, String after) {
        List<Row> rows = new ArrayList<>();
        for (DiffRow r : GENERATOR.generateDiffRows(Drafts.paragraphs(before), Drafts.paragraphs(after))) {
            String tag = r.getTag().name();
            String old = r.getOldLine();
            String now = r.getNewLine();
            if (r.getTag() == DiffRow.Tag.DELETE && !old.contains("<del>")) {
                old = "<del>" + old + "</del>";
            }
            if (r.getTag() == DiffRow.Tag.INSERT && !now.contains("<ins>")) {
                now = "<ins>" + now + "</ins>";
            }
            rows.add(new Row(tag, old, now));
        }
        return rows;
    }

    /** A single line compared (a title). */
    static Row line(String before, String after) {
        List<DiffRow> rows =
                GENERATOR.generateDiffRows(List.of(before == null ? "" : before), List.of(after == null ? "" : after));
        DiffRow r = rows.get(0);
        return new Row(r.getTag().name(), r.getOldLine(), r.getNewLine());
    }
}
