package de.fachtag.web.organizer;

import de.fachtag.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/** Puts a service's field problems next to the fields of the form they belong to. */
final class FacesMessages {

    private FacesMessages() {}

    static void fieldProblems(Messages messages, String formId, Map<String, String> problems) {
        FacesContext faces = FacesContext.getCurrentInstance();
        problems.forEach((field, key) -> {
            String clientId = formId + ":" + field;
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(key), null));
            // mark the field itself invalid, so it is styled and announced (aria-invalid)
            UIComponent component = faces.getViewRoot().findComponent(clientId);
            if (component instanceof UIInput input) {
                input.setValid(false);
            }
        });
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
