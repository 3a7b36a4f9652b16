package de.fachtag.results;

import jakarta.ejb.ApplicationException;

/** No such event, result, keyword or recommendation for the current tenant (another tenant's id included). */
@ApplicationException(rollback = true)
public class ResultsNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ResultsNotFoundException(Object what) {
        super("not found: " + what);
    }
}
