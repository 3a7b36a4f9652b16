package de.fachtag.web.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The URL contract of ../shared/DESIGN.md, mapped onto views without a server. */
class RouteTest {

    @ParameterizedTest
    @CsvSource({
        "/, , PUBLIC, /public/home.xhtml",
        "/login, , PUBLIC, /public/login.xhtml",
        "/t/mittelsachsen/, mittelsachsen, TENANT_PUBLIC, /public/tenant-home.xhtml",
        "/t/ms-sachsen-anhalt/privacy, ms-sachsen-anhalt, TENANT_PUBLIC, /public/privacy.xhtml",
        "/t/agsa/accessibility, agsa, TENANT_PUBLIC, /public/accessibility.xhtml",
        "/t/agsa/imprint, agsa, TENANT_PUBLIC, /public/imprint.xhtml",
        "/t/agsa/feedback, agsa, TENANT_PUBLIC, /public/feedback.xhtml",
        "/t/agsa/link, agsa, TENANT_PUBLIC, /public/link-invalid.xhtml",
        "/t/agsa/theme.css, agsa, TENANT_PUBLIC, /_asset/theme.css",
        "/t/agsa/logo, agsa, TENANT_PUBLIC, /_asset/logo",
        "/t/agsa/funders/sms-sachsen/logo, agsa, TENANT_PUBLIC, /_asset/funder-logo/sms-sachsen",
        "/organizer/agsa/, agsa, ORGANIZER, /organizer/dashboard.xhtml",
        "/organizer/agsa/settings, agsa, ORGANIZER, /organizer/settings.xhtml",
        "/organizer/agsa/staff, agsa, ORGANIZER, /organizer/staff.xhtml",
        "/platform/, , PLATFORM, /platform/dashboard.xhtml",
        "/platform/outbox, , PLATFORM, /platform/outbox.xhtml",
        "/organizer/agsa/events, agsa, ORGANIZER, /organizer/events.xhtml",
        "/organizer/agsa/events/new, agsa, ORGANIZER, /organizer/event-edit.xhtml",
        "/organizer/agsa/series, agsa, ORGANIZER, /organizer/series.xhtml",
        "/organizer/agsa/consents, agsa, ORGANIZER, /organizer/consents.xhtml",
        "/organizer/agsa/reports, agsa, ORGANIZER, /organizer/reports.xhtml",
        "/organizer/agsa/feedback, agsa, ORGANIZER, /organizer/feedback.xhtml",
        "/t/agsa/series/regionalkonferenzen-2019/documentation, agsa, TENANT_PUBLIC, /public/series-documentation.xhtml?series=regionalkonferenzen-2019",
        "/t/agsa/series/regionalkonferenzen-2019/documentation.pdf, agsa, TENANT_PUBLIC, /_documentation/series-pdf/regionalkonferenzen-2019",
        "/t/agsa/series/regionalkonferenzen-2019/documentation/pictures/0b6f3c4e-3f5e-4c1a-9d38-2f6d1c0a9e11, agsa, TENANT_PUBLIC, /_results/series-picture?series=regionalkonferenzen-2019&id=0b6f3c4e-3f5e-4c1a-9d38-2f6d1c0a9e11",
        "/organizer/agsa/series/regionalkonferenzen-2019/documentation, agsa, ORGANIZER, /organizer/results/series-documentation.xhtml?series=regionalkonferenzen-2019",
        "/organizer/agsa/series/regionalkonferenzen-2019/results.csv, agsa, ORGANIZER, /_documentation/series-csv/regionalkonferenzen-2019",
        "/organizer/agsa/series/regionalkonferenzen-2019/results.xlsx, agsa, ORGANIZER, /_documentation/series-xlsx/regionalkonferenzen-2019",
        "/organizer/agsa/series/regionalkonferenzen-2019/results.json, agsa, ORGANIZER, /_documentation/series-json/regionalkonferenzen-2019",
        "/organizer/agsa/feedback/0b7e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b, agsa, ORGANIZER, /organizer/feedback-message.xhtml?id=0b7e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b",
        "/organizer/agsa/series/regionalkonferenzen-2019/results, agsa, ORGANIZER, /organizer/results/series-results.xhtml?series=regionalkonferenzen-2019",
        "/organizer/agsa/series/regionalkonferenzen-2019/results/0b7e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b, agsa, ORGANIZER, /organizer/results/series-recommendation.xhtml?series=regionalkonferenzen-2019&id=0b7e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b",
        "/ministry/sms-sachsen/, sms-sachsen, MINISTRY, /ministry/dashboard.xhtml",
        "/ministry/sms-sachsen/figures.csv, sms-sachsen, MINISTRY, /_report/ministry-csv",
        "/ministry/sms-sachsen/figures.xlsx, sms-sachsen, MINISTRY, /_report/ministry-xlsx",
        "/ministry/sms-sachsen/figures.pdf, sms-sachsen, MINISTRY, /_report/ministry-pdf",
        "/ministry/ms-sachsen-anhalt/figures.json, ms-sachsen-anhalt, MINISTRY, /_report/ministry-json",
        "/t/mittelsachsen/actors, mittelsachsen, TENANT_PUBLIC, /public/actors.xhtml",
        "/t/mittelsachsen/actors/bamf, mittelsachsen, TENANT_PUBLIC, /public/actor.xhtml?actor=bamf",
        "/t/mittelsachsen/actors/guide/anerkannt-sucht-arbeit, mittelsachsen, TENANT_PUBLIC, /public/actors-guide.xhtml?situation=anerkannt-sucht-arbeit",
        "/t/mittelsachsen/actors.pdf, mittelsachsen, TENANT_PUBLIC, /_actors/pdf",
        "/t/mittelsachsen/actors.csv, mittelsachsen, TENANT_PUBLIC, /_actors/csv",
        "/t/mittelsachsen/actors.xlsx, mittelsachsen, TENANT_PUBLIC, /_actors/xlsx",
        "/t/mittelsachsen/actors.json, mittelsachsen, TENANT_PUBLIC, /_actors/json",
        "/organizer/mittelsachsen/actors, mittelsachsen, ORGANIZER, /organizer/actors.xhtml",
        "/organizer/mittelsachsen/actors.yaml, mittelsachsen, ORGANIZER, /_actors/yaml"
    })
    void mapsTheContract(String path, String tenant, Route.Area area, String target) {
        assertThat(Route.of(path)).contains(new Route(tenant, area, target));
    }

    @ParameterizedTest
    @CsvSource({
        "/t/mittelsachsen/e/6-fachtag-2021, mittelsachsen, TENANT_PUBLIC, /public/event.xhtml, 6-fachtag-2021",
        "/t/mittelsachsen/e/6-fachtag-2021.ics, mittelsachsen, TENANT_PUBLIC, /_event/ics, 6-fachtag-2021",
        "/t/mittelsachsen/e/6-fachtag-2021.pdf, mittelsachsen, TENANT_PUBLIC, /_event/pdf, 6-fachtag-2021",
        "/t/agsa/e/stadt-land-dorf/register, agsa, TENANT_PUBLIC, /public/register.xhtml, stadt-land-dorf",
        "/t/agsa/e/stadt-land-dorf/documentation, agsa, TENANT_PUBLIC, /public/documentation.xhtml, stadt-land-dorf",
        "/t/agsa/e/stadt-land-dorf/documentation.pdf, agsa, TENANT_PUBLIC, /_documentation/event-pdf, stadt-land-dorf",
        "/t/agsa/e/stadt-land-dorf/documentation/pictures/0b6f3c4e-3f5e-4c1a-9d38-2f6d1c0a9e11, agsa, TENANT_PUBLIC, /_results/picture?id=0b6f3c4e-3f5e-4c1a-9d38-2f6d1c0a9e11, stadt-land-dorf",
        "/organizer/agsa/events/stadt-land-dorf/results.csv, agsa, ORGANIZER, /_documentation/event-csv, stadt-land-dorf",
        "/organizer/agsa/events/stadt-land-dorf/results.xlsx, agsa, ORGANIZER, /_documentation/event-xlsx, stadt-land-dorf",
        "/organizer/agsa/events/stadt-land-dorf/results.json, agsa, ORGANIZER, /_documentation/event-json, stadt-land-dorf",
        "/organizer/agsa/events/stadt-land-dorf/results, agsa, ORGANIZER, /organizer/results/event-results.xhtml, stadt-land-dorf",
        "/organizer/agsa/events/stadt-land-dorf, agsa, ORGANIZER, /organizer/event-edit.xhtml, stadt-land-dorf",
        "/organizer/agsa/events/stadt-land-dorf/agenda, agsa, ORGANIZER, /organizer/event-agenda.xhtml, stadt-land-dorf",
        "/organizer/agsa/events/stadt-land-dorf/workshops, agsa, ORGANIZER, /organizer/event-workshops.xhtml, stadt-land-dorf",
        "/organizer/agsa/events/stadt-land-dorf/registrations, agsa, ORGANIZER, /organizer/event-registrations.xhtml, stadt-land-dorf",
        "/organizer/agsa/events/stadt-land-dorf/checkin, agsa, ORGANIZER, /organizer/event-checkin.xhtml, stadt-land-dorf",
        "/organizer/agsa/events/stadt-land-dorf/registrations.csv, agsa, ORGANIZER, /_export/registrations-csv, stadt-land-dorf",
        "/organizer/agsa/events/stadt-land-dorf/registrations.xlsx, agsa, ORGANIZER, /_export/registrations-xlsx, stadt-land-dorf",
        "/organizer/agsa/events/stadt-land-dorf/attendance.pdf, agsa, ORGANIZER, /_export/attendance-pdf, stadt-land-dorf",
        "/organizer/agsa/events/stadt-land-dorf/photo-list.pdf, agsa, ORGANIZER, /_export/photo-list-pdf, stadt-land-dorf",
        "/organizer/agsa/events/stadt-land-dorf/badges.pdf, agsa, ORGANIZER, /_export/badges-pdf, stadt-land-dorf",
        "/organizer/agsa/events/stadt-land-dorf/report, agsa, ORGANIZER, /organizer/event-report.xhtml, stadt-land-dorf",
        "/organizer/agsa/events/stadt-land-dorf/report.csv, agsa, ORGANIZER, /_report/event-csv, stadt-land-dorf",
        "/organizer/agsa/events/stadt-land-dorf/report.xlsx, agsa, ORGANIZER, /_report/event-xlsx, stadt-land-dorf",
        "/organizer/agsa/events/stadt-land-dorf/report.json, agsa, ORGANIZER, /_report/event-json, stadt-land-dorf",
        "/organizer/agsa/events/stadt-land-dorf/report.pdf, agsa, ORGANIZER, /_report/event-pdf, stadt-land-dorf",
        "/organizer/mittelsachsen/events/fachtag-integration-2027/report/funding/sms-sachsen, mittelsachsen, ORGANIZER, /_report/funding/sms-sachsen, fachtag-integration-2027"
    })
    void mapsEventUrls(String path, String tenant, Route.Area area, String target, String event) {
        assertThat(Route.of(path)).contains(new Route(tenant, area, target, event));
    }

    /** A 43-character secret as {@code Tokens.newToken} makes them (256 bits, base64url). */
    static final String SECRET = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde";

    @ParameterizedTest
    @CsvSource({
        "/r/mittelsachsen.{S}, mittelsachsen, /public/self-service.xhtml",
        "/r/ms-sachsen-anhalt.{S}, ms-sachsen-anhalt, /public/self-service.xhtml",
        "/r/agsa.{S}/data.json, agsa, /_self-service/data"
    })
    void mapsPrivateLinksToTheTokensTenant(String pattern, String tenant, String target) {
        String path = pattern.replace("{S}", SECRET);
        String token = tenant + "." + SECRET;
        assertThat(Route.of(path)).contains(new Route(tenant, Route.Area.TENANT_PUBLIC, target, null, token));
        assertThat(Route.of(path).orElseThrow().isPrivateLink()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "/t/agsa/follow-up/{S}, agsa, /public/follow-up.xhtml",
        "/t/mittelsachsen/workshop-results/{S}, mittelsachsen, /public/workshop-results.xhtml"
    })
    void mapsPersonalLinksOfResultsToTheirTenant(String pattern, String tenant, String target) {
        Route route = Route.of(pattern.replace("{S}", SECRET)).orElseThrow();
        assertThat(route).isEqualTo(new Route(tenant, Route.Area.TENANT_PUBLIC, target, null, SECRET));
        assertThat(route.isPrivateLink()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "/organizer/agsa/events/stadt-land-dorf/results/0b7e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b, /organizer/results/recommendation.xhtml?id=0b7e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b",
        "/organizer/agsa/events/stadt-land-dorf/results/attachments/0b7e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b, /_results/attachment?id=0b7e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b"
    })
    void mapsARecommendationsPageAndAnAttachment(String path, String target) {
        assertThat(Route.of(path)).contains(new Route("agsa", Route.Area.ORGANIZER, target, "stadt-land-dorf"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/r/",
                "/r/agsa",
                "/r/agsa.",
                "/r/agsa.short",
                "/r/Agsa." + SECRET,
                "/r/." + SECRET,
                "/r/agsa." + SECRET + "x",
                "/r/agsa." + SECRET + "/",
                "/r/agsa." + SECRET + "/data.xml",
                "/r/agsa.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abc!",
                "/r/agsa/" + SECRET
            })
    void refusesMalformedPrivateLinks(String path) {
        assertThat(Route.of(path)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/t/",
                "/t/Mittelsachsen/",
                "/t/mittel_sachsen/",
                "/t/-agsa/",
                "/t/agsa/nope",
                "/t/agsa/funders/../logo",
                "/public/home.xhtml",
                "/_asset/theme.css",
                "/organizer/agsa/nope",
                "/t/agsa/%2e%2e/privacy",
                "/t/agsa/e/",
                "/t/agsa/e/Stadt",
                "/t/agsa/e/x.ics/more",
                "/t/agsa/series/",
                "/t/agsa/series/x",
                "/t/agsa/series/X/documentation",
                "/t/agsa/series/x/documentation/",
                "/t/agsa/series/x/documentation/pictures/42",
                "/organizer/agsa/series/x/results.xml",
                "/organizer/agsa/events/x/y",
                "/organizer/agsa/events/x/registrations.pdf",
                "/organizer/agsa/events/x/registrationsXcsv",
                "/_export/badges.pdf",
                "/organizer/agsa/events/x/report.docx",
                "/organizer/agsa/events/x/report/funding/",
                "/organizer/agsa/events/x/report/funding/A_B",
                "/organizer/agsa/events/x/report/funding/a/b",
                "/organizer/agsa/events/x/report/funding",
                "/organizer/agsa/events/x/reportXcsv",
                "/ministry/",
                "/ministry/sms-sachsen/x",
                "/ministry/sms-sachsen/figures.docx",
                "/ministry/Sms/",
                "/_report/event-csv",
                "/organizer/agsa/reports/x",
                "/organizer/agsa/feedback/",
                "/organizer/agsa/feedback/42",
                "/organizer/agsa/feedback/0b7e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5",
                "/organizer/agsa/feedback/0B7E4C1A-2F3D-4E5F-8A9B-0C1D2E3F4A5B",
                "/organizer/agsa/feedback/0b7e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b/x",
                "/organizer/agsa/feedback.xhtml",
                "/t/agsa/feedback/0b7e4c1a-2f3d-4e5f-8a9b-0c1d2e3f4a5b",
                "/t/agsa/follow-up/",
                "/t/agsa/follow-up/short",
                "/t/agsa/follow-up/" + SECRET + "x",
                "/t/agsa/workshop-results/" + SECRET + "/",
                "/organizer/agsa/events/x/results/42",
                "/organizer/agsa/series/x/results/42",
                "/organizer/agsa/series/x/results/0B7E4C1A-2F3D-4E5F-8A9B-0C1D2E3F4A5B",
                "/organizer/agsa/series/x/results/",
                "/organizer/agsa/series/X/results",
                "/organizer/agsa/events/x/results/attachments/",
                "/_results/attachment",
                "/t/agsa/actors/",
                "/t/agsa/actors/Bamf",
                "/t/agsa/actors/bamf/x",
                "/t/agsa/actors/guide/",
                "/t/agsa/actors.docx",
                "/t/agsa/actors/guide/a/b",
                "/organizer/agsa/actors.pdf",
                "/t/agsa/actors.yaml",
                "/t/agsa/actors/confirm/mittelsachsen." + SECRET,
                "/t/agsa/actors/confirm/agsa.short",
                "/t/agsa/actors/confirm/"
            })
    void refusesEverythingElse(String path) {
        assertThat(Route.of(path)).isEqualTo(Optional.empty());
    }

    @org.junit.jupiter.api.Test
    void anActorConfirmationLinkIsAPrivateLinkOfItsTenant() {
        Route r = Route.of("/t/agsa/actors/confirm/agsa." + SECRET).orElseThrow();
        assertThat(r)
                .isEqualTo(new Route(
                        "agsa", Route.Area.TENANT_PUBLIC, "/public/actor-confirm.xhtml", null, "agsa." + SECRET));
        assertThat(r.isPrivateLink()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/t/agsa", "/organizer/agsa", "/ministry/sms-sachsen"})
    void tenantHomesGetTheirSlash(String path) {
        assertThat(Route.needsTrailingSlash(path)).isTrue();
    }
}
