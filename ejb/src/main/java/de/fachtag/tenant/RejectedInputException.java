package de.fachtag.tenant;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * Input a rule refused, field by field. The values are message keys of the UI's bundle so
 * the page can say what is wrong next to the field, in the reader's language.
 */
@ApplicationException(rollback = true)
public class RejectedInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public RejectedInputException(Map<String, String> problems) {
        super("Rejected: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
