package de.fachtag.web.results;

import de.fachtag.results.Drafts;
import de.fachtag.results.ResultsEditing;
import de.fachtag.web.routing.TenantRoutingFilter;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /organizer/{tenant}/events/{event}/results/attachments/{id}}: the picture attached to a
 * result, for the tenant's staff (the routing filter lets only them in). An id of another event
 * or tenant answers 404. And {@code /t/{tenant}/e/{event}/documentation/pictures/{id}}: the same
 * picture for everyone, once the event is public and its documentation published (as the page
 * that shows it); else 404. And {@code /t/{tenant}/series/{series}/documentation/pictures/{id}}: a
 * picture of a result of a public event of the series, once the series' documentation is
 * published. Reached only through its routes ({@code /_results} is internal).
 */
@WebServlet({"/_results/attachment", "/_results/picture", "/_results/series-picture"})
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    ResultsEditing editing;

    @EJB
    de.fachtag.results.ResultsService results;

    @EJB
    de.fachtag.results.PublishingService publishing;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object slug = request.getAttribute(TenantRoutingFilter.EVENT_SLUG);
        UUID id;
        try {
            id = UUID.fromString(String.valueOf(request.getParameter("id")));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean series = request.getServletPath().endsWith("/series-picture");
        boolean published = series || request.getServletPath().endsWith("/picture");
        Optional<Drafts.AttachmentFile> file = series
                ? seriesPicture(request.getParameter("series"), id)
                : slug == null
                        ? Optional.empty()
                        : published && results.published(slug.toString()).isEmpty()
                                ? Optional.empty()
                                : editing.attachmentFile(slug.toString(), id);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Drafts.AttachmentFile f = file.get();
        response.setContentType(f.contentType());
        response.setHeader("Cache-Control", published ? "public, max-age=300" : "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String ascii = f.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        response.setHeader(
                "Content-Disposition",
                "inline; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(f.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .replace("+", "%20"));
        response.setContentLength(f.content().length);
        response.getOutputStream().write(f.content());
    }

    /** A picture of a result of the series' published documentation (its public events only); else empty. */
    private Optional<Drafts.AttachmentFile> seriesPicture(String seriesSlug, UUID id) {
        return publishing
                .publishedSeries(seriesSlug)
                .flatMap(d -> d.parts().stream()
                        .map(part -> editing.attachmentFile(part.eventSlug(), id))
                        .flatMap(Optional::stream)
                        .findFirst());
    }
}
