package de.fachtag.tenantconfig;

import static de.fachtag.tenantconfig.Fixtures.bytes;
import static de.fachtag.tenantconfig.Fixtures.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each kind of fault in one tenant file, with the exact line and field the operator reads.
 * The fixtures are copies of {@code fixtures/valid.yaml}; the line numbers below are the
 * lines of those files.
 */
class InvalidTenantFileTest {

    private static final String REGION_RULE = "must be a region key like 'DE-SN' (ISO 3166-2: DE, a hyphen and the"
            + " Land) or 'DE-SN-MS' for a district; capital letters and digits";

    private static final String SLUG_RULE =
            "must be lowercase letters and digits, words joined by single hyphens, e.g. 'fachtag-integration'";

    @Test
    void theValidFixtureLoads() {
        TenantDefinition tenant = Fixtures.load("valid.yaml");

        assertThat(tenant.getSlug()).isEqualTo("test-district");
        assertThat(tenant.getAddress().getPostcode()).isEqualTo("01234");
        assertThat(tenant.getFunders().get(0).getLogoContentType()).isEqualTo("image/png");
        assertThat(tenant.getFunders().get(0).getReferenceNumber()).isEqualTo("SAB 1234-2027");
        assertThat(tenant.getFunders().get(0).getProofRetentionYears()).isEqualTo(5);
        assertThat(tenant.getFunders().get(0).getNoticeOnBadges()).isTrue();
        assertThat(tenant.getFunders().get(0).getLogoBytes()).isEqualTo(bytes("/fixtures/funder.png"));
        assertThat(tenant.getBranding().getLogoContentType()).isEqualTo("image/svg+xml");
        assertThat(tenant.getSourceName()).isEqualTo("valid.yaml");
    }

    @Test
    void aYamlSyntaxErrorNamesItsLine() {
        assertThat(problemsOf("syntax-error.yaml"))
                .containsExactly("syntax-error.yaml:7 (yaml): mapping values are not allowed here");
    }

    @Test
    void unknownKeysAreErrorsWithASuggestion() {
        assertThat(problemsOf("unknown-keys.yaml"))
                .containsExactly(
                        "unknown-keys.yaml:2 name: must not be blank",
                        "unknown-keys.yaml:3 titel: unknown key; expected one of accessibility, address, admin, branding,"
                                + " consents, contact, funders, hosts, imprint, keywords, kind, mailTexts, name, privacyNotice, region, registration,"
                                + " series, slug",
                        "unknown-keys.yaml:13 branding.primaryColor: " + Branding.QUOTE_COLOUR,
                        "unknown-keys.yaml:14 branding.primaryColour: unknown key; did you mean 'primaryColor'?",
                        "unknown-keys.yaml:45 admin.password: unknown key; passwords and secrets never go into a tenant"
                                + " file, which is reviewed and versioned like code (the demo password comes from"
                                + " FACHTAG_DEMO_PASSWORD)");
    }

    @Test
    void wrongTypesAndUnknownEnumValuesAreReportedOnceEach() {
        // A value that cannot be bound stays unset; "must not be null" on it would only repeat the problem.
        assertThat(problemsOf("wrong-types.yaml"))
                .containsExactly(
                        "wrong-types.yaml:4 kind: 'BEZIRK' is not one of DISTRICT, ASSOCIATION, MINISTRY",
                        "wrong-types.yaml:10 contact: expected a mapping (indented key: value lines), found text 'info@test.example'",
                        "wrong-types.yaml:21 accessibility.conformance: 'teilweise' is not one of FULL, PARTIAL, NONE",
                        "wrong-types.yaml:27 accessibility.reviewedOn: '2026-13-01' is not a date like 2024-04-11",
                        "wrong-types.yaml:37 series: expected a list (lines starting with '- '), found a mapping");
    }

    @Test
    void aMissingFieldIsReportedAtTheLineOfItsParent() {
        assertThat(problemsOf("missing-fields.yaml"))
                .containsExactly(
                        "missing-fields.yaml:2 admin: must not be missing",
                        "missing-fields.yaml:5 address.city: must not be blank",
                        "missing-fields.yaml:5 address.postcode: must not be blank",
                        "missing-fields.yaml:17 privacyNotice.de: must not be blank; German text is required",
                        "missing-fields.yaml:28 funders[0].notice: must not be missing");
    }

    @Test
    void severalPatternViolationsInOneFileAreReportedTogether() {
        assertThat(problemsOf("format-violations.yaml"))
                .containsExactly(
                        "format-violations.yaml:2 slug: " + SLUG_RULE,
                        "format-violations.yaml:8 address.postcode: must be five digits, e.g. '09599'",
                        "format-violations.yaml:10 contact.phone: must not be blank",
                        "format-violations.yaml:11 contact.email: must be an email address",
                        "format-violations.yaml:12 contact.website: must be an https:// address",
                        "format-violations.yaml:14 branding.primaryColor: '#12345' is not a colour",
                        "format-violations.yaml:15 branding.accentColor: 'yellow' is not a colour",
                        "format-violations.yaml:31 funders[0].key: " + SLUG_RULE,
                        "format-violations.yaml:39 funders[0].referenceNumber: must be 1 to 100 characters",
                        "format-violations.yaml:40 funders[0].proofRetentionYears: must be between 1 and 30",
                        "format-violations.yaml:42 series[0].slug: " + SLUG_RULE);
    }

    @Test
    void aRegionIsAnIso31662KeyOfALandOrADistrict() {
        assertThat(problemsOf("region.yaml")).containsExactly("region.yaml:5 region: " + REGION_RULE);
    }

    @Test
    void aRegionIsOptionalAndFitsItsDatabaseColumn() {
        assertThat(Fixtures.load("valid.yaml").getRegion()).isNull();
        assertThat(Fixtures.LOADER
                        .load("valid.yaml", withRegion("DE-SN-MS"), Fixtures.siblings())
                        .getRegion())
                .isEqualTo("DE-SN-MS");
        assertThat(Fixtures.LOADER
                        .load("valid.yaml", withRegion("DE-ST"), Fixtures.siblings())
                        .getRegion())
                .isEqualTo("DE-ST");

        for (String notARegion : List.of("de-sn", "DE", "DE-SACHSEN", "DE-SN-MS-FG", "AT-3", "\"\"")) {
            TenantConfigException e = catchThrowableOfType(
                    TenantConfigException.class,
                    () -> Fixtures.LOADER.load("valid.yaml", withRegion(notARegion), Fixtures.siblings()));
            assertThat(e).as(notARegion).isNotNull();
            assertThat(e.problems())
                    .map(ConfigProblem::toString)
                    .as(notARegion)
                    .containsExactly("valid.yaml:5 region: " + REGION_RULE);
        }
        TenantConfigException e = catchThrowableOfType(
                TenantConfigException.class,
                () -> Fixtures.LOADER.load(
                        "valid.yaml", withRegion("DE-" + "SN-".repeat(13) + "MS"), Fixtures.siblings()));
        assertThat(e.problems())
                .map(ConfigProblem::toString)
                .containsExactly(
                        "valid.yaml:5 region: " + REGION_RULE, "valid.yaml:5 region: must be at most 40 characters");
    }

    /** valid.yaml with a region on line 5. */
    private static byte[] withRegion(String region) {
        String yaml = new String(bytes("/fixtures/valid.yaml"), StandardCharsets.UTF_8);
        return yaml.replace("kind: DISTRICT\n", "kind: DISTRICT\nregion: " + region + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPrimaryColourTooLightForTextOnWhiteIsRejected() {
        assertThat(problemsOf("low-contrast.yaml"))
                .containsExactly(
                        "low-contrast.yaml:14 branding.primaryColor: '#ffcc00' has a contrast of 1.5:1 against white;"
                                + " WCAG 2.1 AA needs at least 4.5:1");
    }

    @Test
    void logosMustLieBesideTheFileAndBeImages() {
        List<String> asked = new ArrayList<>();
        Function<String, Optional<byte[]>> siblings = name -> {
            asked.add(name);
            return Fixtures.siblings().apply(name);
        };

        TenantConfigException e = catchThrowableOfType(
                TenantConfigException.class,
                () -> Fixtures.LOADER.load("missing-logos.yaml", bytes("/fixtures/missing-logos.yaml"), siblings));

        assertThat(e.problems())
                .map(ConfigProblem::toString)
                .containsExactly(
                        "missing-logos.yaml:16 branding.logo: logo file 'missing.svg' not found beside missing-logos.yaml",
                        "missing-logos.yaml:38 funders[0].logo: must be the name of an .svg or .png file beside the"
                                + " tenant file, e.g. 'logo.svg'",
                        "missing-logos.yaml:45 funders[1].logo: logo file 'not-a-logo.png' is not a PNG image");
        // A name with a path in it never reaches the file system.
        assertThat(asked).containsExactly("missing.svg", "not-a-logo.png");
    }

    @Test
    void keysMustBeUniqueWithinAFile() {
        assertThat(problemsOf("duplicate-keys.yaml"))
                .containsExactly(
                        "duplicate-keys.yaml:10 address.city: appears twice in this mapping (first at line 9)",
                        "duplicate-keys.yaml:40 funders[1].key: 'land' is already used by entry [0]",
                        "duplicate-keys.yaml:50 series[1].slug: 'fachtag' is already used by entry [0]");
    }

    @Test
    void textGarbledByAWrongEncodingIsCaughtWithTheCharacterMeant() {
        assertThat(problemsOf("mojibake.yaml"))
                .containsExactly(
                        "mojibake.yaml:9 address.city: contains 'Ã¶', which is 'ö' garbled by a wrong character"
                                + " encoding; write 'ö'",
                        "mojibake.yaml:18 imprint.de: contains 'â€ž', which is '„' garbled by a wrong character"
                                + " encoding; write '„'");
    }

    @Test
    void aFileThatIsNotUtf8IsRejectedAtTheFirstBadLine() {
        assertThat(problemsOf("not-utf8.yaml"))
                .containsExactly("not-utf8.yaml:7 (file): is not valid UTF-8; save it as UTF-8");
    }

    @Test
    void anEmptyFileIsRejected() {
        assertThat(problemsOf("empty.yaml")).containsExactly("empty.yaml:1 (file): is empty");
    }

    @Test
    void aFileThatIsNotAMappingIsRejected() {
        assertThat(problemsOf("not-a-mapping.yaml"))
                .containsExactly(
                        "not-a-mapping.yaml:2 (file): a tenant file must be a mapping of settings (key: value lines),"
                                + " found a list");
    }

    @Test
    void theExceptionMessageListsEveryProblemOnALine() {
        TenantConfigException e =
                catchThrowableOfType(TenantConfigException.class, () -> Fixtures.load("duplicate-keys.yaml"));

        assertThat(e.getMessage()).isEqualTo(String.join("\n", problemsOf("duplicate-keys.yaml")));
        assertThat(e.getMessage().lines()).hasSize(3);
    }

    @Test
    void aProblemPrintsAsFileLineFieldMessage() {
        ConfigProblem problem =
                new ConfigProblem("mittelsachsen.yaml", 14, "branding.primaryColor", "'#12345' is not a colour");

        assertThat(problem).hasToString("mittelsachsen.yaml:14 branding.primaryColor: '#12345' is not a colour");
        assertThat(new ConfigProblem("/srv/tenants", 0, ConfigProblem.DIRECTORY, "is not a directory"))
                .hasToString("/srv/tenants (directory): is not a directory");
    }
}
