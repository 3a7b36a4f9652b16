package de.fachtag.web.actors;

import de.fachtag.actors.ActorConfirmations;
import de.fachtag.actors.ActorConfirmations.Opened;
import de.fachtag.actors.ActorNotFoundException;
import de.fachtag.actors.ActorRuleException;
import de.fachtag.web.i18n.LocaleSelection;
import de.fachtag.web.organizer.EventBackoffice;
import de.fachtag.web.routing.TenantRoutingFilter;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * {@code /t/{tenant}/actors/confirm/{token}}: an actor contact's personal link. It shows the
 * actor's entries and confirms them in one step, or sends a correction to the editors; a used
 * or expired link says so and changes nothing; an unknown token, and another tenant's, is 404.
 */
@Named("actorConfirm")
@ViewScoped
public class ActorConfirmView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ActorConfirmations confirmations;

    @Inject
    LocaleSelection lang;

    @Inject
    HttpServletRequest request;

    private String token;
    private Opened opened;
    private String correction;
    private boolean done;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Object t = request.getAttribute(TenantRoutingFilter.TOKEN);
        token = t == null ? null : t.toString();
        opened = token == null ? null : confirmations.open(token).orElse(null);
        if (opened == null) {
            EventBackoffice.notFound();
        }
    }

    public void confirm() {
        act(() -> confirmations.confirm(token), "confirm.confirmed");
    }

    public void correct() {
        act(() -> confirmations.correct(token, correction), "confirm.corrected");
    }

    private void act(Runnable change, String doneKey) {
        ActorTexts texts = new ActorTexts(lang.getLocale());
        try {
            change.run();
            done = true;
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get(doneKey), null));
        } catch (ActorRuleException e) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get(e.getMessageKey()), null));
        } catch (ActorNotFoundException e) {
            EventBackoffice.notFound();
            return;
        }
        opened = confirmations.open(token).orElse(null);
    }

    public Opened getOpened() {
        return opened;
    }

    public boolean isOpen() {
        return opened != null && opened.state() == ActorConfirmations.State.OPEN && !done;
    }

    public boolean isDone() {
        return done;
    }

    public String getCorrection() {
        return correction;
    }

    public void setCorrection(String correction) {
        this.correction = correction;
    }

    public String taskTitle(String key) {
        return opened.directory().task(key).map(t -> t.title(lang.getLocale())).orElse(key);
    }

    public String role(de.fachtag.actors.ResponsibilityRole role) {
        return new ActorTexts(lang.getLocale()).get("role." + role.name());
    }

    public String areaName(String key) {
        return opened.directory().area(key).map(a -> a.name()).orElse(key);
    }

    public String groupLabel(String key) {
        return opened.directory()
                .targetGroup(key)
                .map(g -> g.label(lang.getLocale()))
                .orElse(key);
    }
}
