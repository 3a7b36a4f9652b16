package de.fachtag.tenantconfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The four demo tenants shipped in the jar load cleanly and say what the seeds say. */
class BundledTenantsTest {

    private static final List<String> FILES =
            List.of("sms-sachsen.yaml", "ms-sachsen-anhalt.yaml", "mittelsachsen.yaml", "agsa.yaml");

    private final List<TenantDefinition> tenants = Fixtures.LOADER.loadAll(Optional.empty());

    private final Map<String, TenantDefinition> bySlug =
            tenants.stream().collect(Collectors.toMap(TenantDefinition::getSlug, Function.identity()));

    @Test
    void allFourLoadInIndexOrderWithMinistriesFirst() {
        assertThat(tenants)
                .extracting(TenantDefinition::getSlug)
                .containsExactly("sms-sachsen", "ms-sachsen-anhalt", "mittelsachsen", "agsa");
        assertThat(tenants).extracting(TenantDefinition::getSourceName).containsExactlyElementsOf(FILES);
        assertThat(tenants)
                .extracting(TenantDefinition::getKind)
                .containsExactly(TenantKind.MINISTRY, TenantKind.MINISTRY, TenantKind.DISTRICT, TenantKind.ASSOCIATION);
    }

    /** Each reports under its Land, so the Saxon and the Saxony-Anhalt figures compare alike. */
    @Test
    void everyTenantReportsUnderItsLand() {
        assertThat(tenants)
                .extracting(TenantDefinition::getSlug, TenantDefinition::getRegion)
                .containsExactly(
                        tuple("sms-sachsen", "DE-SN"),
                        tuple("ms-sachsen-anhalt", "DE-ST"),
                        tuple("mittelsachsen", "DE-SN"),
                        tuple("agsa", "DE-ST"));
    }

    @Test
    void mittelsachsenCarriesTheFactsOfSeeds000And001() {
        TenantDefinition tenant = bySlug.get("mittelsachsen");

        assertThat(tenant.getName()).isEqualTo("Landkreis Mittelsachsen");
        assertThat(tenant.getAddress().getOrganisation()).isEqualTo("Landratsamt Mittelsachsen");
        assertThat(tenant.getAddress().getUnit()).isEqualTo("Stabsbereich Koordination Unterbringung und Integration");
        assertThat(tenant.getAddress().getStreet()).isEqualTo("Frauensteiner Straße 43");
        assertThat(tenant.getAddress().getPostcode()).isEqualTo("09599");
        assertThat(tenant.getAddress().getCity()).isEqualTo("Freiberg");
        assertThat(tenant.getContact().getEmail()).isEqualTo("integration@landkreis-mittelsachsen.de");
        assertThat(tenant.getContact().getPhone()).isEqualTo("+49 3731 799 3683");
        assertThat(tenant.getAdmin().getEmail()).isEqualTo("admin@mittelsachsen.demo");

        FunderDefinition funder = tenant.getFunders().get(0);
        assertThat(tenant.getFunders()).hasSize(1);
        assertThat(funder.getName())
                .isEqualTo("Sächsisches Staatsministerium für Soziales und Gesellschaftlichen Zusammenhalt");
        assertThat(funder.getMinistry()).isEqualTo("sms-sachsen");
        assertThat(funder.getLabel().getDe()).isEqualTo("Gefördert durch");
        assertThat(funder.getLabel().in(Locale.ENGLISH)).isEqualTo("Funded by");
        assertThat(funder.getNotice().getDe())
                .isEqualTo("Diese Maßnahme wird mitfinanziert mit Steuermitteln"
                        + " auf Grundlage des vom Sächsischen Landtag beschlossenen Haushaltes.");

        assertThat(tenant.getSeries()).extracting(SeriesDefinition::getSlug).containsExactly("fachtag-integration");
        assertThat(tenant.getSeries().get(0).getTitle().getDe()).isEqualTo("Fachtag Integration Mittelsachsen");
    }

    @Test
    void agsaCarriesTheFactsOfSeeds002And003() {
        TenantDefinition tenant = bySlug.get("agsa");

        assertThat(tenant.getName()).isEqualTo("Auslandsgesellschaft Sachsen-Anhalt e.V.");
        assertThat(tenant.getAdmin().getEmail()).isEqualTo("admin@agsa.demo");
        assertThat(tenant.getFunders()).singleElement().satisfies(funder -> {
            assertThat(funder.getLabel().getDe()).isEqualTo("In Kooperation mit");
            assertThat(funder.getMinistry()).isEqualTo("ms-sachsen-anhalt");
            assertThat(funder.getName())
                    .isEqualTo(
                            "Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung des Landes Sachsen-Anhalt");
        });
        assertThat(tenant.getSeries())
                .extracting(SeriesDefinition::getSlug)
                .containsExactly("regionalkonferenzen-2019", "fachtag-ikoe");
        assertThat(tenant.getSeries().get(0).getTitle().getDe())
                .isEqualTo("Regionalkonferenzen Landesintegrationskonzept Sachsen-Anhalt 2019");
        assertThat(tenant.getSeries().get(0).getDescription().getDe())
                .contains("Magdeburg", "Dessau-Roßlau", "Stendal", "Halle (Saale)", "300");
        assertThat(tenant.getSeries().get(1).getTitle().getDe()).isEqualTo("Fachtag IKOE");
        // Seed 003 has "â€ž" for „: the repaired character, never the garbled one.
        assertThat(tenant.getSeries().get(1).getDescription().getDe()).contains("„Stadt – Land – Dorf");
    }

    @Test
    void theMinistriesAreMinistriesWithTheirAdmins() {
        assertThat(bySlug.get("sms-sachsen").getName())
                .isEqualTo("Sächsisches Staatsministerium für Soziales und Gesellschaftlichen Zusammenhalt");
        assertThat(bySlug.get("sms-sachsen").getAdmin().getEmail()).isEqualTo("admin@sms-sachsen.demo");

        TenantDefinition magdeburg = bySlug.get("ms-sachsen-anhalt");
        assertThat(magdeburg.getName())
                .isEqualTo("Ministerium für Arbeit, Soziales, Gesundheit und Gleichstellung des Landes Sachsen-Anhalt");
        assertThat(magdeburg.getAddress().getStreet()).isEqualTo("Turmschanzenstraße 25");
        assertThat(magdeburg.getAddress().getPostcode()).isEqualTo("39114");
        assertThat(magdeburg.getAddress().getCity()).isEqualTo("Magdeburg");
        assertThat(magdeburg.getAdmin().getEmail()).isEqualTo("admin@ms-sachsen-anhalt.demo");
        assertThat(bySlug.values())
                .filteredOn(t -> t.getKind() == TenantKind.MINISTRY)
                .allSatisfy(t -> assertThat(t.getFunders()).isEmpty());
    }

    @Test
    void everyLegalTextIsThereInGermanAndEnglish() {
        assertThat(tenants).allSatisfy(tenant -> {
            for (LocalizedText text : List.of(
                    tenant.getImprint(),
                    tenant.getPrivacyNotice(),
                    tenant.getAccessibility().getKnownGaps(),
                    tenant.getAccessibility().getArbitrationBody())) {
                assertThat(text.getDe()).isNotBlank();
                assertThat(text.getEn()).isNotBlank();
            }
            assertThat(tenant.getAccessibility().getConformance()).isEqualTo(Conformance.PARTIAL);
            assertThat(tenant.getAccessibility().getKnownGaps().getDe()).contains("PDF");
            assertThat(tenant.getPrivacyNotice().getDe())
                    .contains(
                            "Art. 6 Abs. 1 Buchst. a DSGVO",
                            "Art. 15 DSGVO",
                            "Art. 21 DSGVO",
                            "Art. 77 DSGVO",
                            "Speicherdauer der Anmeldedaten",
                            "widerrufen");
            // the privacy page generates the periods from the settings the retention job follows;
            // a number typed into a text could drift from them
            for (String text : texts(tenant)) {
                assertThat(text)
                        .as(tenant.getSlug())
                        .doesNotContainPattern("\\d+ (Tage|Tagen|Jahre|Jahren|days|years)\\b");
            }
        });
    }

    private static List<String> texts(TenantDefinition tenant) {
        List<String> texts = new java.util.ArrayList<>(List.of(
                tenant.getPrivacyNotice().getDe(), tenant.getPrivacyNotice().getEn()));
        tenant.getConsents().forEach(c -> {
            texts.add(c.getText().getDe());
            if (c.getText().getEn() != null) {
                texts.add(c.getText().getEn());
            }
        });
        return texts;
    }

    @Test
    void eachPrivacyNoticeNamesTheSupervisoryAuthorityOfItsLand() {
        String saxony = "Sächsische Datenschutz- und Transparenzbeauftragte";
        String saxonyAnhalt = "Landesbeauftragte für den Datenschutz Sachsen-Anhalt";
        assertThat(bySlug.get("mittelsachsen").getPrivacyNotice().getDe())
                .contains(saxony)
                .doesNotContain(saxonyAnhalt);
        assertThat(bySlug.get("sms-sachsen").getPrivacyNotice().getDe())
                .contains(saxony)
                .doesNotContain(saxonyAnhalt);
        assertThat(bySlug.get("agsa").getPrivacyNotice().getDe())
                .contains(saxonyAnhalt)
                .doesNotContain(saxony);
        assertThat(bySlug.get("ms-sachsen-anhalt").getPrivacyNotice().getDe())
                .contains(saxonyAnhalt)
                .doesNotContain(saxony);
    }

    @Test
    void coloursAreDistinctAndPrimaryColoursAreReadableOnWhite() {
        assertThat(tenants).extracting(t -> t.getBranding().getPrimaryColor()).doesNotHaveDuplicates();
        assertThat(tenants).extracting(t -> t.getBranding().getAccentColor()).doesNotHaveDuplicates();
        assertThat(tenants)
                .allSatisfy(t -> assertThat(ColourContrast.contrastAgainstWhite(
                                t.getBranding().getPrimaryColor()))
                        .isGreaterThanOrEqualTo(ColourContrast.AA_NORMAL_TEXT));
    }

    @Test
    void logosAreAccessibleSvgsLoadedFromBesideTheFiles() {
        assertThat(tenants).allSatisfy(t -> {
            assertThat(t.getBranding().getLogoContentType()).isEqualTo("image/svg+xml");
            String svg = new String(t.getBranding().getLogoBytes(), StandardCharsets.UTF_8);
            assertThat(svg).contains("<title", "role=\"img\"", "Platzhalter");
        });
    }

    @Test
    void theContentHashIsSetAndStableAcrossLoadersAndLoads() {
        List<String> again = new TenantConfigLoader()
                .loadAll(Optional.empty()).stream()
                        .map(TenantDefinition::getContentHash)
                        .toList();

        assertThat(tenants)
                .extracting(TenantDefinition::getContentHash)
                .allSatisfy(hash -> assertThat(hash).matches("[0-9a-f]{64}"))
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(again);
    }

    /**
     * Values the seeds do not give are placeholders; each must carry the marker on its own
     * line, so that nobody mistakes a placeholder for a fact.
     */
    @Test
    void everyPlaceholderValueIsMarkedIllustrative() {
        Pattern placeholderSetting =
                Pattern.compile("^\\s*[A-Za-z]+: .*(\\.example|Musterstra|\"00000\"|\\+49 000).*$");
        for (String file : FILES) {
            Stream<String> lines = new String(Fixtures.bytes("/tenants/" + file), StandardCharsets.UTF_8).lines();
            assertThat(lines.filter(line -> placeholderSetting.matcher(line).matches()))
                    .as(file)
                    .allSatisfy(line -> assertThat(line).endsWith("# illustrative, not from the seeds"));
        }
    }

    @Test
    void noBundledFileContainsGarbledCharacters() {
        for (String file : FILES) {
            assertThat(new String(Fixtures.bytes("/tenants/" + file), StandardCharsets.UTF_8))
                    .as(file)
                    .doesNotContain("â€", "Ã");
        }
    }

    @Test
    void consentsToRecordingsAreOptionalAndThePrivacyNoticePointsToTheGeneratedPeriods() {
        for (TenantDefinition tenant : Fixtures.TENANTS) {
            if (tenant.getKind() == TenantKind.MINISTRY) {
                continue;
            }
            assertThat(tenant.getConsents())
                    .as(tenant.getSlug())
                    .anySatisfy(c -> assertThat(c.getKind()).isEqualTo("ACKNOWLEDGEMENT"))
                    .anySatisfy(c -> assertThat(c.getPurpose()).isEqualTo("PHOTO"))
                    .filteredOn(c ->
                            c.getPurpose().equals("PHOTO") || c.getPurpose().equals("VIDEO"))
                    .allSatisfy(c -> assertThat(c.getKind()).isEqualTo("OPTIONAL"));
            assertThat(tenant.getPrivacyNotice().getDe())
                    .as(tenant.getSlug())
                    .contains("Speicherdauer der Anmeldedaten");
            assertThat(tenant.getPrivacyNotice().getEn())
                    .as(tenant.getSlug())
                    .contains("How long registration data is kept");
        }
    }
}
