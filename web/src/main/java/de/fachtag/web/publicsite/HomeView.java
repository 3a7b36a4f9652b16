package de.fachtag.web.publicsite;

import de.fachtag.event.EventCatalog;
import de.fachtag.event.EventSummary;
import de.fachtag.tenancy.TenantContext;
import de.fachtag.tenant.TenantDirectory;
import de.fachtag.tenant.TenantSummary;
import de.fachtag.web.i18n.LocaleSelection;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "/": what is coming up across the platform (the next 90 days, with each event's organizer) and
 * the organizers that have public events. An organizer without any public event (a ministry that
 * only reads figures) is not listed: a visitor would find nothing there.
 */
@Named
@RequestScoped
public class HomeView {

    /** How far ahead the platform home looks. */
    static final int UPCOMING_DAYS = 90;

    @EJB
    TenantDirectory directory;

    @EJB
    EventCatalog catalog;

    @Inject
    LocaleSelection lang;

    /** An upcoming event with its organizer, worded for the page. */
    public record Upcoming(TenantSummary organizer, EventSummary event, String date, String path) {}

    private List<TenantSummary> tenants;
    private List<Upcoming> upcoming;

    public List<TenantSummary> getTenants() {
        load();
        return tenants;
    }

    public List<Upcoming> getUpcoming() {
        load();
        return upcoming;
    }

    private void load() {
        if (tenants != null) {
            return;
        }
        List<TenantSummary> organizers = new ArrayList<>();
        List<Upcoming> next = new ArrayList<>();
        EventTexts texts = new EventTexts(lang.getLocale());
        LocalDate today = LocalDate.now(Clock.system(ZoneId.of("Europe/Berlin")));
        LocalDate until = today.plusDays(UPCOMING_DAYS);
        for (TenantSummary t : directory.all()) {
            List<EventSummary> events = TenantContext.callAs(t.slug(), () -> catalog.publicEvents());
            if (events.isEmpty()) {
                continue;
            }
            organizers.add(t);
            for (EventSummary e : events) {
                if (e.date() != null && !e.date().isBefore(today) && !e.date().isAfter(until)) {
                    next.add(new Upcoming(t, e, texts.date(e.date()), "/t/" + t.slug() + "/e/" + e.slug()));
                }
            }
        }
        next.sort(Comparator.comparing((Upcoming u) -> u.event().date())
                .thenComparing(u -> u.organizer().name()));
        tenants = organizers;
        upcoming = next;
    }
}
