package de.fachtag.web.it.mail;

import de.fachtag.event.EventForm;
import de.fachtag.event.EventFormat;
import de.fachtag.event.EventService;
import de.fachtag.event.WorkshopForm;
import de.fachtag.mail.MailDelivery;
import de.fachtag.mail.ScheduledMails;
import de.fachtag.registration.ConsentText;
import de.fachtag.registration.ConsentTexts;
import de.fachtag.registration.ParticipationMode;
import de.fachtag.registration.RegistrationForm;
import de.fachtag.registration.RegistrationOutcome;
import de.fachtag.registration.RegistrationService;
import de.fachtag.registration.Sector;
import de.fachtag.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Deployed with MailIT only, at {@code /it-mail-probe/{action}}: each action answers
 * {@code key=value} lines, or 500 with the exception's text.
 */
@WebServlet("/it-mail-probe/*")
public class MailProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @EJB
    EventService events;

    @EJB
    RegistrationService registrations;

    @EJB
    ConsentTexts consents;

    @EJB
    MailDelivery delivery;

    @EJB
    MailProbeBean probe;

    @EJB
    ScheduledMails scheduled;

    @EJB
    DemoOutboxSwitch demoOutbox;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action =
                request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String tenant = request.getParameter("tenant") == null ? "testkreis" : request.getParameter("tenant");
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            if ("schedule-all".equals(action)) {
                // outside any tenant: the job goes through every tenant itself (and logs a tenant's failure)
                out.put("queued", delivery.scheduleDue(Instant.parse(request.getParameter("at"))));
            } else if ("demo-outbox".equals(action)) {
                demoOutbox.set(Boolean.parseBoolean(request.getParameter("on")));
                out.put("demo", demoOutbox.isOn());
            } else if ("schedule".equals(action)) {
                // one tenant, failures answered: a duplicate must not hide behind the job's log
                out.put(
                        "queued",
                        TenantContext.callAs(
                                tenant, () -> scheduled.enqueueDue(Instant.parse(request.getParameter("at")))));
            } else {
                TenantContext.runAs(tenant, () -> perform(action, request, out));
            }
        } catch (RuntimeException e) {
            response.setStatus(500);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().print(e + (e.getCause() == null ? "" : " / " + e.getCause()));
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        StringBuilder s = new StringBuilder();
        out.forEach((k, v) -> s.append(k.equals("outbox") ? v : k + "=" + v + "\n"));
        response.getWriter().print(s);
    }

    private void perform(String action, HttpServletRequest request, Map<String, Object> out) {
        switch (action) {
            case "event" -> event(request, out);
            case "register" -> register(request, out);
            case "cancel" ->
                out.put(
                        "status",
                        registrations.cancel(request.getParameter("token")).getStatus());
            case "workshop" ->
                out.put(
                        "workshop",
                        registrations
                                .changeWorkshop(request.getParameter("token"), request.getParameter("code"))
                                .getWorkshop()
                                .getCode());
            case "resend" -> {
                registrations.resendLink(request.getParameter("event"), request.getParameter("email"));
                out.put("resent", true);
            }
            case "outbox" -> out.put("outbox", probe.outbox(request.getParameter("email")));
            case "due" -> out.put("due", probe.due());
            case "register-held" -> {
                RegistrationForm f = new RegistrationForm();
                f.setName(request.getParameter("name"));
                f.setEmail(request.getParameter("email"));
                f.setLanguage(request.getParameter("lang"));
                f.setSector(Sector.ADMINISTRATION);
                f.setMode(ParticipationMode.valueOf(request.getParameter("mode")));
                f.setWorkshop(request.getParameter("workshop"));
                out.put("held", probe.registerHeld(request.getParameter("event"), f));
            }
            case "release" ->
                out.put("released", probe.release(java.util.List.of(request.getParameterValues("email"))));
            case "lose-outcome" -> out.put("lost", probe.loseOutcome(request.getParameter("email")));
            default -> throw new IllegalArgumentException("unknown action " + action);
        }
    }

    /** A published event {@code daysAhead} days ahead, 09:00–16:00 in Berlin, open now, on site and by livestream, workshops A (1 seat) and B. */
    private void event(HttpServletRequest request, Map<String, Object> out) {
        String slug = request.getParameter("slug");
        LocalDate day = LocalDate.now(BERLIN).plusDays(Integer.parseInt(request.getParameter("daysAhead")));
        EventForm f = new EventForm();
        f.setSlug(slug);
        f.setTitleDe(request.getParameter("title"));
        f.setTitleEn(request.getParameter("titleEn"));
        f.setDate(day);
        f.setStart(LocalTime.of(9, 0));
        f.setEnd(LocalTime.of(16, 0));
        f.setFormat(EventFormat.HYBRID);
        f.setVenueName("Kreishaus");
        f.setVenueStreet("Teststraße 1");
        f.setVenuePostcode("01234");
        f.setVenueCity("Teststadt");
        f.setRegistrationOpens(LocalDateTime.now(BERLIN).minusDays(1));
        f.setRegistrationCloses(day.minusDays(1).atTime(23, 59));
        f.setLivestreamCloses(day.minusDays(1).atTime(23, 59));
        f.setSeats(50);
        events.create(f);
        for (String[] w : new String[][] {{"A", "Ankommen", "1"}, {"B", "Bleiben", "5"}}) {
            WorkshopForm wf = new WorkshopForm();
            wf.setCode(w[0]);
            wf.setTitleDe(w[1]);
            wf.setCapacity(Integer.valueOf(w[2]));
            events.addWorkshop(slug, events.event(slug).orElseThrow().version(), wf);
        }
        events.publish(slug, events.event(slug).orElseThrow().version());
        if (request.getParameter("livestreamUrl") != null) {
            probe.stream(slug, request.getParameter("livestreamUrl"), 60);
        }
        out.put("date", day);
        out.put("start", day.atTime(9, 0).atZone(BERLIN).toInstant());
    }

    private void register(HttpServletRequest request, Map<String, Object> out) {
        String slug = request.getParameter("event");
        RegistrationForm f = new RegistrationForm();
        f.setName(request.getParameter("name"));
        f.setEmail(request.getParameter("email"));
        f.setLanguage(request.getParameter("lang"));
        f.setSector(Sector.ADMINISTRATION);
        f.setMode(ParticipationMode.valueOf(request.getParameter("mode")));
        f.setWorkshop(request.getParameter("workshop"));
        for (ConsentText text :
                consents.forEvent(events.event(slug).orElseThrow().id())) {
            if (!text.isOptional()) {
                f.getConsents().put(text.getKey(), true);
            }
        }
        RegistrationOutcome o = registrations.register(slug, f, de.fachtag.registration.Channel.FORM);
        out.put("status", o.status());
        out.put("existing", o.existing());
        out.put("token", o.token().orElse(""));
    }
}
