package de.fachtag.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.UUID;

/** One workshop as the workshop editor edits it; guiding questions one per line. */
public class WorkshopForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private UUID id;

    @NotBlank(message = "{fachtag.required}")
    @Size(max = 8, message = "{fachtag.text.tooLong}")
    private String code;

    @NotBlank(message = "{fachtag.required}")
    @Size(max = 300, message = "{fachtag.text.tooLong}")
    private String titleDe;

    @Size(max = 300, message = "{fachtag.text.tooLong}")
    private String subtitleDe;

    @Size(max = 5000, message = "{fachtag.text.tooLong}")
    private String questionsDe;

    @Size(max = 10000, message = "{fachtag.text.tooLong}")
    private String descriptionDe;

    @Size(max = 2000, message = "{fachtag.text.tooLong}")
    private String audienceDe;

    @Min(value = 1, message = "{fachtag.capacity.positive}")
    @Max(value = 10000, message = "{fachtag.capacity.positive}")
    private Integer capacity;

    @Size(max = 120, message = "{fachtag.text.tooLong}")
    private String room;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitleDe() {
        return titleDe;
    }

    public void setTitleDe(String titleDe) {
        this.titleDe = titleDe;
    }

    public String getSubtitleDe() {
        return subtitleDe;
    }

    public void setSubtitleDe(String subtitleDe) {
        this.subtitleDe = subtitleDe;
    }

    public String getQuestionsDe() {
        return questionsDe;
    }

    public void setQuestionsDe(String questionsDe) {
        this.questionsDe = questionsDe;
    }

    public String getDescriptionDe() {
        return descriptionDe;
    }

    public void setDescriptionDe(String descriptionDe) {
        this.descriptionDe = descriptionDe;
    }

    public String getAudienceDe() {
        return audienceDe;
    }

    public void setAudienceDe(String audienceDe) {
        this.audienceDe = audienceDe;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }
}
