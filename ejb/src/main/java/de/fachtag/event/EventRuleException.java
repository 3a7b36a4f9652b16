package de.fachtag.event;

import de.fachtag.tenant.RejectedInputException;
import jakarta.ejb.ApplicationException;
import java.util.Map;

/** An event rule refused a change; the message key names the rule, the field where it applies. */
@ApplicationException(rollback = true)
public class EventRuleException extends RejectedInputException {

    private static final long serialVersionUID = 1L;

    public EventRuleException(String field, String messageKey) {
        super(Map.of(field, messageKey));
    }
}
