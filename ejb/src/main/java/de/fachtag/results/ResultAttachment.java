package de.fachtag.results;

import de.fachtag.tenancy.TenantOwned;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A file of a result, such as the photo of a flip chart, with its text alternative (German
 * required, English optional): a picture without one would tell a screen reader nothing.
 */
@Entity
@Table(name = "result_attachment")
@NamedQuery(
        name = "ResultAttachment.ofResults",
        query = "SELECT a FROM ResultAttachment a WHERE a.resultId IN :ids ORDER BY a.createdAt")
public class ResultAttachment extends TenantOwned {

    @Column(name = "result_id", nullable = false, updatable = false)
    private UUID resultId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "alt_de", nullable = false)
    private String altDe;

    @Column(name = "alt_en")
    private String altEn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ResultAttachment() {}

    ResultAttachment(
            UUID resultId,
            String fileName,
            String contentType,
            byte[] content,
            String altDe,
            String altEn,
            Instant createdAt) {
        this.resultId = resultId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.createdAt = createdAt;
        describe(altDe, altEn);
    }

    void describe(String altDe, String altEn) {
        this.altDe = altDe.strip();
        this.altEn = Texts.clean(altEn);
    }

    public UUID getResultId() {
        return resultId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }

    public String getAltDe() {
        return altDe;
    }

    public String getAltEn() {
        return altEn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
