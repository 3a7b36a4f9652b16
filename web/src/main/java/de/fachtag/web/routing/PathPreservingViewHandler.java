package de.fachtag.web.routing;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/**
 * Forms post back to the URL the visitor sees ({@code /t/mittelsachsen/feedback}), not to the
 * internal view it was forwarded to, so the postback is routed, and tenant-bound, like the
 * first request.
 */
public class PathPreservingViewHandler extends ViewHandlerWrapper {

    public PathPreservingViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        Object original = context.getExternalContext().getRequestMap().get(TenantRoutingFilter.ORIGINAL_PATH);
        if (original != null
                && viewId.equals(
                        context.getViewRoot() == null
                                ? null
                                : context.getViewRoot().getViewId())) {
            return context.getExternalContext().getRequestContextPath() + original;
        }
        return super.getActionURL(context, viewId);
    }
}
