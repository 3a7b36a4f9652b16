package de.fachtag.tenantconfig;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * An event series (Veranstaltungsreihe) a tenant runs, e.g. a yearly Fachtag or a round of
 * regional conferences. Events themselves are data, not configuration; the series is
 * configuration because its slug appears in URLs and reports across years.
 */
public class SeriesDefinition implements Keyed {

    @NotBlank(message = "must not be blank")
    @Slug
    private String slug;

    @NotNull(message = "must not be missing")
    @Valid
    private LocalizedText title;

    @Valid
    private LocalizedText description;

    /**
     * The series' documentation (issue 13): recommendations written from the results of its
     * events, named {@code event-slug/KEY}; optional.
     */
    @Valid
    private DocumentationDefinition documentation;

    @Override
    public String uniqueKey() {
        return slug;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public void setTitle(LocalizedText title) {
        this.title = title;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public void setDescription(LocalizedText description) {
        this.description = description;
    }

    public DocumentationDefinition getDocumentation() {
        return documentation;
    }

    public void setDocumentation(DocumentationDefinition documentation) {
        this.documentation = documentation;
    }
}
