package de.fachtag.actors;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the directory refused a change. The message key names the rule, the place names where
 * it applies (an actor's key, "jobcenter → arbeitsvermittlung"), so the page says exactly what to fix.
 */
@ApplicationException(rollback = true)
public class ActorRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String place;

    public ActorRuleException(String messageKey, String place) {
        super(messageKey + " (" + place + ")");
        this.messageKey = messageKey;
        this.place = place;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getPlace() {
        return place;
    }
}
