package de.fachtag.tenantconfig;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * One keyword of the tenant's controlled vocabulary (Stichwort): a key the tenant's files use to
 * name it, a German and an optional English label, and synonyms the keyword index lists beside it.
 */
public class KeywordDefinition implements Keyed {

    @NotBlank(message = "must not be blank")
    @Pattern(
            regexp = "^[a-z0-9]+(-[a-z0-9]+)*$",
            message = "must be lowercase letters, digits and hyphens, e.g. 'laendlicher-raum'")
    private String key;

    @NotNull(message = "must not be missing; a keyword without a label cannot appear in an index")
    @Valid
    private LocalizedText label;

    @NotNull(message = "must be a list; leave it out or write [] for none")
    private List<@NotBlank(message = "must not be blank") String> synonyms = new ArrayList<>();

    @Override
    public String uniqueKey() {
        return key;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public LocalizedText getLabel() {
        return label;
    }

    public void setLabel(LocalizedText label) {
        this.label = label;
    }

    public List<String> getSynonyms() {
        return synonyms;
    }

    public void setSynonyms(List<String> synonyms) {
        this.synonyms = synonyms;
    }
}
