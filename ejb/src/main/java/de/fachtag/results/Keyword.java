package de.fachtag.results;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** A keyword of the tenant's controlled vocabulary: German label, English label, synonyms (one per line). */
@Entity
@Table(name = "keyword")
@NamedQuery(name = "Keyword.all", query = "SELECT k FROM Keyword k ORDER BY k.labelDe")
public class Keyword extends TenantOwned {

    @Column(name = "label_de", nullable = false)
    private String labelDe;

    @Column(name = "label_en")
    private String labelEn;

    private String synonyms;

    protected Keyword() {}

    public Keyword(String labelDe, String labelEn, String synonyms) {
        relabel(labelDe, labelEn, synonyms);
    }

    public final void relabel(String labelDe, String labelEn, String synonyms) {
        this.labelDe = labelDe.strip();
        this.labelEn = Texts.clean(labelEn);
        this.synonyms = Texts.clean(synonyms);
    }

    public String getLabelDe() {
        return labelDe;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getSynonyms() {
        return synonyms;
    }

    public List<String> synonymList() {
        return synonyms == null
                ? List.of()
                : Arrays.stream(synonyms.split("[\\n,;]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
