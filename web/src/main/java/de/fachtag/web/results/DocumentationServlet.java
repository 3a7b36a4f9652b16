package de.fachtag.web.results;

import de.fachtag.results.PublishedDocumentation;
import de.fachtag.results.PublishingService;
import de.fachtag.results.ResultsNotFoundException;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.routing.RequestTenant;
import de.fachtag.web.routing.TenantRoutingFilter;
import de.fachtag.web.security.StaffSession;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * The files of a documentation. Public: the PDF of a published documentation,
 * {@code /t/{tenant}/e/{event}/documentation.pdf} and {@code /t/{tenant}/series/{series}/documentation.pdf}.
 * Organizers: results and recommendations as CSV, XLSX and JSON,
 * {@code /organizer/{tenant}/events/{event}/results.csv|.xlsx|.json} and
 * {@code /organizer/{tenant}/series/{series}/results.csv|.xlsx|.json}, published or not. Reached
 * only through the routing filter's forward, which has bound the tenant (and for the organizer's
 * files checked the account); everything refused answers 404 like a page that does not exist.
 */
@WebServlet("/_documentation/*")
public class DocumentationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    de.fachtag.reporting.Reports reports;

    @EJB
    de.fachtag.results.ResultsEditing editing;

    @EJB
    PublishingService publishing;

    @EJB
    de.fachtag.results.FollowUpService followUp;

    @EJB
    de.fachtag.results.ResultsService results;

    @EJB
    de.fachtag.actors.ActorService actors;

    @EJB
    de.fachtag.tenant.PublicAddresses addresses;

    @Inject
    StaffSession staff;

    @Inject
    RequestTenant tenant;

    @Inject
    LocaleSelection lang;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Object event = request.getAttribute(TenantRoutingFilter.EVENT_SLUG);
        Locale locale = lang.getLocale();
        if (!tenant.isPresent()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String[] parts = path.split("/");
        String kind = parts.length > 1 ? parts[1] : "";
        String series = parts.length > 2 ? parts[2] : null;
        Optional<PublishedDocumentation> doc;
        try {
            doc = switch (kind) {
                case "event-pdf" -> event == null ? Optional.empty() : publishing.publishedEvent(event.toString());
                case "series-pdf" -> publishing.publishedSeries(series);
                case "event-csv", "event-xlsx", "event-json" ->
                    event == null || !staff.isOrganizerStaff()
                            ? Optional.empty()
                            : Optional.of(publishing.eventDocumentation(event.toString()));
                case "series-csv", "series-xlsx", "series-json" ->
                    series == null || !staff.isOrganizerStaff()
                            ? Optional.empty()
                            : Optional.of(publishing.seriesDocumentation(series));
                default -> Optional.empty();
            };
        } catch (ResultsNotFoundException e) {
            doc = Optional.empty();
        }
        if (doc.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String format = kind.substring(kind.indexOf('-') + 1);
        var responsibles = followUp.responsibles(doc.get().recommendations().stream()
                .map(de.fachtag.results.Documentation.RecommendationView::id)
                .toList());
        var resultActors = results.resultActors(doc.get().results().stream()
                .map(de.fachtag.results.Documentation.ResultView::id)
                .toList());
        switch (format) {
            case "pdf" -> {
                // the public PDF names and links only published actors
                java.util.Map<String, String> names = new java.util.HashMap<>();
                actors.published().actors().forEach(a -> names.put(a.key(), a.name()));
                String slug = tenant.get().slug();
                byte[] body = DocumentationPdf.render(
                        doc.get(),
                        locale,
                        tenant.get().name(),
                        WorkshopFigureTexts.lines(doc.get(), reports::documentationFigures, locale),
                        WorkshopFigureTexts.notes(locale),
                        pictures(doc.get(), locale),
                        responsibles,
                        resultActors,
                        names,
                        key -> addresses.tenantPage(slug, "/actors/" + key));
                response.setContentType("application/pdf");
                response.setHeader(
                        "Content-Disposition", "inline; filename=\"" + doc.get().slug() + ".pdf\"");
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
            default -> {
                java.util.Map<String, String> names = new java.util.HashMap<>();
                actors.directory().actors().forEach(a -> names.put(a.key(), a.name()));
                DocumentationFiles files = new DocumentationFiles(doc.get(), locale, responsibles, names, resultActors);
                files(response, format, files);
            }
        }
    }

    private static void files(HttpServletResponse response, String format, DocumentationFiles files)
            throws IOException {
        switch (format) {
            case "csv" -> send(response, files.csv(), "text/csv; charset=UTF-8", files.name() + ".csv");
            case "xlsx" -> send(response, files.xlsx(), XLSX, files.name() + ".xlsx");
            default -> send(response, files.json(), "application/json", files.name() + ".json");
        }
    }

    /** The pictures of the documentation's results, with the text alternative in the reader's language. */
    private java.util.Map<java.util.UUID, java.util.List<DocumentationPdf.Picture>> pictures(
            PublishedDocumentation d, java.util.Locale locale) {
        java.util.Map<java.util.UUID, java.util.List<DocumentationPdf.Picture>> all = new java.util.HashMap<>();
        boolean en = "en".equals(locale.getLanguage());
        for (PublishedDocumentation.Part part : d.parts()) {
            editing.attachments(part.eventSlug()).forEach((result, views) -> {
                for (de.fachtag.results.Drafts.AttachmentView v : views) {
                    editing.attachmentFile(part.eventSlug(), v.id())
                            .ifPresent(f -> all.computeIfAbsent(result, x -> new java.util.ArrayList<>())
                                    .add(new DocumentationPdf.Picture(
                                            f.content(),
                                            f.contentType(),
                                            en
                                                            && v.altEn() != null
                                                            && !v.altEn().isBlank()
                                                    ? v.altEn()
                                                    : v.altDe())));
                }
            });
        }
        return all;
    }

    private static void send(HttpServletResponse response, byte[] body, String type, String filename)
            throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
