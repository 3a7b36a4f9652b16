package de.fachtag.web.routing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;

/**
 * What the page templates show above the content when a view had expired: that the typed
 * values are still there (a full page post), or that the page was loaded again (an Ajax post).
 */
@Named("expiredView")
@RequestScoped
public class ExpiredViewNotice implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private boolean decided;

    /** The message's key in the messages bundle, or null when nothing expired. */
    public String getMessage() {
        if (!decided) {
            decided = true;
            FacesContext context = FacesContext.getCurrentInstance();
            ExternalContext external = context.getExternalContext();
            if (Boolean.TRUE.equals(external.getRequestMap().get(ExpiredViewHandler.RECOVERED))) {
                boolean own = context.getViewRoot() != null
                        && ExpiredViewHandler.OWN_SUMMARY.equals(
                                context.getViewRoot().getViewId());
                key = own ? null : "error.expired.kept";
            } else if (external.getSession(false) instanceof HttpSession session
                    && session.getAttribute(ExpiredViewHandler.RELOADED) != null) {
                session.removeAttribute(ExpiredViewHandler.RELOADED);
                key = "error.expired.reloaded";
            }
        }
        return key;
    }
}
