package de.fachtag.web.routing;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Map;

/**
 * PrimeFaces' CSP mode keeps the nonce of a page in its view and, on a postback, expects the
 * form to send it back ({@code primefaces.nonce}); only its own JavaScript adds that field,
 * and most of our forms are plain Faces forms on pages without it. A full-page post answers
 * with a whole new page and a new Content-Security-Policy header, so it needs no old nonce:
 * for those the view forgets it and PrimeFaces makes a fresh one (as for any forwarded
 * request, which every routed page is). Ajax posts, whose scripts must run under the page's
 * original header, keep the check.
 */
public class PageNonceViewHandler extends ViewHandlerWrapper {

    static final String NONCE = "primefaces.nonce";

    public PageNonceViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        UIViewRoot restored = super.restoreView(context, viewId);
        if (restored != null
                && !context.getPartialViewContext().isAjaxRequest()
                && !context.getExternalContext().getRequestParameterMap().containsKey(NONCE)) {
            Map<String, Object> viewMap = restored.getViewMap(false);
            if (viewMap != null) {
                viewMap.remove(NONCE);
            }
        }
        return restored;
    }
}
