package de.fachtag.tenantconfig;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * What a tenant's registration forms offer and promise: how long personal data is kept after
 * an event (the privacy notice names the same number), which sectors (Arbeitsbereiche) people
 * choose from, and which web sites may embed the form through the JSON API.
 */
public class RegistrationRules {

    /** Every sector key, in the forms' default order; a tenant without a list of its own offers these. */
    public static final List<String> SECTORS = List.of(
            "ADMINISTRATION",
            "JOB_CENTRE",
            "EDUCATION",
            "COUNSELLING",
            "MIGRANT_ORGANISATION",
            "BUSINESS",
            "VOLUNTEER",
            "OTHER");

    /** Days after an event until its registrations' personal data is erased or anonymized. */
    @Min(value = 1, message = "must be between 1 and 3650")
    @Max(value = 3650, message = "must be between 1 and 3650")
    private Integer retentionDays = 90;

    /** Sector keys in the order the form lists them; empty: all. */
    @NotNull(message = "must be a list; write [] for all")
    private List<
                    @Pattern(
                            regexp =
                                    "ADMINISTRATION|JOB_CENTRE|EDUCATION|COUNSELLING|MIGRANT_ORGANISATION|BUSINESS|VOLUNTEER|OTHER",
                            message =
                                    "must be one of ADMINISTRATION, JOB_CENTRE, EDUCATION, COUNSELLING, MIGRANT_ORGANISATION, BUSINESS, "
                                            + "VOLUNTEER, OTHER")
                    String>
            sectors = new ArrayList<>();

    /**
     * Origins (scheme://host[:port]) allowed to post registrations from the browser: https, or
     * http for localhost (development). The settings page applies the same rule ({@link HostNames}).
     */
    @NotNull(message = "must be a list; write [] for none")
    private List<
                    @Pattern(
                            regexp =
                                    "https://[a-z0-9.-]+(:[0-9]{1,5})?|http://(localhost|127\\.0\\.0\\.1)(:[0-9]{1,5})?",
                            message =
                                    "must be an https origin like https://www.example.de (no path, no trailing slash; "
                                            + "http only for localhost)")
                    String>
            corsOrigins = new ArrayList<>();

    public int getRetentionDays() {
        return retentionDays == null ? 90 : retentionDays;
    }

    public void setRetentionDays(Integer retentionDays) {
        this.retentionDays = retentionDays;
    }

    public List<String> getSectors() {
        return sectors;
    }

    public void setSectors(List<String> sectors) {
        this.sectors = sectors;
    }

    public List<String> getCorsOrigins() {
        return corsOrigins;
    }

    public void setCorsOrigins(List<String> corsOrigins) {
        this.corsOrigins = corsOrigins;
    }
}
