package de.fachtag.web.publicsite;

import de.fachtag.event.AgendaItemKind;
import de.fachtag.event.ContributionRole;
import de.fachtag.event.EventCatalog;
import de.fachtag.event.EventView;
import de.fachtag.event.EventView.AgendaItemView;
import de.fachtag.event.EventView.ContributionView;
import de.fachtag.event.EventView.WorkshopView;
import de.fachtag.tenant.LocalizedString;
import de.fachtag.tenant.TenantSite;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.routing.RequestTenant;
import de.fachtag.web.routing.TenantRoutingFilter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /t/{tenant}/e/{event}}: a published event laid out the way its flyer is (title,
 * edition, motto, goal, Zeit, Ort, Ablauf with times and people, workshops, registration,
 * notes, funding). Drafts and unknown slugs answer 404 like any missing page.
 *
 * <p>The page gets ready-worded rows ({@link AgendaRow}, {@link WorkshopRow}) so that the
 * Facelets stay markup; values a demo file invented carry their "beispielhaft ergänzt" flag.
 */
@Named("eventPage")
@RequestScoped
public class EventPageView {

    @EJB
    EventCatalog catalog;

    @Inject
    LocaleSelection lang;

    @Inject
    RequestTenant tenant;

    @Inject
    HttpServletRequest request;

    @Inject
    LinkResend linkResend;

    @EJB
    de.fachtag.registration.PublicRegistrations publicRegistrations;

    private EventTexts.RegistrationState headerState;

    @EJB
    de.fachtag.actors.ActorService actors;

    private java.util.Set<String> publishedActors;

    private String resendEmail;
    private boolean resent;

    private final Instant now = Instant.now();
    private EventView event;
    private boolean loaded;
    private EventTexts texts;
    private List<AgendaRow> agenda;
    private List<WorkshopRow> workshops;

    /** A text with the language it is in (German stands in for missing English). */
    public record Text(String value, String lang) {}

    /**
     * One person or organisation, worded as the flyer does; {@code actorHref} links the actor of
     * the directory the contribution names (null: none, or not published).
     */
    public record Person(String label, boolean requested, boolean illustrative, String actorHref) {}

    /** "Referierende:" and the people in that role. */
    public record PeopleGroup(String role, List<Person> people) {}

    /** One line of the Ablauf. */
    public record AgendaRow(
            String id,
            String times,
            String start,
            String end,
            String startAttribute,
            String endAttribute,
            String kind,
            Text title,
            Text subtitle,
            Text description,
            List<PeopleGroup> people,
            boolean workshopBlock,
            boolean timeIllustrative,
            boolean textIllustrative) {}

    /** One workshop with its questions and people. */
    public record WorkshopRow(
            String id,
            String code,
            Text title,
            Text subtitle,
            List<Text> questions,
            Text description,
            Text audience,
            String room,
            Integer capacity,
            List<PeopleGroup> people,
            boolean titleIllustrative,
            boolean questionsIllustrative,
            boolean descriptionIllustrative,
            boolean audienceIllustrative,
            boolean roomIllustrative,
            boolean capacityIllustrative) {}

    /** A line of the venue's address. */
    public record Line(String text, boolean illustrative) {}

    /** {@code f:viewAction}: answers 404 for a draft, an unknown slug or another tenant's event. */
    public void load() throws IOException {
        if (getEvent() == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            faces.responseComplete();
        }
    }

    public EventView getEvent() {
        if (!loaded) {
            loaded = true;
            Object slug = request.getAttribute(TenantRoutingFilter.EVENT_SLUG);
            event = slug == null || !tenant.isPresent()
                    ? null
                    : catalog.publicEvent(slug.toString()).orElse(null);
        }
        return event;
    }

    public EventTexts getTexts() {
        if (texts == null) {
            texts = new EventTexts(lang.getLocale());
        }
        return texts;
    }

    // ------------------------------------------------------------------ head of the flyer

    public Text text(LocalizedString s) {
        String value = getTexts().text(s);
        return value == null ? null : new Text(value, getTexts().languageOf(s));
    }

    public String getEdition() {
        return getTexts().edition(getEvent());
    }

    public String getDate() {
        return getTexts().longDate(getEvent().date());
    }

    /** For an event without a date: "Termin wird noch bekannt gegeben", or for one that took place "Datum nicht bekannt". */
    public String getDateUnknown() {
        boolean over = getEvent().state() == de.fachtag.event.EventState.DONE
                || getEvent().state() == de.fachtag.event.EventState.ARCHIVED;
        return getTexts().get(over ? "events.dateUnknown" : "events.noDate");
    }

    public boolean isHoursKnown() {
        return getEvent().start() != null && getEvent().end() != null;
    }

    public String getHours() {
        return getTexts().hours(getEvent().start(), getEvent().end());
    }

    public String getStart() {
        return EventTexts.time(getEvent().start());
    }

    public String getEnd() {
        return EventTexts.time(getEvent().end());
    }

    public String getStartAttribute() {
        return EventTexts.dateTimeAttribute(
                getEvent().date(), getEvent().start(), getEvent().timeZone());
    }

    public String getEndAttribute() {
        return EventTexts.dateTimeAttribute(
                getEvent().date(), getEvent().end(), getEvent().timeZone());
    }

    /** "bis" / "to" between the two times of "8:30 bis 16:00 Uhr", and what follows the end. */
    public String getHoursJoin() {
        return getTexts().english() ? "to" : "bis";
    }

    public String getHoursSuffix() {
        return getTexts().english() ? "" : "Uhr";
    }

    public boolean isTimeIllustrative() {
        return marked("date") || marked("start") || marked("end") || marked("timeZone");
    }

    public List<Line> getVenue() {
        List<Line> lines = new ArrayList<>();
        EventView.VenueView v = getEvent().venue();
        if (v == null) {
            return lines;
        }
        if (v.name() != null) {
            lines.add(new Line(v.name(), marked("venue.name")));
        }
        if (v.street() != null) {
            lines.add(new Line(v.street(), marked("venue.street")));
        }
        String city = ((v.postcode() == null ? "" : v.postcode() + " ") + (v.city() == null ? "" : v.city())).strip();
        if (!city.isEmpty()) {
            lines.add(new Line(city, marked("venue.postcode") || marked("venue.city")));
        }
        if (v.room() != null) {
            lines.add(new Line(getTexts().get("event.room", v.room()), marked("venue.room")));
        }
        return lines;
    }

    public String getFormat() {
        return getTexts().format(getEvent().format());
    }

    // ------------------------------------------------------------------ registration

    public EventTexts.RegistrationState getRegistration() {
        return getTexts().registration(getEvent(), now);
    }

    /** The header's single state (on-site closed but livestream open is worded as such). */
    public EventTexts.RegistrationState getHeaderState() {
        if (headerState == null) {
            // one count query per rendering; the page cache keeps the answer at most a minute
            boolean onSiteFull = getEvent().seats() != null
                    && getEvent().format() == de.fachtag.event.EventFormat.HYBRID
                    && publicRegistrations.onSiteFull(getEvent().slug());
            headerState = getTexts().headerState(getEvent(), now, onSiteFull);
        }
        return headerState;
    }

    public EventTexts.RegistrationState getLivestreamRegistration() {
        return getTexts().livestreamRegistration(getEvent(), now);
    }

    public boolean isRegistrationIllustrative() {
        return marked("registration.opens") || marked("registration.closes");
    }

    public String getSeats() {
        return getEvent().seats() == null
                ? null
                : getTexts().get("event.registration.seats", getEvent().seats());
    }

    public String getRegisterUrl() {
        return eventPath() + "/register";
    }

    /**
     * "Link erneut zusenden": mails the private link again if the address is registered. The
     * answer is the same whether it is or not, so the form tells nobody who registered.
     */
    public void resendLink() {
        if (!linkResend.allowed()) {
            return;
        }
        linkResend.send(getEvent().slug(), resendEmail);
        resent = true;
        resendEmail = null;
    }

    /** What "Link erneut zusenden" answers, the same for every address. */
    public String getResendDone() {
        return linkResend.doneText();
    }

    public String getResendEmail() {
        return resendEmail;
    }

    public void setResendEmail(String resendEmail) {
        this.resendEmail = resendEmail;
    }

    public boolean isResent() {
        return resent;
    }

    public String getChooseWorkshop() {
        int n = getEvent().workshops().size();
        return n < 2 ? null : getTexts().get("event.registration.chooseWorkshop", n);
    }

    public String getPhoneHref() {
        String phone = getEvent().contactPhone();
        return phone == null ? null : "tel:" + phone.replaceAll("\\(0\\)", "").replaceAll("[^+0-9]", "");
    }

    // ------------------------------------------------------------------ Ablauf and workshops

    public List<AgendaRow> getAgenda() {
        if (agenda == null) {
            agenda = new ArrayList<>();
            EventView e = getEvent();
            List<AgendaItemView> items = e.agenda();
            for (int i = 0; i < items.size(); i++) {
                AgendaItemView a = items.get(i);
                String path = "agenda[" + i + "]";
                Text title = text(a.title());
                String kind = getTexts().kindAddsToTitle(a.kind(), title == null ? null : title.value())
                        ? getTexts().kind(a.kind())
                        : null;
                agenda.add(new AgendaRow(
                        "item-" + a.id(),
                        getTexts().times(a.start(), a.end()),
                        EventTexts.time(a.start()),
                        EventTexts.time(a.end()),
                        EventTexts.dateTimeAttribute(e.date(), a.start(), e.timeZone()),
                        EventTexts.dateTimeAttribute(e.date(), a.end(), e.timeZone()),
                        kind,
                        title,
                        text(a.subtitle()),
                        text(a.description()),
                        people(a.contributions(), path),
                        a.kind() == AgendaItemKind.WORKSHOP_BLOCK
                                && !e.workshops().isEmpty(),
                        marked(path + ".start") || marked(path + ".end"),
                        marked(path + ".title")
                                || marked(path + ".subtitle")
                                || marked(path + ".kind")
                                || marked(path + ".description")));
            }
        }
        return agenda;
    }

    /** The day's own contributions, e.g. its moderation (the flyer's last line of the Ablauf). */
    public List<PeopleGroup> getDayContributions() {
        return people(getEvent().contributions(), "");
    }

    public List<WorkshopRow> getWorkshops() {
        if (workshops == null) {
            workshops = new ArrayList<>();
            List<WorkshopView> list = getEvent().workshops();
            for (int i = 0; i < list.size(); i++) {
                WorkshopView w = list.get(i);
                String path = "workshops[" + i + "]";
                String lang = getTexts().languageOf(w.questions());
                List<Text> questions = w.questions(getTexts().locale()).stream()
                        .filter(q -> !q.isBlank())
                        .map(q -> new Text(q, lang))
                        .toList();
                workshops.add(new WorkshopRow(
                        "workshop-" + anchor(w.code()),
                        w.code(),
                        text(w.title()),
                        text(w.subtitle()),
                        questions,
                        text(w.description()),
                        text(w.audience()),
                        w.room(),
                        w.capacity(),
                        people(w.contributions(), path),
                        marked(path + ".code") || marked(path + ".title") || marked(path + ".subtitle"),
                        marked(path + ".questions"),
                        marked(path + ".description"),
                        marked(path + ".audience"),
                        marked(path + ".room"),
                        marked(path + ".capacity")));
            }
        }
        return workshops;
    }

    private List<PeopleGroup> people(List<ContributionView> contributions, String path) {
        List<PeopleGroup> groups = new ArrayList<>();
        for (Map.Entry<ContributionRole, List<Integer>> g :
                EventTexts.byRole(contributions).entrySet()) {
            List<Person> people = g.getValue().stream()
                    .map(i -> {
                        ContributionView c = contributions.get(i);
                        String p = (path.isEmpty() ? "" : path + ".") + "contributions[" + i + "]";
                        return new Person(c.label(), c.requested(), marked(p), actorHref(c.actorKey()));
                    })
                    .toList();
            groups.add(new PeopleGroup(getTexts().role(g.getKey()), people));
        }
        return groups;
    }

    /** The public page of the directory's actor with this key, or null when there is none to show. */
    private String actorHref(String key) {
        if (key == null) {
            return null;
        }
        if (publishedActors == null) {
            publishedActors = actors.published().actors().stream()
                    .map(de.fachtag.actors.ActorDirectory.Actor::key)
                    .collect(java.util.stream.Collectors.toSet());
        }
        return publishedActors.contains(key) ? request.getContextPath() + tenant.getBase() + "/actors/" + key : null;
    }

    private static String anchor(String code) {
        String a = code == null ? "" : code.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return a.isEmpty() ? "x" : a;
    }

    // ------------------------------------------------------------------ funding, links

    public List<TenantSite.FundingNotice> getFundingNotices() {
        return getEvent().fundingNotices();
    }

    /** Whether a value was invented for the demo; see {@link EventTexts#illustrative}. */
    public boolean marked(String path) {
        return EventTexts.illustrative(getEvent().illustrative(), path);
    }

    public boolean isAnyIllustrative() {
        return !getEvent().illustrative().isEmpty();
    }

    private String eventPath() {
        return request.getContextPath() + tenant.getBase() + "/e/" + getEvent().slug();
    }

    public String getIcsUrl() {
        return eventPath() + ".ics" + (getTexts().english() ? "?lang=en" : "");
    }

    public String getPdfUrl() {
        return eventPath() + ".pdf" + (getTexts().english() ? "?lang=en" : "");
    }

    public String getHomeUrl() {
        return request.getContextPath() + tenant.getBase() + "/";
    }
}
