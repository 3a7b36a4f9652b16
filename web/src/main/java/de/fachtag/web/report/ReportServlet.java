package de.fachtag.web.report;

import de.fachtag.event.EventNotFoundException;
import de.fachtag.registration.RegistrationFilter;
import de.fachtag.registration.RegistrationList;
import de.fachtag.registration.RegistrationRow;
import de.fachtag.reporting.EventReport;
import de.fachtag.reporting.MinistryReports;
import de.fachtag.reporting.Reports;
import de.fachtag.tenant.Logo;
import de.fachtag.tenant.TenantSite;
import de.fachtag.tenant.TenantSiteService;
import de.fachtag.web.export.FundingReportPdf;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.print.TaggedPdf;
import de.fachtag.web.routing.RequestTenant;
import de.fachtag.web.routing.TenantRoutingFilter;
import de.fachtag.web.security.StaffSession;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of the reports: {@code /organizer/{tenant}/events/{event}/report.csv|.xlsx|.json|.pdf},
 * the funding report {@code /organizer/{tenant}/events/{event}/report/funding/{funder}} and
 * {@code /ministry/{ministry}/figures.csv|.xlsx|.pdf|.json}. Reached only through the routing
 * filter's forward, which has checked the account's tenant and area and bound the tenant; here
 * the role. Everything refused answers 404, like a page that does not exist. The cells are the
 * page's cells ({@link FigureTable}); the JSON adds the definitions of every figure in it.
 */
@WebServlet("/_report/*")
public class ReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    Reports reports;

    @EJB
    MinistryReports ministry;

    @EJB
    de.fachtag.event.EventService events;

    @EJB
    RegistrationList registrations;

    @EJB
    TenantSiteService sites;

    @Inject
    StaffSession staff;

    @Inject
    RequestTenant tenant;

    @Inject
    LocaleSelection lang;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kind = request.getPathInfo() == null ? "" : request.getPathInfo();
        ReportTexts texts = new ReportTexts(lang.getLocale());
        switch (kind) {
            case "/event-csv", "/event-xlsx", "/event-json", "/event-pdf" ->
                event(request, response, kind.substring(7), texts);
            case "/ministry-csv", "/ministry-xlsx", "/ministry-pdf", "/ministry-json" ->
                ministry(response, kind.substring(10), texts);
            default -> {
                if (kind.startsWith("/funding/")) {
                    funding(request, response, kind.substring("/funding/".length()));
                } else {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                }
            }
        }
    }

    private void event(HttpServletRequest request, HttpServletResponse response, String format, ReportTexts texts)
            throws IOException {
        Object slug = request.getAttribute(TenantRoutingFilter.EVENT_SLUG);
        if (!staff.isReportReader() || slug == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EventReport report;
        try {
            report = reports.event(slug.toString());
        } catch (EventNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<FigureTable> tables = EventReportTables.of(report, texts);
        String title = texts.get("event.report.title", texts.text(report.title()));
        String name = report.slug() + "-" + texts.get("file.event");
        if ("pdf".equals(format)) {
            List<String[]> definitions = ReportFiles.legend(tables, texts);
            List<TaggedPdf.Funder> funding = events.event(report.slug())
                    .map(e -> e.fundingNotices().stream()
                            .map(n -> funder(n, texts))
                            .toList())
                    .orElse(List.of());
            send(
                    response,
                    de.fachtag.web.export.ReportPdf.of(
                            language(texts),
                            title,
                            texts.get("report.dataTime", texts.dataTime(report.dataTime())),
                            tables,
                            definitions,
                            funding,
                            texts.get("report.definitions"),
                            texts.get("report.page", "{0}", "{1}"),
                            n -> texts.get("funding.logo.alt", n)),
                    "application/pdf",
                    name + ".pdf");
        } else if ("json".equals(format)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("report", report);
            body.put("definitions", ReportFiles.definitions(tables, texts));
            json(response, body, name);
        } else {
            file(response, new ReportFiles(texts, title, report.dataTime()), tables, format, name);
        }
    }

    /**
     * The funding report of one funder of the event (German, PDF/UA-1). An unknown or foreign
     * event and a funder that does not fund this event answer 404 like everything else refused.
     */
    private void funding(HttpServletRequest request, HttpServletResponse response, String funderKey)
            throws IOException {
        Object slug = request.getAttribute(TenantRoutingFilter.EVENT_SLUG);
        if (!staff.isReportReader() || slug == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<de.fachtag.event.EventView> event = events.event(slug.toString());
        Optional<TenantSite.FundingNotice> funder = event.flatMap(e -> e.fundingNotices().stream()
                .filter(n -> n.key().equals(funderKey))
                .findFirst());
        if (funder.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        EventReport report;
        List<RegistrationRow> rows;
        try {
            report = reports.event(event.get().slug());
            rows = registrations.all(event.get().slug(), RegistrationFilter.all());
        } catch (EventNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        TenantSite site = sites.site();
        Optional<Logo> logo = funder.get().hasLogo() ? sites.funderLogo(funderKey) : Optional.empty();
        byte[] pdf = FundingReportPdf.render(
                new FundingReports().content(event.get(), funder.get(), logo, site, report, rows, report.dataTime()));
        ReportTexts german = new ReportTexts(FundingReports.LANGUAGE);
        send(
                response,
                pdf,
                "application/pdf",
                report.slug() + "-" + german.get("file.funding") + "-" + funderKey + ".pdf");
    }

    /** A funder of the event as the report PDF's foot shows it: label, logo or name, notice. */
    private TaggedPdf.Funder funder(TenantSite.FundingNotice n, ReportTexts texts) {
        Optional<Logo> logo = n.hasLogo() ? sites.funderLogo(n.key()) : Optional.empty();
        return new TaggedPdf.Funder(
                texts.text(n.label()),
                n.funder(),
                texts.text(n.notice()),
                logo.map(Logo::bytes).orElse(null),
                logo.map(Logo::contentType).orElse(null));
    }

    private static String language(ReportTexts texts) {
        return "en".equals(texts.locale().getLanguage()) ? "en" : "de-DE";
    }

    private void ministry(HttpServletResponse response, String format, ReportTexts texts) throws IOException {
        MinistryReports.View view = ministry.view(tenant.getSlug());
        String name = view.ministry() + "-" + texts.get("file.ministry");
        if ("json".equals(format)) {
            json(response, MinistryTables.json(view, texts), name);
        } else if ("pdf".equals(format)) {
            List<FigureTable> tables = MinistryTables.of(view, texts);
            send(
                    response,
                    de.fachtag.web.export.ReportPdf.of(
                            language(texts),
                            texts.get("ministry.title"),
                            texts.get("report.dataTime", texts.dataTime(view.dataTime())),
                            tables,
                            ReportFiles.legend(tables, texts),
                            List.of(),
                            texts.get("report.definitions"),
                            texts.get("report.page", "{0}", "{1}"),
                            n -> n),
                    "application/pdf",
                    name + ".pdf");
        } else {
            file(
                    response,
                    new ReportFiles(texts, texts.get("ministry.title"), view.dataTime()),
                    MinistryTables.of(view, texts),
                    format,
                    name);
        }
    }

    private static void file(
            HttpServletResponse response, ReportFiles files, List<FigureTable> tables, String format, String name)
            throws IOException {
        if ("csv".equals(format)) {
            send(response, files.csv(tables), "text/csv; charset=UTF-8", name + ".csv");
        } else {
            send(response, files.xlsx(tables), XLSX, name + ".xlsx");
        }
    }

    private static void json(HttpServletResponse response, Object body, String name) throws IOException {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            send(response, jsonb.toJson(body).getBytes(StandardCharsets.UTF_8), "application/json", name + ".json");
        } catch (Exception e) {
            if (e instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("JSON of a report", e);
        }
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
