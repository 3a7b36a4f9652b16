package de.fachtag.web.results;

import de.fachtag.results.PublishingService;
import de.fachtag.results.PublishingService.RecommendationCount;
import de.fachtag.results.PublishingService.RecommendationCounts;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.report.FigureTable;
import de.fachtag.web.security.StaffSession;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * The recommendations in the tenant's reports ({@code /organizer/{tenant}/reports}): how many
 * per field of action of the results they are written from, in published documentations and in
 * drafts, as a figure table like the others on the page. Empty (no table) when the tenant has
 * none or the account reads no reports.
 */
@Named("recommendationCounts")
@RequestScoped
public class RecommendationCountsView {

    @EJB
    PublishingService publishing;

    @Inject
    LocaleSelection lang;

    @Inject
    StaffSession staff;

    private List<FigureTable> tables;

    public List<FigureTable> getTables() {
        if (tables == null) {
            tables = new ArrayList<>();
            if (staff.isReportReader()) {
                RecommendationCounts counts = publishing.recommendationCounts();
                if (counts.all().total() > 0) {
                    tables.add(table(counts));
                    tables.add(byState(publishing.recommendationsByState()));
                }
            }
        }
        return tables;
    }

    private FigureTable table(RecommendationCounts counts) {
        List<List<String>> rows = new ArrayList<>();
        for (RecommendationCount c : counts.byFieldOfAction()) {
            rows.add(row(c.fieldOfAction() == null ? t("counts.noField") : c.fieldOfAction(), c));
        }
        rows.add(row(t("counts.all"), counts.all()));
        return new FigureTable(
                "recommendations-by-field",
                t("counts.title"),
                List.of(t("counts.field"), t("counts.published"), t("counts.draft"), t("counts.total")),
                rows,
                List.of(),
                List.of(t("counts.note")));
    }

    /** One row per follow-up state (open, under review, adopted, ...), then all. */
    private FigureTable byState(java.util.Map<de.fachtag.results.RecommendationState, Long> counts) {
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((state, n) -> rows.add(List.of(t("state." + state.name()), Long.toString(n))));
        rows.add(List.of(
                t("counts.all"),
                Long.toString(
                        counts.values().stream().mapToLong(Long::longValue).sum())));
        return new FigureTable(
                "recommendations-by-state",
                t("counts.state.title"),
                List.of(t("counts.state"), t("counts.total")),
                rows,
                List.of(),
                List.of(t("counts.state.note")));
    }

    private static List<String> row(String label, RecommendationCount c) {
        return List.of(label, Long.toString(c.published()), Long.toString(c.draft()), Long.toString(c.total()));
    }

    private String t(String key) {
        return ResultTexts.text(lang.getLocale(), key);
    }
}
