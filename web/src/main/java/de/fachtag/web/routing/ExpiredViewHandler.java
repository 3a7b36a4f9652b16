package de.fachtag.web.routing;

import java.util.Set;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewDeclarationLanguage;

import de.fachtag.web.i18n.Messages;

/**
 * A participant who fills the registration form slowly (a screen reader user, a phone call in
 * between) may send it after the server forgot its view: the session ended or the server
 * restarted. On the public forms that is no error: the view is built anew, the posted values go
 * into its fields and form as usual, the action does not run ({@link StopBeforeTheAction}), and
 * the page comes back (200) with the typed values and a message asking to check them and send
 * once more, with a fresh view state.
 *
 * <p>Only for the public forms that need nothing but their URL to be built again, and only for
 * full page posts; everything else keeps the expired-session page.
 */
public class ExpiredViewHandler extends ViewHandlerWrapper {

    /** The public forms built from their URL alone. */
    static final Set<String> RECOVERABLE = Set.of("/public/register.xhtml", "/public/feedback.xhtml", "/public/login.xhtml");

    /** Request attribute: this request's view had expired and was built anew. */
    public static final String RECOVERED = ExpiredViewHandler.class.getName() + ".recovered";

    public ExpiredViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        UIViewRoot restored = super.restoreView(context, viewId);
        if (restored != null || !RECOVERABLE.contains(viewId) || !context.isPostback()
                || context.getPartialViewContext().isAjaxRequest()) {
            return restored;
        }
        UIViewRoot fresh = createView(context, viewId);
        context.setViewRoot(fresh);
        ViewDeclarationLanguage vdl = getViewDeclarationLanguage(context, viewId);
        try {
            vdl.buildView(context, fresh);
        } catch (java.io.IOException e) {
            return null; // the usual expired-session page
        }
        context.getExternalContext().getRequestMap().put(RECOVERED, Boolean.TRUE);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                CDI.current().select(Messages.class).get().get("error.expired.kept"), null));
        return fresh;
    }

    /**
     * The rest of a recovered request: the posted values go through the usual phases into the
     * fields and the form, then the page is rendered; the action never runs.
     */
    public static class StopBeforeTheAction implements PhaseListener {

        private static final long serialVersionUID = 1L;

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.UPDATE_MODEL_VALUES;
        }

        @Override
        public void beforePhase(PhaseEvent event) {
            // nothing: the values are applied first
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            FacesContext context = event.getFacesContext();
            if (Boolean.TRUE.equals(context.getExternalContext().getRequestMap().get(RECOVERED))) {
                context.renderResponse();
            }
        }
    }
}
