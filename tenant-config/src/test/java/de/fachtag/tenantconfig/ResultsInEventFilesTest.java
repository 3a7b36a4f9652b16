package de.fachtag.tenantconfig;

import static de.fachtag.tenantconfig.Fixtures.eventProblemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Results, keywords and documentations in tenant and event files (issue 13): the bundled demo's
 * load, and the build of a documentation fails on a keyword without a label or a dangling
 * cross-reference, with a message naming the file, line and field.
 */
class ResultsInEventFilesTest {

    @Test
    void eachFaultIsNamedAtItsPlace() {
        String vocabulary = String.join(", ", agsaKeywords());
        assertThat(eventProblemsOf("results-references.yaml"))
                .containsExactly(
                        "results-references.yaml:29 results[0].keywords[1]: keyword 'gibt-es-nicht' has no label: it is not in the"
                                + " tenant's vocabulary (keywords); it has " + vocabulary,
                        "results-references.yaml:31 results[1].place: 'Z' is neither a workshop code (A) nor an agenda item"
                                + " agenda[0] to agenda[0]",
                        "results-references.yaml:47 documentation.recommendations[0].results[1]: 'X9' is not a result of this"
                                + " file; it has A1, A2, P1",
                        "results-references.yaml:56 documentation.recommendations[1].keywords[0]: keyword 'unbekannt' has no label:"
                                + " it is not in the tenant's vocabulary (keywords); it has " + vocabulary,
                        "results-references.yaml:59 documentation.recommendations[1].references[0].target: dangling"
                                + " cross-reference HE-TEST-02 → HE-TEST-07: no recommendation of this documentation has that"
                                + " identifier; it has HE-TEST-01, HE-TEST-02");
    }

    @Test
    void theBundledDemoCarriesItsResultsAndTheSeriesDocumentation() {
        TenantConfigLoader.Configuration all = new TenantConfigLoader().loadConfiguration(Optional.empty(), true);
        TenantDefinition agsa = all.tenants().stream()
                .filter(t -> t.getSlug().equals("agsa"))
                .findFirst()
                .orElseThrow();
        assertThat(agsa.getKeywords())
                .hasSizeGreaterThan(10)
                .allSatisfy(k -> assertThat(k.getLabel().getEn()).as(k.getKey()).isNotBlank());
        SeriesDefinition conferences = agsa.getSeries().stream()
                .filter(s -> s.getSlug().equals("regionalkonferenzen-2019"))
                .findFirst()
                .orElseThrow();
        assertThat(conferences.getDocumentation().getRecommendations()).hasSize(6);
        assertThat(conferences.getDocumentation().isIllustrative()).isTrue();
        EventDefinition sld = all.events().stream()
                .filter(e -> e.getSlug().equals("stadt-land-dorf-2024"))
                .findFirst()
                .orElseThrow();
        assertThat(sld.getResults()).extracting(ResultDefinition::getPlace).contains("A", "B", "C", "agenda[2]");
        assertThat(sld.getDocumentation().getRecommendations()).hasSize(6);
        assertThat(sld.isIllustrative("results[3].text")).isTrue();
        assertThat(sld.isIllustrative("documentation")).isTrue();
    }

    private static List<String> agsaKeywords() {
        return Fixtures.TENANTS.stream()
                .filter(t -> t.getSlug().equals("agsa"))
                .findFirst()
                .orElseThrow()
                .getKeywords()
                .stream()
                .map(KeywordDefinition::getKey)
                .toList();
    }
}
