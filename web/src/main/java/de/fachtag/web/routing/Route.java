package de.fachtag.web.routing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request path mapped onto the view or asset that serves it. Pure function of the path, so
 * the URL contract is testable without a server.
 *
 * @param tenant  the tenant slug in the path, if any
 * @param area    which audience the path belongs to
 * @param target  the Faces view or internal asset path to forward to
 * @param event   the event slug in the path, if any
 * @param token   the private-link token of a participant's page ({@code /r/{token}}), if any
 */
public record Route(String tenant, Area area, String target, String event, String token) {

    public Route(String tenant, Area area, String target) {
        this(tenant, area, target, null, null);
    }

    public Route(String tenant, Area area, String target, String event) {
        this(tenant, area, target, event, null);
    }

    /** Whether this is a participant's private page: never cached, never named in a Referer. */
    public boolean isPrivateLink() {
        return token != null;
    }

    /** Who a path is for; decides the checks the filter applies. */
    public enum Area {
        PUBLIC,
        TENANT_PUBLIC,
        ORGANIZER,
        MINISTRY,
        PLATFORM
    }

    private static final String SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";
    private static final Pattern TENANT = Pattern.compile("^/t/" + SLUG + "(/.*)?$");
    private static final Pattern ORGANIZER = Pattern.compile("^/organizer/" + SLUG + "(/.*)?$");
    private static final Pattern MINISTRY = Pattern.compile("^/ministry/" + SLUG + "(/.*)?$");
    private static final Pattern FUNDER_LOGO = Pattern.compile("^/funders/" + SLUG + "/logo$");
    /** A picture of a result in an event's published documentation (a photo of a flip chart). */
    private static final Pattern DOCUMENTATION_PICTURE =
            Pattern.compile("^/e/" + SLUG + "/documentation/pictures/([0-9a-fA-F-]{36})$");

    private static final Pattern EVENT =
            Pattern.compile("^/e/" + SLUG + "(\\.ics|\\.pdf|/register|/documentation|/documentation\\.pdf)?$");
    /** A series' published documentation and its PDF; the series' slug rides to the view as the parameter {@code series}. */
    private static final Pattern SERIES_DOCUMENTATION =
            Pattern.compile("^/series/" + SLUG + "/documentation(\\.pdf)?$");
    /** A picture of a result in a series' published documentation. */
    private static final Pattern SERIES_DOCUMENTATION_PICTURE = Pattern.compile("^/series/" + SLUG
            + "/documentation/pictures/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$");
    /** A series' documentation in the back office and the exports of its results and recommendations. */
    private static final Pattern ORGANIZER_SERIES =
            Pattern.compile("^/series/" + SLUG + "/(documentation|results\\.csv|results\\.xlsx|results\\.json)$");
    /** {@code /r/{token}} and its data export; the token's tenant prefix routes it like any tenant URL. */
    private static final Pattern SELF_SERVICE =
            Pattern.compile("^/r/(" + SLUG + "\\.[A-Za-z0-9_-]{43})(/data\\.json)?$");

    private static final Pattern ORGANIZER_EVENT = Pattern.compile("^/events/" + SLUG
            + "(/agenda|/workshops|/registrations|/checkin|/registrations\\.csv|/registrations\\.xlsx"
            + "|/attendance\\.pdf|/photo-list\\.pdf|/badges\\.pdf|/report|/report\\.csv|/report\\.xlsx|/report\\.json|/report\\.pdf"
            + "|/report/funding/" + SLUG + "|/results|/results\\.csv|/results\\.xlsx|/results\\.json)?$");
    /** A recommendation's own page of the organizer, or an attachment of a result: the id rides as {@code id}. */
    private static final Pattern ORGANIZER_RESULTS = Pattern.compile("^/events/" + SLUG
            + "/results/(attachments/)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$");
    /** The results of every event of a series, worked on together (h13b). */
    private static final Pattern SERIES_RESULTS = Pattern.compile("^/series/" + SLUG + "/results$");
    /** A recommendation of a series' documentation, its own page: the series and the id ride as parameters. */
    private static final Pattern SERIES_RECOMMENDATION = Pattern.compile(
            "^/series/" + SLUG + "/results/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$");
    /** A personal link of results: the follow-up of a recommendation, or a workshop lead's results (issue 13). */
    private static final Pattern RESULTS_LINK = Pattern.compile("^/(follow-up|workshop-results)/([A-Za-z0-9_-]{43})$");
    /** One message of the feedback inbox: its id rides to the view as the request parameter {@code id}. */
    private static final Pattern FEEDBACK_MESSAGE =
            Pattern.compile("^/feedback/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$");
    /** An actor's page and a life situation of the Wegweiser below {@code /actors/}; the key rides as a parameter. */
    private static final Pattern ACTOR = Pattern.compile("^/actors/" + SLUG + "$");

    private static final Pattern GUIDE = Pattern.compile("^/actors/guide/" + SLUG + "$");
    /** An actor contact's confirmation link: a private link, its tenant prefix must be the path's tenant. */
    private static final Pattern ACTOR_CONFIRM =
            Pattern.compile("^/actors/confirm/(" + SLUG + "\\.[A-Za-z0-9_-]{43})$");
    /** A ministry's pages: the figures and their files. */
    private static final Pattern MINISTRY_PAGE =
            Pattern.compile("^(/|/figures\\.csv|/figures\\.xlsx|/figures\\.pdf|/figures\\.json)$");

    public static Optional<Route> of(String path) {
        switch (path) {
            case "/", "" -> {
                return Optional.of(new Route(null, Area.PUBLIC, "/public/home.xhtml"));
            }
            case "/login" -> {
                return Optional.of(new Route(null, Area.PUBLIC, "/public/login.xhtml"));
            }
            case "/platform/", "/platform" -> {
                return Optional.of(new Route(null, Area.PLATFORM, "/platform/dashboard.xhtml"));
            }
            case "/platform/outbox" -> {
                return Optional.of(new Route(null, Area.PLATFORM, "/platform/outbox.xhtml"));
            }
            default -> {
                // below
            }
        }
        Matcher m = TENANT.matcher(path);
        if (m.matches()) {
            return tenantPublic(m.group(1), m.group(2) == null ? "" : m.group(2));
        }
        Matcher r = SELF_SERVICE.matcher(path);
        if (r.matches()) {
            String token = r.group(1);
            return de.fachtag.registration.Tokens.tenantOf(token)
                    .map(tenant -> new Route(
                            tenant,
                            Area.TENANT_PUBLIC,
                            r.group(3) == null ? "/public/self-service.xhtml" : "/_self-service/data",
                            null,
                            token));
        }
        Matcher o = ORGANIZER.matcher(path);
        if (o.matches()) {
            String rest = o.group(2) == null ? "" : o.group(2);
            String view = switch (rest) {
                case "", "/" -> "/organizer/dashboard.xhtml";
                case "/settings" -> "/organizer/settings.xhtml";
                case "/staff" -> "/organizer/staff.xhtml";
                case "/series" -> "/organizer/series.xhtml";
                case "/consents" -> "/organizer/consents.xhtml";
                case "/events" -> "/organizer/events.xhtml";
                case "/events/new" -> "/organizer/event-edit.xhtml";
                case "/reports" -> "/organizer/reports.xhtml";
                case "/feedback" -> "/organizer/feedback.xhtml";
                case "/actors" -> "/organizer/actors.xhtml";
                case "/actors.yaml" -> "/_actors/yaml";
                default -> {
                    Matcher f = FEEDBACK_MESSAGE.matcher(rest);
                    Matcher sr = SERIES_RESULTS.matcher(rest);
                    Matcher srec = SERIES_RECOMMENDATION.matcher(rest);
                    yield f.matches()
                            ? "/organizer/feedback-message.xhtml?id=" + f.group(1)
                            : sr.matches()
                                    ? "/organizer/results/series-results.xhtml?series=" + sr.group(1)
                                    : srec.matches()
                                            ? "/organizer/results/series-recommendation.xhtml?series=" + srec.group(1)
                                                    + "&id=" + srec.group(2)
                                            : null;
                }
            };
            if (view != null) {
                return Optional.of(new Route(o.group(1), Area.ORGANIZER, view));
            }
            Matcher res = ORGANIZER_RESULTS.matcher(rest);
            if (res.matches()) {
                String page = res.group(2) != null
                        ? "/_results/attachment?id=" + res.group(3)
                        : "/organizer/results/recommendation.xhtml?id=" + res.group(3);
                return Optional.of(new Route(o.group(1), Area.ORGANIZER, page, res.group(1)));
            }
            Matcher ev = ORGANIZER_EVENT.matcher(rest);
            if (ev.matches() && !"new".equals(ev.group(1))) {
                // the funding report of one funder of the event: the funder's key rides in the path info
                String page = ev.group(2) == null
                        ? "/organizer/event-edit.xhtml"
                        : ev.group(3) != null
                                ? "/_report/funding/" + ev.group(3)
                                : switch (ev.group(2)) {
                                    case "/agenda" -> "/organizer/event-agenda.xhtml";
                                    case "/workshops" -> "/organizer/event-workshops.xhtml";
                                    case "/registrations" -> "/organizer/event-registrations.xhtml";
                                    case "/checkin" -> "/organizer/event-checkin.xhtml";
                                    case "/report" -> "/organizer/event-report.xhtml";
                                    case "/results" -> "/organizer/results/event-results.xhtml";
                                    // results and recommendations as files: the documentation servlet, the name says
                                    // which
                                    case "/results.csv", "/results.xlsx", "/results.json" ->
                                        "/_documentation/event-" + ev.group(2).substring(9);
                                    case "/report.csv", "/report.xlsx", "/report.json", "/report.pdf" ->
                                        "/_report/event-" + ev.group(2).substring(8);
                                    // the exports of the registrations: one servlet, the file's name says which
                                    default -> "/_export" + ev.group(2).replace('.', '-');
                                };
                return Optional.of(new Route(o.group(1), Area.ORGANIZER, page, ev.group(1)));
            }
            Matcher se = ORGANIZER_SERIES.matcher(rest);
            if (se.matches()) {
                String page = "documentation".equals(se.group(2))
                        ? "/organizer/results/series-documentation.xhtml?series=" + se.group(1)
                        : "/_documentation/series-" + se.group(2).substring(8) + "/" + se.group(1);
                return Optional.of(new Route(o.group(1), Area.ORGANIZER, page));
            }
            return Optional.empty();
        }
        Matcher mi = MINISTRY.matcher(path);
        if (mi.matches() && mi.group(2) != null) {
            Matcher page = MINISTRY_PAGE.matcher(mi.group(2));
            if (page.matches()) {
                return Optional.of(new Route(
                        mi.group(1),
                        Area.MINISTRY,
                        "/".equals(page.group(1))
                                ? "/ministry/dashboard.xhtml"
                                : "/_report/ministry-" + page.group(1).substring(9)));
            }
        }
        return Optional.empty();
    }

    /**
     * A path on a tenant's own host name: its public pages without the {@code /t/{tenant}} prefix
     * ({@code /} the home page, {@code /e/{event}}, {@code /privacy}, ...). Private links
     * ({@code /r/...}), the API and static files are routed as on the platform's address.
     */
    public static Optional<Route> onTenantHost(String tenant, String path) {
        return tenantPublic(tenant, path == null || path.isEmpty() ? "/" : path);
    }

    private static Optional<Route> tenantPublic(String tenant, String rest) {
        String target = switch (rest) {
            case "", "/" -> "/public/tenant-home.xhtml";
            case "/privacy" -> "/public/privacy.xhtml";
            case "/accessibility" -> "/public/accessibility.xhtml";
            case "/imprint" -> "/public/imprint.xhtml";
            case "/feedback" -> "/public/feedback.xhtml";
            case "/password" -> "/public/set-password.xhtml";
            // where the page of a link that is not valid (any more) posts its form: no token in the address
            case "/link" -> "/public/link-invalid.xhtml";
            case "/theme.css" -> "/_asset/theme.css";
            case "/logo" -> "/_asset/logo";
            case "/actors" -> "/public/actors.xhtml";
            case "/actors.pdf" -> "/_actors/pdf";
            case "/actors.csv" -> "/_actors/csv";
            case "/actors.xlsx" -> "/_actors/xlsx";
            case "/actors.json" -> "/_actors/json";
            default -> {
                Matcher f = FUNDER_LOGO.matcher(rest);
                Matcher a = ACTOR.matcher(rest);
                Matcher g = GUIDE.matcher(rest);
                yield f.matches()
                        ? "/_asset/funder-logo/" + f.group(1)
                        : g.matches()
                                ? "/public/actors-guide.xhtml?situation=" + g.group(1)
                                : a.matches() ? "/public/actor.xhtml?actor=" + a.group(1) : null;
            }
        };
        if (target == null) {
            Matcher link = RESULTS_LINK.matcher(rest);
            if (link.matches()) {
                // a private page: never cached, never named in a Referer (the filter sees the token)
                return Optional.of(new Route(
                        tenant,
                        Area.TENANT_PUBLIC,
                        "follow-up".equals(link.group(1))
                                ? "/public/follow-up.xhtml"
                                : "/public/workshop-results.xhtml",
                        null,
                        link.group(2)));
            }
            Matcher c = ACTOR_CONFIRM.matcher(rest);
            if (c.matches()) {
                String token = c.group(1);
                return de.fachtag.registration.Tokens.tenantOf(token)
                        .filter(tenant::equals)
                        .map(t -> new Route(tenant, Area.TENANT_PUBLIC, "/public/actor-confirm.xhtml", null, token));
            }
            Matcher picture = DOCUMENTATION_PICTURE.matcher(rest);
            if (picture.matches()) {
                return Optional.of(new Route(
                        tenant, Area.TENANT_PUBLIC, "/_results/picture?id=" + picture.group(2), picture.group(1)));
            }
            Matcher e = EVENT.matcher(rest);
            if (e.matches()) {
                String page = e.group(2) == null
                        ? "/public/event.xhtml"
                        : switch (e.group(2)) {
                            case ".ics" -> "/_event/ics";
                            case ".pdf" -> "/_event/pdf";
                            case "/documentation" -> "/public/documentation.xhtml";
                            case "/documentation.pdf" -> "/_documentation/event-pdf";
                            default -> "/public/register.xhtml";
                        };
                return Optional.of(new Route(tenant, Area.TENANT_PUBLIC, page, e.group(1)));
            }
        }
        if (target == null) {
            Matcher sp = SERIES_DOCUMENTATION_PICTURE.matcher(rest);
            if (sp.matches()) {
                return Optional.of(new Route(
                        tenant,
                        Area.TENANT_PUBLIC,
                        "/_results/series-picture?series=" + sp.group(1) + "&id=" + sp.group(2)));
            }
            Matcher s = SERIES_DOCUMENTATION.matcher(rest);
            if (s.matches()) {
                return Optional.of(new Route(
                        tenant,
                        Area.TENANT_PUBLIC,
                        s.group(2) == null
                                ? "/public/series-documentation.xhtml?series=" + s.group(1)
                                : "/_documentation/series-pdf/" + s.group(1)));
            }
        }
        return Optional.ofNullable(target).map(t -> new Route(tenant, Area.TENANT_PUBLIC, t));
    }

    /** The tenant home without its trailing slash redirects to the canonical URL. */
    public static boolean needsTrailingSlash(String path) {
        return path.matches("^/(t|organizer|ministry)/" + SLUG + "$");
    }
}
