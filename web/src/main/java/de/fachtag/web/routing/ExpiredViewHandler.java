package de.fachtag.web.routing;

import de.fachtag.web.i18n.Messages;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewAction;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewMetadata;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Someone who fills a form slowly (a screen reader user, a phone call in between, a clerk with
 * many tabs) may send it after the server forgot its view: the session ended, the server
 * restarted, or the session kept too many other views. That is no error on any page:
 *
 * <ul>
 * <li>A full page post: the view is built anew from its URL, its view actions run as on the
 * first request (they find the event, check the role, answer 404 for another tenant's object),
 * the posted values go into its fields and forms as usual, the action does not run
 * ({@link StopBeforeTheAction}), and the page comes back (200) with the typed values, a message
 * asking to check them and send once more ({@link ExpiredViewNotice}), and a fresh view state.</li>
 * <li>An Ajax post (a table's paging or sorting, an autocomplete): the answer is a partial
 * response that reloads the page, which then says why.</li>
 * </ul>
 * Nothing is stored either way, and nothing answers 500. The error pages (no forms) keep the
 * expired-session page.
 */
public class ExpiredViewHandler extends ViewHandlerWrapper {

    /** The registration form shows the message in its own error summary (which takes the focus). */
    static final String OWN_SUMMARY = "/public/register.xhtml";

    /** Request attribute: this request's view had expired and was built anew. */
    public static final String RECOVERED = ExpiredViewHandler.class.getName() + ".recovered";

    /** Session attribute: an Ajax post found its view expired and the page was reloaded. */
    static final String RELOADED = ExpiredViewHandler.class.getName() + ".reloaded";

    public ExpiredViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    /**
     * Whether a view action should do what it does on the first request: true on a GET, and on a
     * post whose view had expired and was built anew (a view action that skips postbacks must not
     * skip that one).
     */
    public static boolean firstRender(FacesContext context) {
        return !context.isPostback()
                || Boolean.TRUE.equals(
                        context.getExternalContext().getRequestMap().get(RECOVERED));
    }

    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        UIViewRoot restored = super.restoreView(context, viewId);
        if (restored != null || viewId == null || viewId.startsWith("/errors/") || !context.isPostback()) {
            return restored;
        }
        if (context.getPartialViewContext().isAjaxRequest()) {
            return reload(context, viewId);
        }
        UIViewRoot fresh = createView(context, viewId);
        context.setViewRoot(fresh);
        ViewDeclarationLanguage vdl = getViewDeclarationLanguage(context, viewId);
        try {
            vdl.buildView(context, fresh);
        } catch (IOException e) {
            return null; // the usual expired-session page
        }
        context.getExternalContext().getRequestMap().put(RECOVERED, Boolean.TRUE);
        if (OWN_SUMMARY.equals(viewId)) {
            context.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            CDI.current().select(Messages.class).get().get("error.expired.kept"),
                            null));
        }
        for (UIViewAction action : ViewMetadata.getViewActions(fresh)) {
            if (context.getResponseComplete()) {
                break;
            }
            if (action.isRendered() && action.getActionExpression() != null) {
                action.getActionExpression().invoke(context.getELContext(), null);
            }
        }
        return fresh;
    }

    /** An Ajax post without its view: a partial response that loads the page again. */
    private UIViewRoot reload(FacesContext context, String viewId) {
        UIViewRoot fresh = createView(context, viewId);
        context.setViewRoot(fresh);
        ExternalContext external = context.getExternalContext();
        ((HttpSession) external.getSession(true)).setAttribute(RELOADED, Boolean.TRUE);
        try {
            external.redirect(getActionURL(context, viewId));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        context.responseComplete();
        return fresh;
    }

    /**
     * The rest of a recovered request: the posted values go through the usual phases into the
     * fields and the forms, then the page is rendered; the action never runs.
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
