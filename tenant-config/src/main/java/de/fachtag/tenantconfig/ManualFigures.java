package de.fachtag.tenantconfig;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * Figures of an event entered by hand, for an event run outside the platform or on paper:
 * the participants in all and, where known, how they split by mode, workshop and sector. The
 * reports show such an event from these figures alone, marked "manuell erfasst", and mark them
 * illustrative when the event file lists {@code figures} (or a part of it) in
 * {@code illustrative}.
 *
 * <p>A breakdown that is left out (or written {@code {}}) is not known. One that is given adds
 * up: {@code byMode} and {@code bySector} to {@code participants}, {@code byWorkshop} to the
 * on-site participants, since workshops are on site only, as for registrations. Which keys a
 * breakdown may use depends on the event (its workshops, its format) and its tenant (its
 * sectors); {@link EventRules} and the loader check them.
 */
public class ManualFigures {

    /** The keys of {@link #getByMode()}, the names of the registrations' participation modes. */
    public static final List<String> MODES = List.of("ON_SITE", "LIVESTREAM");

    /** The largest count a file may give, the limit of the database. */
    public static final int MAX = 1_000_000;

    static final String COUNT = "must be a whole number between 0 and " + MAX;

    @NotNull(message = "must not be missing; give the number of participants in all")
    @Min(value = 0, message = COUNT)
    @Max(value = MAX, message = COUNT)
    private Integer participants;

    /** Participants by mode: ON_SITE, LIVESTREAM. */
    private Map<
                    String,
                    @NotNull(message = COUNT) @Min(value = 0, message = COUNT) @Max(value = MAX, message = COUNT)
                    Integer>
            byMode;

    /** On-site participants by workshop code. */
    private Map<
                    String,
                    @NotNull(message = COUNT) @Min(value = 0, message = COUNT) @Max(value = MAX, message = COUNT)
                    Integer>
            byWorkshop;

    /** Participants by sector key of the tenant (see {@link RegistrationRules#getSectors()}). */
    private Map<
                    String,
                    @NotNull(message = COUNT) @Min(value = 0, message = COUNT) @Max(value = MAX, message = COUNT)
                    Integer>
            bySector;

    public Integer getParticipants() {
        return participants;
    }

    public void setParticipants(Integer participants) {
        this.participants = participants;
    }

    /** In file order; {@code null} when the file does not give it. */
    public Map<String, Integer> getByMode() {
        return byMode;
    }

    public void setByMode(Map<String, Integer> byMode) {
        this.byMode = byMode;
    }

    /** In file order; {@code null} when the file does not give it. */
    public Map<String, Integer> getByWorkshop() {
        return byWorkshop;
    }

    public void setByWorkshop(Map<String, Integer> byWorkshop) {
        this.byWorkshop = byWorkshop;
    }

    /** In file order; {@code null} when the file does not give it. */
    public Map<String, Integer> getBySector() {
        return bySector;
    }

    public void setBySector(Map<String, Integer> bySector) {
        this.bySector = bySector;
    }
}
