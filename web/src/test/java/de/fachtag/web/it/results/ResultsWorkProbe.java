package de.fachtag.web.it.results;

import de.fachtag.mail.MailKind;
import de.fachtag.results.FollowUpService;
import de.fachtag.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * For ResultsWorkIT, at {@code /it-results-probe/{action}}: {@code ids} (the fixture's ids and
 * tokens as {@code key=value} lines), {@code remind?at=} (the reminder run of mittelsachsen at that
 * instant: how many were queued), {@code mails?kind=&to=} (how many mails of a kind an address
 * has, and whether all hold the link placeholder instead of a token).
 */
@WebServlet("/it-results-probe/*")
public class ResultsWorkProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    FollowUpService followUp;

    @EJB
    ResultsWorkProbeBean probe;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action =
                request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        StringBuilder out = new StringBuilder();
        try {
            switch (action) {
                case "ids" ->
                    ResultsWorkFixtures.IDS.forEach(
                            (k, v) -> out.append(k).append('=').append(v).append('\n'));
                case "remind" ->
                    out.append("queued=")
                            .append(TenantContext.callAs(
                                    ResultsWorkFixtures.TENANT,
                                    () -> followUp.remindDue(Instant.parse(request.getParameter("at")))))
                            .append('\n');
                case "mails" -> {
                    MailKind kind = MailKind.valueOf(request.getParameter("kind"));
                    String to = request.getParameter("to");
                    out.append("count=")
                            .append(TenantContext.callAs(ResultsWorkFixtures.TENANT, () -> probe.mails(kind, to)))
                            .append('\n')
                            .append("placeholderOnly=")
                            .append(TenantContext.callAs(
                                    ResultsWorkFixtures.TENANT, () -> probe.placeholderOnly(kind, to)))
                            .append('\n');
                }
                default -> throw new IllegalArgumentException("unknown action " + action);
            }
        } catch (RuntimeException e) {
            response.setStatus(500);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().print(e);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(out);
    }
}
