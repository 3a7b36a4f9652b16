package de.fachtag.results;

import jakarta.ejb.ApplicationException;

/**
 * A rule of results and recommendations refused a change. The message key names the rule, the
 * place names where it applies (a recommendation's identifier, "HE-2024-SLD-02 → HE-2024-SLD-09",
 * a result's text), so the page can say exactly what to fix.
 */
@ApplicationException(rollback = true)
public class ResultsRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final String place;

    public ResultsRuleException(String messageKey, String place) {
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
