package de.fachtag.tenantconfig;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tenant or event files could not be loaded. Carries every problem found, not just the first, so
 * that one run of the build or one start of the server shows everything to fix.
 */
public class TenantConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    public TenantConfigException(List<ConfigProblem> problems) {
        super(problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /**
     * Problems of both kinds of file, found in one pass; the message lists them under a headline
     * per kind ("Tenant files: 2 problems", "Event files: 1 problem"), kinds without problems left out.
     */
    public TenantConfigException(List<ConfigProblem> tenantFileProblems, List<ConfigProblem> eventFileProblems) {
        super(section("Tenant files", tenantFileProblems) + section("Event files", eventFileProblems));
        this.problems = Stream.concat(tenantFileProblems.stream(), eventFileProblems.stream())
                .toList();
    }

    private static String section(String kind, List<ConfigProblem> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        return kind + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "\n"
                + problems.stream().map(p -> "  " + p + "\n").collect(Collectors.joining());
    }

    /** Every problem, grouped by file in load order, by line within a file. */
    public List<ConfigProblem> problems() {
        return problems;
    }
}
