package de.fachtag.web.routing;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;
import java.io.IOException;
import java.util.Set;

/**
 * Public pages an anonymous visitor (or a crawler) reads are stateless Faces views: their
 * component tree is never stored, so a GET creates no HTTP session and keeps no view on the
 * server (issue 11). The event page's "mail my link again" form is one of them: its post
 * carries the view state {@code stateless}, Faces builds the page anew from its Facelet and
 * the request-scoped bean does the rest, so the form works without a session and can never
 * meet an expired view. The "not found" page and the error page are stateless too: a GET of an
 * unknown path creates no session. Pages whose forms need state between requests (registration,
 * feedback, the private page, sign-in and everything behind it) are not listed and keep
 * server-side state.
 */
public class StatelessPublicViews extends ViewHandlerWrapper {

    /** The Facelets (view ids) rendered without state. */
    static final Set<String> STATELESS = Set.of(
            "/public/home.xhtml",
            "/public/tenant-home.xhtml",
            "/public/event.xhtml",
            "/public/imprint.xhtml",
            "/public/privacy.xhtml",
            "/public/accessibility.xhtml",
            "/public/actors.xhtml",
            "/public/actor.xhtml",
            "/public/actors-guide.xhtml",
            // a private link that opens nothing: scanners guessing tokens must not fill the heap either
            "/public/link-invalid.xhtml",
            // the error pages: a crawler's or a scanner's unknown paths must not fill the heap with sessions either
            "/errors/not-found.xhtml",
            "/errors/error.xhtml");

    public StatelessPublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && isStateless(root.getViewId() != null ? root.getViewId() : viewId)) {
            root.setTransient(true);
        }
        return root;
    }

    /**
     * A post from a stateless view: build the view anew from its Facelet. Faces' own restore of a
     * stateless post creates the view without the view handlers and insists that the Facelet
     * itself says {@code transient}, which the shared page template cannot say for some pages
     * only; so the view is created here, through {@link #createView}, and built. Whatever view
     * state the post carries (a page kept open since before these views were stateless, a
     * bookmarked or replayed form): nothing of it is needed, so the post is taken as it is and
     * can never meet an expired view.
     */
    @Override
    public UIViewRoot restoreView(FacesContext context, String viewId) {
        if (isStateless(viewId)
                && context.getExternalContext()
                        .getRequestParameterMap()
                        .containsKey(ResponseStateManager.VIEW_STATE_PARAM)) {
            UIViewRoot root = createView(context, viewId);
            context.setViewRoot(root);
            try {
                getViewDeclarationLanguage(context, viewId).buildView(context, root);
            } catch (IOException e) {
                throw new FacesException(e);
            }
            return root;
        }
        return super.restoreView(context, viewId);
    }

    static boolean isStateless(String viewId) {
        return viewId != null && STATELESS.contains(viewId);
    }
}
