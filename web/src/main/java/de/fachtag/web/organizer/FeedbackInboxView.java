package de.fachtag.web.organizer;

import de.fachtag.feedback.FeedbackCounts;
import de.fachtag.feedback.FeedbackItem;
import de.fachtag.feedback.FeedbackMessage;
import de.fachtag.feedback.FeedbackService;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.i18n.Messages;
import de.fachtag.web.security.StaffSession;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The feedback inbox ({@code /organizer/{tenant}/feedback}): every message of the tenant, open
 * ones first with their deadlines, overdue ones marked. Also gives the open count to the
 * navigation and the dashboard, each read once per request. Admins and organizers only; anyone
 * else gets the not-found page.
 */
@Named("feedbackInbox")
@RequestScoped
public class FeedbackInboxView {

    /** Times are shown as the tenant's people read them. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** How much of a message the list shows. */
    static final int EXCERPT = 140;

    @EJB
    FeedbackService feedback;

    @Inject
    StaffSession staff;

    @Inject
    Messages messages;

    @Inject
    LocaleSelection lang;

    private List<FeedbackItem> items;
    private FeedbackCounts counts;

    public void load() {
        if (!staff.isFeedbackReader()) {
            EventBackoffice.notFound();
        }
    }

    public List<FeedbackItem> getItems() {
        if (items == null) {
            items = staff.isFeedbackReader() ? feedback.inbox() : List.of();
        }
        return items;
    }

    /** Open and overdue messages; none for accounts that do not read the inbox. */
    public FeedbackCounts getCounts() {
        if (counts == null) {
            counts = staff.isFeedbackReader() ? feedback.counts() : new FeedbackCounts(0, 0);
        }
        return counts;
    }

    /** "2 open messages, 1 of them overdue." or "No open feedback." */
    public String getCountsText() {
        FeedbackCounts c = getCounts();
        return c.open() == 0 ? messages.get("inbox.counts.none") : messages.get("inbox.counts", c.open(), c.overdue());
    }

    /** The navigation's entry, with the open count when there is one. */
    public String getNavLabel() {
        long open = getCounts().open();
        return open == 0 ? messages.get("nav.feedbackInbox") : messages.get("nav.feedbackInbox.open", open);
    }

    public String getIntro() {
        return messages.get("inbox.intro", FeedbackMessage.REPLY_PERIOD.toDays());
    }

    public String dateTime(Instant at) {
        return at == null
                ? ""
                : DateTimeFormatter.ofPattern(messages.get("inbox.format.dateTime"), lang.getLocale())
                        .format(at.atZone(ZONE));
    }

    public String date(Instant at) {
        return at == null
                ? ""
                : DateTimeFormatter.ofPattern(messages.get("inbox.format.date"), lang.getLocale())
                        .format(at.atZone(ZONE));
    }

    public String state(FeedbackItem item) {
        return messages.get("inbox.state." + item.state().name());
    }

    /** The start of the message, on one line. */
    public String excerpt(FeedbackItem item) {
        String text = item.message().replaceAll("\\s+", " ").strip();
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1).strip() + "…";
    }
}
