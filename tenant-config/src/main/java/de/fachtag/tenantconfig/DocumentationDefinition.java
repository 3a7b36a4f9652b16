package de.fachtag.tenantconfig;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * The documentation of an event or a series as a file gives it: the identifier prefix of its
 * recommendations ({@code HE-2024-SLD}; their numbers follow the list), whether it is published,
 * whether its contents are invented for the demo ({@code illustrative}: the pages say so), and
 * the recommendations.
 */
public class DocumentationDefinition {

    @NotNull(message = "must not be missing, e.g. HE-2024-SLD")
    @Pattern(regexp = "^[A-Z0-9]+(-[A-Z0-9]+)*$", message = "must be capitals, digits and hyphens, e.g. HE-2024-SLD")
    private String prefix;

    private Boolean published = Boolean.FALSE;

    private Boolean illustrative = Boolean.FALSE;

    @NotNull(message = "must be a list; leave it out or write [] for none")
    private List<@NotNull(message = "must not be empty") @Valid RecommendationDefinition> recommendations =
            new ArrayList<>();

    /** The identifier of the recommendation with this number: {@code HE-2024-SLD-03}. */
    public String identifier(int number) {
        return prefix + "-" + (number < 10 ? "0" + number : String.valueOf(number));
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public Boolean getPublished() {
        return published;
    }

    public void setPublished(Boolean published) {
        this.published = published;
    }

    public Boolean getIllustrative() {
        return illustrative;
    }

    public void setIllustrative(Boolean illustrative) {
        this.illustrative = illustrative;
    }

    public List<RecommendationDefinition> getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(List<RecommendationDefinition> recommendations) {
        this.recommendations = recommendations;
    }

    public boolean isPublished() {
        return Boolean.TRUE.equals(published);
    }

    public boolean isIllustrative() {
        return Boolean.TRUE.equals(illustrative);
    }
}
