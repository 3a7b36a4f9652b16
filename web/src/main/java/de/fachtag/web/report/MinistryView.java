package de.fachtag.web.report;

import de.fachtag.reporting.MinistryReports;
import de.fachtag.reporting.SmallCells;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.routing.RequestTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * A ministry's figures ({@code /ministry/{ministry}/}), for its analysts only (the routing filter
 * lets nobody else in): the fixed catalogue of protected tables, a chart of the years, the
 * downloads and the definitions. Nothing here can name a person: the tables come from counts.
 */
@Named
@RequestScoped
public class MinistryView {

    @EJB
    MinistryReports reports;

    @Inject
    RequestTenant tenant;

    @EJB
    de.fachtag.tenant.PublicAddresses addresses;

    @Inject
    LocaleSelection lang;

    private MinistryReports.View view;
    private List<FigureTable> tables = List.of();
    private ReportTexts texts;

    public void load() {
        texts = new ReportTexts(lang.getLocale());
        view = reports.view(tenant.getSlug());
        tables = MinistryTables.of(view, texts);
    }

    public List<FigureTable> getTables() {
        return tables;
    }

    public boolean isNothingToCount() {
        return view == null || view.events().isEmpty();
    }

    public String getIntro() {
        return texts.get("ministry.intro", tenant.get().name());
    }

    /** The address of the figures API for this ministry, as the analyst's program calls it. */
    public String getApiUrl() {
        return addresses.api() + "/ministry/" + tenant.getSlug() + "/figures";
    }

    public String getDataTime() {
        return view == null ? "" : texts.get("report.dataTime", texts.dataTime(view.dataTime()));
    }

    public List<String[]> getDefinitions() {
        return ReportFiles.legend(tables, texts);
    }

    /** Registrations by status per year; a protected cell is left out of the chart (a gap), as in the table. */
    public String getYearChart() {
        if (isNothingToCount()) {
            return null;
        }
        MinistryReports.Table years = view.table(MinistryReports.Catalogue.YEARS);
        if (years.cells() == null) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        for (String label : years.rowLabels()) {
            labels.add(label.isEmpty() ? texts.get("ministry.noYear") : label);
        }
        List<Charts.Series> series = new ArrayList<>();
        for (int c = 0; c < years.columns().size(); c++) {
            List<Long> values = new ArrayList<>();
            for (int r = 0; r < years.rowKeys().size(); r++) {
                SmallCells.Cell cell = years.cells().cell(r, c);
                values.add(cell.shown() ? cell.value() : null);
            }
            series.add(new Charts.Series(texts.label(years.columns().get(c)), values));
        }
        return Charts.bar(labels, series);
    }
}
