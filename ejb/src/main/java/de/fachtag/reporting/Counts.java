package de.fachtag.reporting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The metrics of one cell of a report (an event, a workshop, a sector, a mode). A metric that
 * was not recorded (figures entered by hand give only participants) is absent, not zero.
 */
public record Counts(Map<Metric, Long> values) {

    public Counts {
        EnumMap<Metric, Long> copy = new EnumMap<>(Metric.class);
        values.forEach((metric, value) -> {
            if (value != null) {
                copy.put(metric, value);
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    public static final Counts NONE = new Counts(Map.of());

    /** Every metric recorded, each 0: the figures of a workshop nobody chose. */
    public static Counts zero() {
        EnumMap<Metric, Long> zeros = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            zeros.put(m, 0L);
        }
        return new Counts(zeros);
    }

    /** The value, or null when the metric was not recorded. */
    public Long get(Metric metric) {
        return values.get(metric);
    }

    /** The value, 0 when not recorded (for sums over events). */
    public long count(Metric metric) {
        return values.getOrDefault(metric, 0L);
    }

    public boolean recorded(Metric metric) {
        return values.containsKey(metric);
    }

    /** Cell by cell sum; a metric recorded in either counts. */
    public Counts plus(Counts other) {
        EnumMap<Metric, Long> sum = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            if (recorded(m) || other.recorded(m)) {
                sum.put(m, count(m) + other.count(m));
            }
        }
        return new Counts(sum);
    }
}
