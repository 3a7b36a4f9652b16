package de.fachtag.tenantconfig;

import jakarta.validation.Validator;
import org.yaml.snakeyaml.nodes.Node;

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
        checkHosts(event, report);
        checkIllustrative(event, binder.lines(), report);
        if (problems.isEmpty()) {
            event.setContentHash(sha256(yaml));
        }
        problems.sort(Comparator.comparingInt(ConfigProblem::line).thenComparing(ConfigProblem::field).thenComparing(ConfigProblem::message));
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
        if (series != null && series.matches(Slug.PATTERN) && keys(tenant.getSeries()).stream().noneMatch(series::equals)) {
            report.add("series", "'" + series + "' is not a series of tenant '" + slug + "'; it has "
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
                report.add(field, "'" + key + "' is not a funder of tenant '" + slug + "'; it has "
                        + listOrNone(keys(tenant.getFunders())));
            }
        }
        ManualFigures figures = event.getFigures();
        if (figures != null && figures.getBySector() != null) {
            List<String> sectors = sectorsOf(tenant);
            for (String sector : figures.getBySector().keySet()) {
                if (!sectors.contains(sector)) {
                    report.add("figures.bySector." + sector, "'" + sector + "' is not a sector of tenant '" + slug
                            + "'; it has " + listOrNone(sectors));
                }
            }
        }
    }

    /** The sectors a tenant's forms offer: its own list, or all of them when the list is empty. */
    private static List<String> sectorsOf(TenantDefinition tenant) {
        List<String> own = tenant.getRegistration() == null ? null : tenant.getRegistration().getSectors();
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
                report.add(field, "'" + host + "' is not a loaded tenant of kind MINISTRY; it is of kind "
                        + tenant.getKind());
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
                problems.add(new ConfigProblem(file.sourceName(), file.lines().lineOf("slug"), "slug",
                        "event slug '" + event.getSlug() + "' of tenant '" + event.getTenant()
                                + "' is already used by " + first.sourceName() + " (" + first.origin() + ")"));
            }
        }
        return problems;
    }

    private static List<String> keys(List<? extends Keyed> entries) {
        return entries == null ? List.of()
                : entries.stream().filter(Objects::nonNull).map(Keyed::uniqueKey).filter(Objects::nonNull).toList();
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

    record ParsedEvent(String sourceName, String origin, EventDefinition definition,
                       SourceLines lines, List<ConfigProblem> problems) {
    }
}
