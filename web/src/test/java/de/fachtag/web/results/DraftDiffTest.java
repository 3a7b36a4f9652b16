package de.fachtag.web.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DraftDiffTest {

    @Test
    void marksTheChangedWordsOfAChangedParagraphAndLeavesTheOthers() {
        List<DraftDiff.Row> rows = DraftDiff.of(
                "Der Landkreis prüft den Bedarf.\n\nKurse in Freiberg.",
                "Der Landkreis prüft den Bedarf.\n\nKurse in Freiberg und Döbeln.");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).isChanged()).isFalse();
        assertThat(rows.get(1).isChanged()).isTrue();
        assertThat(rows.get(1).after()).contains("<ins>").contains("Döbeln").startsWith("Kurse in Freiberg");
    }

    @Test
    void aNewParagraphIsMarkedAsInsertedAndARemovedOneAsDeleted() {
        List<DraftDiff.Row> added = DraftDiff.of("Eins.", "Eins.\n\nZwei.");
        assertThat(added).extracting(DraftDiff.Row::tag).containsExactly("EQUAL", "INSERT");
        assertThat(added.get(1).after()).contains("<ins>").contains("Zwei.");
        List<DraftDiff.Row> removed = DraftDiff.of("Eins.\n\nZwei.", "Eins.");
        assertThat(removed.get(1).before()).contains("<del>").contains("Zwei.");
    }

    @Test
    void theTextIsEscapedSoOnlyTheMarksAreMarkup() {
        DraftDiff.Row row = DraftDiff.of("a <b>", "a <script>alert(1)</script>").get(0);
        assertThat(row.after()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(row.before()).doesNotContain("<b>");
    }
}
