package de.fachtag.web.organizer;

import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import de.fachtag.web.i18n.Messages;

/** Puts a service's field problems next to the fields of the form they belong to. */
final class FacesMessages {

    private FacesMessages() {
    }

    static void fieldProblems(Messages messages, String formId, Map<String, String> problems) {
        FacesContext faces = FacesContext.getCurrentInstance();
        problems.forEach((field, key) -> faces.addMessage(formId + ":" + field,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(key), null)));
        faces.validationFailed();
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        FacesContext.getCurrentInstance().validationFailed();
    }
}
