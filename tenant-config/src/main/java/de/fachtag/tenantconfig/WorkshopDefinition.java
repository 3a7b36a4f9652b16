package de.fachtag.tenantconfig;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.ArrayList;
import java.util.List;

/**
 * One workshop of an event. Participants choose one when they register on site; the code is
 * how the invitation names it ("Workshop A", "1.") and how registrations refer to it, hence
 * unique within the event.
 */
public class WorkshopDefinition implements Keyed {

    @NotBlank(message = "must not be blank")
    @Pattern(regexp = "^[A-Za-z0-9]{1,8}$", message = "must be a short code of letters or digits, e.g. 'A' or '1'")
    private String code;

    @NotNull(message = "must not be missing")
    @Valid
    private LocalizedText title;

    @Valid
    private LocalizedText subtitle;

    /** The guiding questions (Leitfragen), in the order the invitation asks them. */
    @NotNull(message = "must be a list; leave it out or write [] for none")
    private List<@NotNull(message = "must not be empty") @Valid LocalizedText> questions = new ArrayList<>();

    @Valid
    private LocalizedText description;

    /** Whom the workshop is for, when the source says so ("richtet sich an …"). */
    @Valid
    private LocalizedText audience;

    /** Seats in this workshop; empty when the source gives no number. */
    @Positive(message = "must be a positive whole number")
    private Integer capacity;

    private String room;

    @NotNull(message = "must be a list; leave it out or write [] for none")
    private List<@NotNull(message = "must not be empty") @Valid ContributionDefinition> contributions =
            new ArrayList<>();

    @Override
    public String uniqueKey() {
        return code;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public LocalizedText getTitle() {
        return title;
    }

    public void setTitle(LocalizedText title) {
        this.title = title;
    }

    public LocalizedText getSubtitle() {
        return subtitle;
    }

    public void setSubtitle(LocalizedText subtitle) {
        this.subtitle = subtitle;
    }

    public List<LocalizedText> getQuestions() {
        return questions;
    }

    public void setQuestions(List<LocalizedText> questions) {
        this.questions = questions;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public void setDescription(LocalizedText description) {
        this.description = description;
    }

    public LocalizedText getAudience() {
        return audience;
    }

    public void setAudience(LocalizedText audience) {
        this.audience = audience;
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

    public List<ContributionDefinition> getContributions() {
        return contributions;
    }

    public void setContributions(List<ContributionDefinition> contributions) {
        this.contributions = contributions;
    }
}
