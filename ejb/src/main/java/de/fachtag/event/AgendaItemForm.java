package de.fachtag.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.UUID;

/** One programme item as the agenda editor edits it. */
public class AgendaItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID id;

    @NotNull(message = "{fachtag.required}")
    private LocalTime start;

    @NotNull(message = "{fachtag.required}")
    private LocalTime end;

    @NotNull(message = "{fachtag.required}")
    private AgendaItemKind kind;

    @NotBlank(message = "{fachtag.required}")
    @Size(max = 300, message = "{fachtag.text.tooLong}")
    private String titleDe;

    @Size(max = 300, message = "{fachtag.text.tooLong}")
    private String titleEn;

    @Size(max = 300, message = "{fachtag.text.tooLong}")
    private String subtitleDe;

    @Size(max = 5000, message = "{fachtag.text.tooLong}")
    private String descriptionDe;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public AgendaItemKind getKind() {
        return kind;
    }

    public void setKind(AgendaItemKind kind) {
        this.kind = kind;
    }

    public String getTitleDe() {
        return titleDe;
    }

    public void setTitleDe(String titleDe) {
        this.titleDe = titleDe;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getSubtitleDe() {
        return subtitleDe;
    }

    public void setSubtitleDe(String subtitleDe) {
        this.subtitleDe = subtitleDe;
    }

    public String getDescriptionDe() {
        return descriptionDe;
    }

    public void setDescriptionDe(String descriptionDe) {
        this.descriptionDe = descriptionDe;
    }
}
