package de.fachtag.web.report;

import de.fachtag.platform.JsonP;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart} (its {@code value} is the JSON). Every
 * chart stands beside a table with the same figures (WCAG 1.1.1): the chart is a picture of
 * the table, not a second source. Built with Jakarta JSON-P, so labels are escaped properly.
 */
final class Charts {

    /** Colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart also by order and legend. */
    private static final List<String> COLOURS =
            List.of("#1f5f99", "#b3541e", "#2e7d32", "#6a3d9a", "#8a6d00", "#ad1457");

    private Charts() {}

    /** A named series of values for the x labels; null values leave a gap. */
    record Series(String label, List<Long> values) {}

    static String bar(List<String> labels, List<Series> series) {
        return chart("bar", labels, series);
    }

    static String line(List<String> labels, List<Series> series) {
        return chart("line", labels, series);
    }

    private static String chart(String type, List<String> labels, List<Series> series) {
        JsonArrayBuilder x = JsonP.createArrayBuilder();
        labels.forEach(x::add);
        JsonArrayBuilder datasets = JsonP.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            JsonArrayBuilder values = JsonP.createArrayBuilder();
            for (Long v : s.values()) {
                if (v == null) {
                    values.addNull();
                } else {
                    values.add(v);
                }
            }
            String colour = COLOURS.get(i % COLOURS.size());
            datasets.add(JsonP.createObjectBuilder()
                    .add("label", s.label())
                    .add("data", values)
                    .add("backgroundColor", colour)
                    .add("borderColor", colour)
                    .add("spanGaps", true));
        }
        JsonObjectBuilder options = JsonP.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                        "scales",
                        JsonP.createObjectBuilder()
                                .add(
                                        "y",
                                        JsonP.createObjectBuilder()
                                                .add("beginAtZero", true)
                                                .add(
                                                        "ticks",
                                                        JsonP.createObjectBuilder()
                                                                .add("precision", 0))));
        return JsonP.createObjectBuilder()
                .add("type", type)
                .add("data", JsonP.createObjectBuilder().add("labels", x).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }
}
