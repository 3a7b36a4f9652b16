package de.fachtag.actors;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A directory file that cannot be imported: every problem, each with file, line and field. Nothing was changed. */
@ApplicationException(rollback = true)
public class ActorFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ActorFileException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> getProblems() {
        return problems;
    }
}
