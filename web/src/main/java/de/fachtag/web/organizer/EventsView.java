package de.fachtag.web.organizer;

import de.fachtag.event.EventNotFoundException;
import de.fachtag.event.EventService;
import de.fachtag.event.EventSummary;
import de.fachtag.tenant.ConcurrentEditException;
import de.fachtag.tenant.LocalizedString;
import de.fachtag.tenant.RejectedInputException;
import de.fachtag.tenant.SeriesService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tenant's events (Veranstaltungen): open one to edit, build its programme and workshops,
 * publish or withdraw it, start the next edition of a series.
 */
@Named
@ViewScoped
public class EventsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String NEXT_FORM = "next-edition-form";
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^([0-9]+)-");

    @EJB
    EventService events;

    @EJB
    SeriesService seriesService;

    @Inject
    EventBackoffice bo;

    private List<EventSummary> list;
    private Map<String, LocalizedString> seriesTitles;

    /** The event whose next edition is being started, with the slug the organizer chooses. */
    private EventSummary nextOf;

    private String nextSlug;
    /** The slug of the edition just created, for the link in the confirmation. */
    private String created;
    /** What the copy made, for the confirmation. */
    private de.fachtag.event.EventService.CopiedEdition copied;
    /** Whether the copy replaces the edition number and year in its texts ("7. Fachtag 2025" → "8. Fachtag 2026"). */
    private boolean renumber = true;

    @PostConstruct
    void load() {
        list = events.all();
        seriesTitles = new HashMap<>();
        seriesService.list().forEach(s -> seriesTitles.put(s.slug(), s.title()));
    }

    public void publish(String slug, long version) {
        change(slug, () -> {
            events.publish(slug, version);
            EventProblems.info(bo.text("events.published", title(slug)));
        });
    }

    public void unpublish(String slug, long version) {
        change(slug, () -> {
            events.unpublish(slug, version);
            EventProblems.info(bo.text("events.unpublished", title(slug)));
        });
    }

    /** Asks for the slug of the next edition, suggesting one. */
    public void startNextEdition(String slug) {
        if (!bo.isEditable()) {
            EventProblems.error(bo.text("notAllowed"));
            return;
        }
        nextOf = find(slug).orElse(null);
        nextSlug = nextOf == null ? null : suggestNextSlug(nextOf);
        created = null;
    }

    public void createNextEdition() {
        if (!bo.isEditable() || nextOf == null) {
            EventProblems.error(bo.text("notAllowed"));
            return;
        }
        try {
            copied = events.copyEdition(nextOf.slug(), nextSlug == null ? null : nextSlug.strip(), renumber);
            created = copied.slug();
            EventProblems.info(bo.text("events.next.created", bo.text(nextOf.title())));
            nextOf = null;
            nextSlug = null;
            load();
        } catch (RejectedInputException e) {
            EventProblems.show(bo, NEXT_FORM, e.problems());
        } catch (EventNotFoundException e) {
            nextOf = null;
            load();
            EventProblems.error(bo.text("events.gone"));
        }
    }

    public void cancelNextEdition() {
        nextOf = null;
        nextSlug = null;
    }

    private void change(String slug, Runnable action) {
        if (!bo.isEditable()) {
            EventProblems.error(bo.text("notAllowed"));
            return;
        }
        try {
            action.run();
        } catch (ConcurrentEditException e) {
            EventProblems.error(bo.text("events.conflict", title(slug)));
        } catch (RejectedInputException e) {
            // publishing without a date: the rule's message, named for the event it is about
            e.problems()
                    .values()
                    .forEach(key -> EventProblems.error(bo.text("events.refused", title(slug), bo.text(key))));
        } catch (EventNotFoundException e) {
            EventProblems.error(bo.text("events.gone"));
        }
        created = null;
        load();
    }

    /**
     * "6-fachtag-2021" becomes "7-fachtag-2022": the leading edition number and a year count
     * up. Only a suggestion; the organizer may type another.
     */
    static String suggestNextSlug(EventSummary e) {
        String slug = e.slug();
        Matcher year = YEAR.matcher(slug);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (year.find()) {
            year.appendReplacement(out, String.valueOf(Integer.parseInt(year.group()) + 1));
            changed = true;
        }
        year.appendTail(out);
        String result = out.toString();
        Matcher number = LEADING_NUMBER.matcher(result);
        if (e.edition() != null && number.find() && number.group(1).equals(String.valueOf(e.edition()))) {
            result = (e.edition() + 1) + result.substring(number.end(1));
            changed = true;
        }
        if (!changed) {
            result = slug + "-" + (e.edition() == null ? LocalDate.now().getYear() + 1 : e.edition() + 1);
        }
        return result.length() > 63 ? result.substring(0, 63).replaceAll("-+$", "") : result;
    }

    private Optional<EventSummary> find(String slug) {
        return list.stream().filter(e -> e.slug().equals(slug)).findFirst();
    }

    private String title(String slug) {
        return find(slug).map(e -> bo.text(e.title())).orElse(slug);
    }

    public String seriesTitle(String slug) {
        return slug == null
                ? null
                : Optional.ofNullable(seriesTitles.get(slug)).map(bo::text).orElse(slug);
    }

    public boolean isPublic(EventSummary e) {
        return de.fachtag.event.Event.PUBLIC_STATES.contains(e.state());
    }

    public boolean isEditable() {
        return bo.isEditable();
    }

    public List<EventSummary> getList() {
        return list;
    }

    public EventSummary getNextOf() {
        return nextOf;
    }

    public String getNextSlug() {
        return nextSlug;
    }

    public void setNextSlug(String nextSlug) {
        this.nextSlug = nextSlug;
    }

    public boolean isRenumber() {
        return renumber;
    }

    public void setRenumber(boolean renumber) {
        this.renumber = renumber;
    }

    /** "Übernommen: 12 Programmpunkte, 4 Workshops, 9 Mitwirkende, 1 Förderer." */
    public String getCopiedSummary() {
        if (copied == null || created == null) {
            return "";
        }
        return bo.text(
                "events.next.copied",
                copied.agendaItems(),
                copied.workshops(),
                copied.contributions(),
                copied.funders());
    }

    /** "Nummer und Jahr ersetzt in: Titel, Beschreibung." or that nothing needed it. */
    public String getRenumberedSummary() {
        if (copied == null || created == null) {
            return "";
        }
        if (copied.renumbered().isEmpty()) {
            return bo.text("events.next.renumbered.none");
        }
        return bo.text(
                "events.next.renumbered",
                String.join(
                        ", ",
                        copied.renumbered().stream()
                                .map(f -> bo.text("events.next.field." + f))
                                .toList()));
    }

    public String getCreated() {
        return created;
    }
}
