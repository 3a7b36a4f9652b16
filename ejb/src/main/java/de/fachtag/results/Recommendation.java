package de.fachtag.results;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import de.fachtag.tenancy.TenantOwned;

/**
 * A recommendation (Handlungsempfehlung) of a document: its number is assigned once
 * (see {@link RecommendationDocument}); its position orders the document and may change.
 */
@Entity
@Table(name = "recommendation")
@NamedQuery(name = "Recommendation.ofDocument",
        query = "SELECT r FROM Recommendation r WHERE r.documentId = :document ORDER BY r.position, r.number")
public class Recommendation extends TenantOwned {

    @Column(name = "document_id", nullable = false, updatable = false)
    private UUID documentId;

    @Column(nullable = false, updatable = false)
    private int number;

    private int position;

    @Column(name = "title_de", nullable = false)
    private String titleDe;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "text_de", nullable = false)
    private String textDe;

    @Column(name = "text_en")
    private String textEn;

    protected Recommendation() {
    }

    Recommendation(UUID documentId, int number, int position) {
        this.documentId = documentId;
        this.number = number;
        this.position = position;
    }

    void write(String titleDe, String titleEn, String textDe, String textEn) {
        this.titleDe = titleDe.strip();
        this.titleEn = Texts.clean(titleEn);
        this.textDe = textDe.strip();
        this.textEn = Texts.clean(textEn);
    }

    void moveTo(int position) {
        this.position = position;
    }

    public UUID getDocumentId() { return documentId; }
    public int getNumber() { return number; }
    public int getPosition() { return position; }
    public String getTitleDe() { return titleDe; }
    public String getTitleEn() { return titleEn; }
    public String getTextDe() { return textDe; }
    public String getTextEn() { return textEn; }
}
