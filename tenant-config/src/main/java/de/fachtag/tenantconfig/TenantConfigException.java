package de.fachtag.tenantconfig;

import java.util.List;
import java.util.stream.Collectors;

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

    /** Every problem, grouped by file in load order, by line within a file. */
    public List<ConfigProblem> problems() {
        return problems;
    }
}
