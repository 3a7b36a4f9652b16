package de.fachtag.tenantconfig;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * One recommendation (Handlungsempfehlung) of a documentation: title, text, the results it is
 * written from (at least one, by key), keywords by key, and cross-references to other
 * recommendations of the same documentation by identifier ({@code HE-2024-SLD-02}). Its number
 * is its place in the file's list.
 */
public class RecommendationDefinition {

    @NotNull(message = "must not be missing")
    @Valid
    private LocalizedText title;

    @NotNull(message = "must not be missing")
    @Valid
    private LocalizedText text;

    @NotEmpty(message = "must name at least one result: a recommendation is written from results")
    private List<@NotBlank(message = "must not be blank") String> results = new ArrayList<>();

    @NotNull(message = "must be a list; leave it out or write [] for none")
    private List<@NotBlank(message = "must not be blank") String> keywords = new ArrayList<>();

    @NotNull(message = "must be a list; leave it out or write [] for none")
    private List<@NotNull(message = "must not be empty") @Valid Reference> references = new ArrayList<>();

    /** A typed cross-reference: {@code kind} and the {@code target}'s identifier. */
    public static class Reference {

        @NotNull(message = "must be one of SEE, SUPPLEMENTS, CONTRADICTS")
        private CrossReferenceKind kind;

        @NotBlank(message = "must not be blank")
        private String target;

        public CrossReferenceKind getKind() {
            return kind;
        }

        public void setKind(CrossReferenceKind kind) {
            this.kind = kind;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }
    }

    public LocalizedText getTitle() {
        return title;
    }

    public void setTitle(LocalizedText title) {
        this.title = title;
    }

    public LocalizedText getText() {
        return text;
    }

    public void setText(LocalizedText text) {
        this.text = text;
    }

    public List<String> getResults() {
        return results;
    }

    public void setResults(List<String> results) {
        this.results = results;
    }

    public List<String> getKeywords() {
        return keywords;
    }

    public void setKeywords(List<String> keywords) {
        this.keywords = keywords;
    }

    public List<Reference> getReferences() {
        return references;
    }

    public void setReferences(List<Reference> references) {
        this.references = references;
    }
}
