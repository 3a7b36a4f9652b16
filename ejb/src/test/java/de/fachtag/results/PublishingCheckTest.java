package de.fachtag.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import de.fachtag.results.Documentation.IndexEntry;
import de.fachtag.results.Documentation.IndexPlace;
import de.fachtag.results.Documentation.KeywordView;
import de.fachtag.results.Documentation.RecommendationView;
import de.fachtag.results.Documentation.ReferenceView;
import de.fachtag.tenant.LocalizedString;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The build of a documentation (event or series) fails on a dangling cross-reference (one that
 * points at a recommendation outside this documentation) and on a keyword without a label, with
 * the place named; a sound one passes.
 */
class PublishingCheckTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();

    @Test
    void aSoundDocumentationPasses() {
        assertThatCode(() -> PublishingService.check(doc(
                        List.of(rec(A, "HE-X-01", ref(B, "HE-X-02")), rec(B, "HE-X-02")),
                        List.of(entry("Verwaltung")))))
                .doesNotThrowAnyException();
    }

    @Test
    void aReferenceOutsideTheDocumentationIsRefusedNamingThePlace() {
        ResultsRuleException e = catchThrowableOfType(
                ResultsRuleException.class,
                () -> PublishingService.check(doc(
                        List.of(rec(A, "HE-X-01", ref(UUID.randomUUID(), "HE-Y-04"))), List.of())));
        assertThat(e.getMessageKey()).isEqualTo("results.reference.dangling");
        assertThat(e.getPlace()).isEqualTo("HE-X-01 → HE-Y-04");
    }

    @Test
    void aKeywordWithoutALabelIsRefusedNamingThePlace() {
        ResultsRuleException e = catchThrowableOfType(
                ResultsRuleException.class,
                () -> PublishingService.check(doc(List.of(rec(A, "HE-X-01")), List.of(entry(" ")))));
        assertThat(e.getMessageKey()).isEqualTo("results.keyword.labelMissing");
        assertThat(e.getPlace()).isEqualTo("4.A.2");
    }

    private static PublishedDocumentation doc(List<RecommendationView> recs, List<IndexEntry> index) {
        return new PublishedDocumentation(
                true,
                "reihe",
                new LocalizedString("Reihe", null),
                null,
                "HE-X",
                null,
                false,
                List.of(),
                recs,
                index,
                List.of(),
                List.of());
    }

    private static RecommendationView rec(UUID id, String identifier, ReferenceView... refs) {
        return new RecommendationView(
                id, identifier, 1, "Titel", null, "Text", null, List.of(), List.of(), List.of(refs), List.of());
    }

    private static ReferenceView ref(UUID target, String identifier) {
        return new ReferenceView(ReferenceKind.SEE, target, identifier);
    }

    private static IndexEntry entry(String label) {
        return new IndexEntry(
                new KeywordView(UUID.randomUUID(), label, null, List.of()),
                List.of(new IndexPlace("result-x", "4.A.2")));
    }
}
