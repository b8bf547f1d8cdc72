package org.ceasefiredata.ceasefire.ingest;

import java.util.List;

/** The seeds cannot be loaded; the message lists every problem with its file, record and reason. */
public class SeedException extends RuntimeException {

    private final List<IngestReport.Problem> problems;

    public SeedException(List<IngestReport.Problem> problems) {
        super("The seeds cannot be loaded (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "); the database was left as it was:\n" + IngestReport.describe(problems));
        this.problems = List.copyOf(problems);
    }

    public SeedException(String message) {
        super(message);
        this.problems = List.of();
    }

    public List<IngestReport.Problem> problems() {
        return problems;
    }
}
