package de.fachtag.tenantconfig;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * One result of an event (Ergebnis): where it came from ({@code place}: a workshop's code, an
 * agenda item as {@code agenda[3]}, or left out for the event as a whole, e.g. a regional
 * conference's discussion), its kind, its text, keywords of the tenant's vocabulary by key, and
 * optionally the field of action and the responsible actor. The key names it for the
 * recommendations: within the event file ({@code A1}), in a series' documentation with the
 * event's slug ({@code regionalkonferenz-halle-2019/H1}).
 */
public class ResultDefinition implements Keyed {

    @NotBlank(message = "must not be blank")
    @Pattern(regexp = "^[A-Za-z0-9]{1,12}$", message = "must be a short key of letters or digits, e.g. 'A1'")
    private String key;

    private String place;

    @NotNull(message = "must be one of NEED, PROBLEM, PROPOSAL, GOOD_PRACTICE, OPEN_QUESTION")
    private ResultKind type;

    @NotNull(message = "must not be missing")
    @Valid
    private LocalizedText text;

    private String fieldOfAction;

    private String responsibleActor;

    @NotNull(message = "must be a list; leave it out or write [] for none")
    private List<@NotBlank(message = "must not be blank") String> keywords = new ArrayList<>();

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

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public ResultKind getType() {
        return type;
    }

    public void setType(ResultKind type) {
        this.type = type;
    }

    public LocalizedText getText() {
        return text;
    }

    public void setText(LocalizedText text) {
        this.text = text;
    }

    public String getFieldOfAction() {
        return fieldOfAction;
    }

    public void setFieldOfAction(String fieldOfAction) {
        this.fieldOfAction = fieldOfAction;
    }

    public String getResponsibleActor() {
        return responsibleActor;
    }

    public void setResponsibleActor(String responsibleActor) {
        this.responsibleActor = responsibleActor;
    }

    public List<String> getKeywords() {
        return keywords;
    }

    public void setKeywords(List<String> keywords) {
        this.keywords = keywords;
    }
}
