package de.fachtag.tenantconfig;

import jakarta.validation.Validator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Checks event files against the loaded tenants, first each file on its own, then across
 * files. {@link TenantConfigLoader} finds the files and decides what to do with the result.
 *
 * <p>One instance serves one load; the tenants are looked up by slug once.
 */
final class EventFiles {

    private final Validator validator;

    private final Map<String, TenantDefinition> tenantsBySlug = new HashMap<>();

    EventFiles(Validator validator, List<TenantDefinition> tenants) {
        this.validator = Objects.requireNonNull(validator, "validator");
        for (TenantDefinition tenant : Objects.requireNonNull(tenants, "tenants")) {
            tenantsBySlug.putIfAbsent(tenant.getSlug(), tenant);
        }
    }

    ParsedEvent parse(String sourceName, String origin, byte[] yaml) {
        List<ConfigProblem> problems = new ArrayList<>();
        YamlBinder binder = new YamlBinder(sourceName);
        Node root = TenantConfigLoader.compose(sourceName, yaml, problems);
        if (root == null) {
            return new ParsedEvent(sourceName, origin, null, binder.lines(), problems);
        }
        EventDefinition event = binder.bindRoot(root, EventDefinition.class, "an event file");
        problems.addAll(binder.problems());
        if (event == null) {
            return new ParsedEvent(sourceName, origin, null, binder.lines(), problems);
        }
        event.setSourceName(sourceName);
        TenantConfigLoader.validate(validator, event, sourceName, binder, problems);
        Report report = new Report(sourceName, binder, problems);
        checkAgainstTenant(event, report);
        checkResults(event, report);
        checkHosts(event, report);
        checkIllustrative(event, binder.lines(), report);
        if (problems.isEmpty()) {
            event.setContentHash(sha256(yaml));
        }
        problems.sort(Comparator.comparingInt(ConfigProblem::line)
                .thenComparing(ConfigProblem::field)
                .thenComparing(ConfigProblem::message));
        return new ParsedEvent(sourceName, origin, event, binder.lines(), problems);
    }

    /** The tenant is loaded; the series, the funders and the sectors of the figures are that tenant's own. */
    private void checkAgainstTenant(EventDefinition event, Report report) {
        String slug = event.getTenant();
        if (slug == null || !slug.matches(Slug.PATTERN)) {
            return;
        }
        TenantDefinition tenant = tenantsBySlug.get(slug);
        if (tenant == null) {
            report.add("tenant", "'" + slug + "' is not a loaded tenant");
            return;
        }
        String series = event.getSeries();
        if (series != null
                && series.matches(Slug.PATTERN)
                && keys(tenant.getSeries()).stream().noneMatch(series::equals)) {
            report.add(
                    "series",
                    "'" + series + "' is not a series of tenant '" + slug + "'; it has "
                            + listOrNone(keys(tenant.getSeries())));
        }
        List<String> funders = event.getFunders();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; funders != null && i < funders.size(); i++) {
            String key = funders.get(i);
            if (key == null || !key.matches(Slug.PATTERN)) {
                continue;
            }
            String field = "funders[" + i + "]";
            Integer first = firstIndex.putIfAbsent(key, i);
            if (first != null) {
                report.add(field, "'" + key + "' is already listed as funders[" + first + "]");
            } else if (keys(tenant.getFunders()).stream().noneMatch(key::equals)) {
                report.add(
                        field,
                        "'" + key + "' is not a funder of tenant '" + slug + "'; it has "
                                + listOrNone(keys(tenant.getFunders())));
            }
        }
        ManualFigures figures = event.getFigures();
        if (figures != null && figures.getBySector() != null) {
            List<String> sectors = sectorsOf(tenant);
            for (String sector : figures.getBySector().keySet()) {
                if (!sectors.contains(sector)) {
                    report.add(
                            "figures.bySector." + sector,
                            "'" + sector + "' is not a sector of tenant '" + slug + "'; it has " + listOrNone(sectors));
                }
            }
        }
    }

    /** The sectors a tenant's forms offer: its own list, or all of them when the list is empty. */
    private static List<String> sectorsOf(TenantDefinition tenant) {
        List<String> own = tenant.getRegistration() == null
                ? null
                : tenant.getRegistration().getSectors();
        return own == null || own.isEmpty() ? RegistrationRules.SECTORS : own;
    }

    /**
     * Each host is a loaded ministry, listed once: the ministry's reports cover the event, and
     * only a ministry has reports.
     */
    private void checkHosts(EventDefinition event, Report report) {
        List<String> hosts = event.getHostedBy();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; hosts != null && i < hosts.size(); i++) {
            String host = hosts.get(i);
            if (host == null || !host.matches(Slug.PATTERN)) {
                continue;
            }
            String field = "hostedBy[" + i + "]";
            Integer first = firstIndex.putIfAbsent(host, i);
            TenantDefinition tenant = tenantsBySlug.get(host);
            if (first != null) {
                report.add(field, "'" + host + "' is already listed as hostedBy[" + first + "]");
            } else if (tenant == null) {
                report.add(field, "'" + host + "' is not a loaded tenant of kind MINISTRY; no tenant has this slug");
            } else if (tenant.getKind() != TenantKind.MINISTRY) {
                report.add(
                        field,
                        "'" + host + "' is not a loaded tenant of kind MINISTRY; it is of kind " + tenant.getKind());
            }
        }
    }

    /**
     * Each listed path names a setting of an event, and one the file gives: a value that is
     * not there cannot have been invented, and a mistyped path would leave the invented value
     * unmarked.
     */
    private static void checkIllustrative(EventDefinition event, SourceLines lines, Report report) {
        List<String> paths = event.getIllustrative();
        for (int i = 0; paths != null && i < paths.size(); i++) {
            String path = paths.get(i);
            if (path == null || path.isBlank()) {
                continue;
            }
            String field = "illustrative[" + i + "]";
            if (!YamlBinder.isSettingPath(EventDefinition.class, path)) {
                report.add(field, "'" + path + "' is not a field of an event");
            } else if (!lines.contains(path)) {
                report.add(field, "'" + path + "' is not in this file; only values the file gives can be illustrative");
            }
        }
    }

    /**
     * Results and documentation (issue 13): a result's place is a workshop code or an agenda item
     * of the event; every keyword has a label in the tenant's vocabulary (an index entry without
     * a label cannot be built); a recommendation names results of this file; a cross-reference
     * names a recommendation of this documentation. Each refusal names its place.
     */
    private void checkResults(EventDefinition event, Report report) {
        TenantDefinition tenant = event.getTenant() == null ? null : tenantsBySlug.get(event.getTenant());
        List<String> vocabulary = tenant == null ? List.of() : keys(tenant.getKeywords());
        List<ResultDefinition> results = event.getResults() == null ? List.of() : event.getResults();
        List<String> codes = keys(event.getWorkshops());
        int agendaSize = event.getAgenda() == null ? 0 : event.getAgenda().size();
        for (int i = 0; i < results.size(); i++) {
            ResultDefinition r = results.get(i);
            if (r == null) {
                continue;
            }
            String place = r.getPlace();
            if (place != null && !codes.contains(place)) {
                java.util.regex.Matcher m = AGENDA_PLACE.matcher(place);
                if (!m.matches() || Integer.parseInt(m.group(1)) >= agendaSize) {
                    report.add(
                            "results[" + i + "].place",
                            "'" + place + "' is neither a workshop code (" + listOrNone(codes)
                                    + ") nor an agenda item agenda[0] to agenda[" + (agendaSize - 1) + "]");
                }
            }
            checkKeywords(r.getKeywords(), vocabulary, "results[" + i + "]", report::add);
        }
        DocumentationDefinition doc = event.getDocumentation();
        if (doc == null) {
            return;
        }
        List<String> resultKeys = keys(results);
        checkDocumentation(
                doc,
                "documentation",
                vocabulary,
                key -> resultKeys.contains(key)
                        ? null
                        : "'" + key + "' is not a result of this file; it has " + listOrNone(resultKeys),
                report::add);
    }

    private static final java.util.regex.Pattern AGENDA_PLACE =
            java.util.regex.Pattern.compile("^agenda\\[([0-9]{1,3})]$");

    private static void checkKeywords(
            List<String> keywords,
            List<String> vocabulary,
            String at,
            java.util.function.BiConsumer<String, String> report) {
        for (int k = 0; keywords != null && k < keywords.size(); k++) {
            String key = keywords.get(k);
            if (key != null && !vocabulary.contains(key)) {
                report.accept(
                        at + ".keywords[" + k + "]",
                        "keyword '" + key + "' has no label: it is not in the tenant's vocabulary (keywords); it has "
                                + listOrNone(vocabulary));
            }
        }
    }

    /** The recommendations of a documentation: their results exist, keywords are labelled, references resolve. */
    private static void checkDocumentation(
            DocumentationDefinition doc,
            String at,
            List<String> vocabulary,
            java.util.function.Function<String, String> resultProblem,
            java.util.function.BiConsumer<String, String> report) {
        List<RecommendationDefinition> recs = doc.getRecommendations() == null ? List.of() : doc.getRecommendations();
        List<String> identifiers = new ArrayList<>();
        for (int n = 1; n <= recs.size(); n++) {
            identifiers.add(doc.getPrefix() == null ? "" : doc.identifier(n));
        }
        for (int i = 0; i < recs.size(); i++) {
            RecommendationDefinition rec = recs.get(i);
            if (rec == null) {
                continue;
            }
            String place = at + ".recommendations[" + i + "]";
            for (int j = 0; rec.getResults() != null && j < rec.getResults().size(); j++) {
                String key = rec.getResults().get(j);
                String problem = key == null ? null : resultProblem.apply(key);
                if (problem != null) {
                    report.accept(place + ".results[" + j + "]", problem);
                }
            }
            checkKeywords(rec.getKeywords(), vocabulary, place, report);
            for (int j = 0;
                    rec.getReferences() != null && j < rec.getReferences().size();
                    j++) {
                RecommendationDefinition.Reference ref = rec.getReferences().get(j);
                if (ref == null || ref.getTarget() == null) {
                    continue;
                }
                if (!identifiers.contains(ref.getTarget())) {
                    report.accept(
                            place + ".references[" + j + "].target",
                            "dangling cross-reference "
                                    + identifiers.get(i) + " → " + ref.getTarget()
                                    + ": no recommendation of this documentation has"
                                    + " that identifier; it has " + listOrNone(identifiers));
                } else if (ref.getTarget().equals(identifiers.get(i))) {
                    report.accept(place + ".references[" + j + "].target", identifiers.get(i) + " refers to itself");
                }
            }
        }
    }

    /**
     * The documentation of each series in a tenant file: its recommendations name results as
     * {@code event-slug/KEY} of an event of that series; keywords and references as for an event.
     * Reported on the tenant file, its field named in full.
     */
    List<ConfigProblem> seriesDocumentationProblems(List<ParsedEvent> files) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (TenantDefinition tenant : tenantsBySlug.values()) {
            List<SeriesDefinition> series = tenant.getSeries() == null ? List.of() : tenant.getSeries();
            for (int s = 0; s < series.size(); s++) {
                SeriesDefinition sd = series.get(s);
                if (sd == null || sd.getDocumentation() == null) {
                    continue;
                }
                Map<String, List<String>> resultsByEvent = new HashMap<>();
                for (ParsedEvent file : files) {
                    EventDefinition e = file.definition();
                    if (e != null
                            && tenant.getSlug().equals(e.getTenant())
                            && sd.getSlug() != null
                            && sd.getSlug().equals(e.getSeries())) {
                        resultsByEvent.put(e.getSlug(), keys(e.getResults()));
                    }
                }
                if (resultsByEvent.isEmpty()) {
                    continue; // the series' events are not among the files read (another directory): nothing to check
                    // against
                }
                String source = tenant.getSourceName();
                checkDocumentation(
                        sd.getDocumentation(),
                        "series[" + s + "].documentation",
                        keys(tenant.getKeywords()),
                        key -> {
                            int slash = key.indexOf('/');
                            List<String> inEvent = slash < 0 ? null : resultsByEvent.get(key.substring(0, slash));
                            if (inEvent == null) {
                                return "'" + key + "' does not name an event of series '" + sd.getSlug()
                                        + "' as event-slug/KEY; its events are "
                                        + listOrNone(List.copyOf(resultsByEvent.keySet()));
                            }
                            return inEvent.contains(key.substring(slash + 1))
                                    ? null
                                    : "'" + key + "': the event has no result with that key; it has "
                                            + listOrNone(inEvent);
                        },
                        (field, message) -> problems.add(new ConfigProblem(source, 0, field, message)));
            }
        }
        return problems;
    }

    /** An event's slug is unique within its tenant, because it is the tenant's URL {@code /t/{tenant}/e/{event}}. */
    static List<ConfigProblem> crossFileProblems(List<ParsedEvent> files) {
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, ParsedEvent> byTenantAndSlug = new LinkedHashMap<>();
        for (ParsedEvent file : files) {
            EventDefinition event = file.definition();
            if (event == null || event.getSlug() == null || !event.getSlug().matches(Slug.PATTERN)) {
                continue;
            }
            ParsedEvent first = byTenantAndSlug.putIfAbsent(event.getTenant() + "/" + event.getSlug(), file);
            if (first != null) {
                problems.add(new ConfigProblem(
                        file.sourceName(),
                        file.lines().lineOf("slug"),
                        "slug",
                        "event slug '" + event.getSlug() + "' of tenant '" + event.getTenant() + "' is already used by "
                                + first.sourceName() + " (" + first.origin() + ")"));
            }
        }
        return problems;
    }

    private static List<String> keys(List<? extends Keyed> entries) {
        return entries == null
                ? List.of()
                : entries.stream()
                        .filter(Objects::nonNull)
                        .map(Keyed::uniqueKey)
                        .filter(Objects::nonNull)
                        .toList();
    }

    private static String listOrNone(List<String> keys) {
        return keys.isEmpty() ? "none" : String.join(", ", keys);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Adds problems at the line of their field, unless binding that field failed already. */
    private record Report(String sourceName, YamlBinder binder, List<ConfigProblem> problems) {

        void add(String field, String message) {
            if (!binder.failedAtOrBelow(field)) {
                problems.add(new ConfigProblem(sourceName, binder.lines().lineOf(field), field, message));
            }
        }
    }

    record ParsedEvent(
            String sourceName,
            String origin,
            EventDefinition definition,
            SourceLines lines,
            List<ConfigProblem> problems) {}
}
