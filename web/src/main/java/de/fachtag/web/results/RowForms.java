package de.fachtag.web.results;

import jakarta.faces.context.FacesContext;
import java.util.Map;

/**
 * What a form repeated per row ({@code <h:form>} inside {@code <ui:repeat>}) posted.
 *
 * <p>{@code ui:repeat} keeps one {@code UIForm} for all rows, and with it one "submitted" flag:
 * decoding the rows after the submitted one resets it, so the update phase skips the submitted
 * row's inputs unless that row is the last. The button's action still fires, without the value
 * typed beside it (a reason to set a result aside was lost, and the result restored instead).
 * The browser posts only the fields of the form it submits, so the one request parameter whose
 * name ends with the input's id is the row's value.
 */
final class RowForms {

    private RowForms() {}

    /**
     * The value the row's form posted for its input {@code inputId} (the request parameter whose
     * name ends with {@code :inputId}); without such a parameter, the value bound under {@code key}.
     */
    static String posted(Map<String, String> bound, String key, String inputId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return bound.get(key);
        }
        String suffix = ":" + inputId;
        return faces.getExternalContext().getRequestParameterMap().entrySet().stream()
                .filter(e -> e.getKey().endsWith(suffix))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(bound.get(key));
    }
}
