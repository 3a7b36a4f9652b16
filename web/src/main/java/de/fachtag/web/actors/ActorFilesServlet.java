package de.fachtag.web.actors;

import de.fachtag.actors.ActorDirectory;
import de.fachtag.actors.ActorService;
import de.fachtag.tenant.Logo;
import de.fachtag.tenant.PublicAddresses;
import de.fachtag.tenant.TenantSite;
import de.fachtag.tenant.TenantSiteService;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.print.TaggedPdf;
import de.fachtag.web.routing.RequestTenant;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The directory's files: {@code /t/{tenant}/actors.pdf} (the Schnittstellenpapier),
 * {@code .csv}, {@code .xlsx} and {@code .json} (HSDS) from the published directory, and the
 * back office's {@code /organizer/{tenant}/actors.yaml} (the whole directory, the import format).
 * Reached only by the routing filter's forward, which has bound the tenant and, for the YAML,
 * checked that the request comes from the tenant's staff.
 */
@WebServlet("/_actors/*")
public class ActorFilesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    ActorService actors;

    @EJB
    TenantSiteService sites;

    @EJB
    PublicAddresses addresses;

    @Inject
    RequestTenant tenant;

    @Inject
    LocaleSelection lang;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kind = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!tenant.isPresent()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String slug = tenant.getSlug();
        if (kind.equals("yaml")) {
            send(
                    response,
                    actors.exportFile(),
                    "application/yaml; charset=UTF-8",
                    "attachment",
                    slug + "-actors.yaml",
                    false);
            return;
        }
        ActorDirectory published = actors.published();
        if (published.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ActorTexts texts = new ActorTexts(lang.getLocale());
        ActorsData data = new ActorsData(published, texts);
        switch (kind) {
            case "pdf" -> {
                TenantSite site = sites.site();
                List<TaggedPdf.Funder> funders = new ArrayList<>();
                for (TenantSite.FundingNotice n : site.fundingNotices()) {
                    Optional<Logo> logo = n.hasLogo() ? sites.funderLogo(n.key()) : Optional.empty();
                    funders.add(new TaggedPdf.Funder(
                            n.label() == null
                                    ? texts.get("paper.funded")
                                    : n.label().in(lang.getLocale()),
                            n.funder(),
                            n.notice() == null ? null : n.notice().in(lang.getLocale()),
                            logo.map(Logo::bytes).orElse(null),
                            logo.map(Logo::contentType).orElse(null)));
                }
                URI page = URI.create(addresses.tenantPage(slug, "/actors"));
                byte[] pdf = new ActorsPaper(texts).render(published, site.name(), funders, page, Instant.now());
                send(response, pdf, "application/pdf", "inline", slug + "-schnittstellenpapier.pdf", true);
            }
            case "csv" ->
                send(response, data.csv(), "text/csv; charset=UTF-8", "attachment", slug + "-actors.csv", true);
            case "xlsx" ->
                send(
                        response,
                        data.xlsx(),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "attachment",
                        slug + "-actors.xlsx",
                        true);
            case "json" -> send(response, data.json(slug), "application/json", "inline", slug + "-actors.json", true);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void send(
            HttpServletResponse response, byte[] body, String type, String disposition, String name, boolean publicFile)
            throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", disposition + "; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", publicFile ? "public, max-age=300" : "private, no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
