package de.fachtag.registration;

import de.fachtag.tenant.RejectedInputException;
import jakarta.ejb.ApplicationException;
import java.util.Map;

/** A consent text or decision that breaks a rule; the message key is in ValidationMessages. */
@ApplicationException(rollback = true)
public class ConsentRuleException extends RejectedInputException {

    private static final long serialVersionUID = 1L;

    public ConsentRuleException(String field, String messageKey) {
        super(Map.of(field, messageKey));
    }
}
