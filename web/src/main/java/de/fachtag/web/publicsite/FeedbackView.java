package de.fachtag.web.publicsite;

import de.fachtag.feedback.FeedbackForm;
import de.fachtag.feedback.FeedbackService;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.i18n.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;

/** The feedback form, reachable from every page of a tenant (BITV 2.0 feedback mechanism). */
@Named
@ViewScoped
public class FeedbackView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    FeedbackService feedback;

    @Inject
    LocaleSelection lang;

    @Inject
    Messages messages;

    @Valid
    private final FeedbackForm form = new FeedbackForm();

    private boolean sent;

    public void init() {
        if (form.getPage() == null) {
            String from = FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestParameterMap()
                    .get("from");
            form.setPage(from != null && from.startsWith("/") && from.length() <= 500 ? from : null);
        }
    }

    public void send() {
        feedback.submit(form, lang.getLocale());
        sent = true;
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("feedback.thanks"), null));
    }

    public FeedbackForm getForm() {
        return form;
    }

    public boolean isSent() {
        return sent;
    }
}
