package de.fachtag.web.publicsite;

import de.fachtag.event.EventCatalog;
import de.fachtag.event.EventState;
import de.fachtag.event.EventSummary;
import de.fachtag.tenant.TenantSite;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.routing.RequestTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tenant home's events: by series, each with its upcoming events (soonest first) and then
 * its past ones (latest first); events outside any series come last.
 */
@Named("eventList")
@RequestScoped
public class EventListView {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @EJB
    EventCatalog catalog;

    @Inject
    SiteView site;

    @Inject
    LocaleSelection lang;

    @Inject
    RequestTenant tenant;

    @Inject
    HttpServletRequest request;

    private List<SeriesGroup> groups;

    /** An event in the list. */
    public record Entry(
            String url,
            EventPageView.Text title,
            EventPageView.Text motto,
            String date,
            String dateAttribute,
            String city) {}

    /** A series (or "Weitere Veranstaltungen") with its events. */
    public record SeriesGroup(
            String id,
            EventPageView.Text title,
            EventPageView.Text description,
            List<Entry> upcoming,
            List<Entry> past) {

        public boolean isEmpty() {
            return upcoming.isEmpty() && past.isEmpty();
        }
    }

    public List<SeriesGroup> getGroups() {
        if (groups == null) {
            groups = group(catalog.publicEvents(), LocalDate.now(ZONE));
        }
        return groups;
    }

    public boolean isEmpty() {
        return getGroups().stream().allMatch(SeriesGroup::isEmpty);
    }

    List<SeriesGroup> group(List<EventSummary> events, LocalDate today) {
        EventTexts texts = new EventTexts(lang.getLocale());
        List<SeriesGroup> result = new ArrayList<>();
        List<TenantSite.Series> series = site.get().series();
        for (TenantSite.Series s : series) {
            List<EventSummary> mine =
                    events.stream().filter(e -> s.slug().equals(e.seriesSlug())).toList();
            result.add(group(
                    "series-" + s.slug(), text(texts, s.title()), text(texts, s.description()), mine, today, texts));
        }
        Set<String> known = series.stream().map(TenantSite.Series::slug).collect(Collectors.toSet());
        List<EventSummary> others = events.stream()
                .filter(e -> e.seriesSlug() == null || !known.contains(e.seriesSlug()))
                .toList();
        if (!others.isEmpty()) {
            EventPageView.Text other = new EventPageView.Text(
                    texts.get("events.otherSeries"), texts.locale().getLanguage());
            result.add(group("series-other", other, null, others, today, texts));
        }
        return result;
    }

    private SeriesGroup group(
            String id,
            EventPageView.Text title,
            EventPageView.Text description,
            List<EventSummary> events,
            LocalDate today,
            EventTexts texts) {
        Comparator<EventSummary> byDate =
                Comparator.comparing(EventSummary::date, Comparator.nullsLast(Comparator.naturalOrder()));
        List<Entry> upcoming = events.stream()
                .filter(e -> !isPast(e, today))
                .sorted(byDate.thenComparing(EventSummary::slug))
                .map(e -> entry(e, texts, today))
                .toList();
        List<Entry> past = events.stream()
                .filter(e -> isPast(e, today))
                .sorted(Comparator.comparing(EventSummary::date, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(EventSummary::slug))
                .map(e -> entry(e, texts, today))
                .toList();
        return new SeriesGroup(id, title, description, upcoming, past);
    }

    /** Past once its day is over or the organizer marked it done; an undated event is not past unless done. */
    static boolean isPast(EventSummary e, LocalDate today) {
        return e.state() == EventState.DONE || e.date() != null && e.date().isBefore(today);
    }

    /**
     * Date, title, city and link. The edition is left out: a list entry cannot mark it when a
     * demo file invented it ({@link EventSummary} does not say which values are illustrative).
     */
    private Entry entry(EventSummary e, EventTexts texts, LocalDate today) {
        String url = request.getContextPath() + tenant.getBase() + "/e/" + e.slug();
        String date = e.date() != null
                ? texts.longDate(e.date())
                : texts.get(isPast(e, today) ? "events.dateUnknown" : "events.noDate");
        return new Entry(
                url,
                text(texts, e.title()),
                text(texts, e.motto()),
                date,
                e.date() == null ? null : e.date().toString(),
                e.city() == null ? null : texts.get("events.city", e.city()));
    }

    private static EventPageView.Text text(EventTexts texts, de.fachtag.tenant.LocalizedString s) {
        String value = texts.text(s);
        return value == null ? null : new EventPageView.Text(value, texts.languageOf(s));
    }
}
