package de.fachtag.web.organizer;

import de.fachtag.feedback.FeedbackItem;
import de.fachtag.feedback.FeedbackMessage;
import de.fachtag.feedback.FeedbackNotFoundException;
import de.fachtag.feedback.FeedbackService;
import de.fachtag.feedback.FeedbackStateException;
import de.fachtag.web.i18n.Messages;
import de.fachtag.web.security.StaffSession;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One message of the feedback inbox ({@code /organizer/{tenant}/feedback/{id}}): what was
 * written, where and by whom, its deadline and answer; mark it answered (with a note), close
 * it, reopen it. The id comes from the URL on every request, the form posts back to the same
 * URL; an id that is not the tenant's (another tenant's, or none) gets the not-found page, as
 * do accounts that do not read the inbox. After a change the page is loaded again by GET.
 */
@Named
@RequestScoped
public class FeedbackMessageView {

    static final String FORM = "answer-form";

    @EJB
    FeedbackService feedback;

    @Inject
    StaffSession staff;

    @Inject
    EventBackoffice bo;

    @Inject
    Messages messages;

    @Inject
    FeedbackInboxView inbox;

    private Optional<FeedbackItem> item;
    private String note;

    public void load() {
        if (getItem() == null) {
            EventBackoffice.notFound();
        }
    }

    /** The message of the URL, or null when it is not this tenant's or the account may not read it. */
    public FeedbackItem getItem() {
        if (item == null) {
            item = staff.isFeedbackReader() ? id().flatMap(feedback::find) : Optional.empty();
        }
        return item.orElse(null);
    }

    public void answer() {
        if (note != null && note.strip().length() > FeedbackMessage.NOTE_MAX) {
            FacesMessages.fieldProblems(messages, FORM, java.util.Map.of("note", "inbox.note.tooLong"));
            return;
        }
        act(() -> feedback.answer(getItem().id(), note, staff.getEmail()), "inbox.answer.done");
    }

    public void close() {
        act(() -> feedback.close(getItem().id(), staff.getEmail()), "inbox.close.done");
    }

    public void reopen() {
        act(() -> feedback.reopen(getItem().id()), null);
    }

    private void act(Supplier<FeedbackItem> move, String doneKey) {
        if (getItem() == null) {
            EventBackoffice.notFound();
            return;
        }
        try {
            FeedbackItem after = move.get();
            FacesMessages.info(
                    doneKey != null
                            ? messages.get(doneKey)
                            : messages.get("inbox.reopen.done", inbox.date(after.replyDue())));
            bo.redirect("/feedback/" + after.id());
        } catch (FeedbackNotFoundException e) {
            EventBackoffice.notFound();
        } catch (FeedbackStateException e) {
            item = null; // show it as it is now
            FacesMessages.error(messages.get(
                    "inbox.state.refused",
                    messages.get("inbox.state." + e.state().name())));
        }
    }

    /** The page's language field: German or English. */
    public String language() {
        FeedbackItem i = getItem();
        return i == null ? "" : messages.get("en".equals(i.locale()) ? "inbox.language.en" : "inbox.language.de");
    }

    /** A link to the page concerned when it is a path of this site; other text is only shown. */
    public String pageUrl() {
        FeedbackItem i = getItem();
        String page = i == null ? null : i.page();
        boolean local = page != null
                && page.startsWith("/")
                && !page.startsWith("//")
                && !page.startsWith("/\\")
                && page.chars().noneMatch(c -> c < 0x20 || c == ' ');
        return local ? FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + page : null;
    }

    private static Optional<UUID> id() {
        String raw = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        try {
            return raw == null ? Optional.empty() : Optional.of(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
