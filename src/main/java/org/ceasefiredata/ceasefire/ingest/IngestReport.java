package org.ceasefiredata.ceasefire.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What went wrong (or deserves a look) while reading and linking the seeds. An ERROR anywhere stops the load before
 * anything is written; a WARN is logged and the load goes on.
 */
public final class IngestReport {

    /** How bad a problem is. */
    public enum Level {
        ERROR, WARN
    }

    /** Where in the pipeline a problem was found. */
    public enum Stage {
        READ, PARSE, LINK
    }

    /**
     * One problem: the file, the record (kind and slug, or a JSON path, or a line) and what is wrong with it.
     */
    public record Problem(Level level, Stage stage, String file, String record, String message) {

        @Override
        public String toString() {
            return level + " [" + stage.name().toLowerCase(java.util.Locale.ROOT) + "] " + file
                    + (record == null ? "" : ", " + record) + ": "
                    + message;
        }
    }

    private final List<Problem> problems = new ArrayList<>();

    public void error(Stage stage, String file, String record, String message) {
        problems.add(new Problem(Level.ERROR, stage, file, record, message));
    }

    public void warn(Stage stage, String file, String record, String message) {
        problems.add(new Problem(Level.WARN, stage, file, record, message));
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> p.level() == Level.ERROR).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.level() == Level.WARN).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.level() == Level.ERROR);
    }

    /** Throws a {@link SeedException} listing every error, if there is one. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new SeedException(errors());
        }
    }

    static String describe(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ", "  ", ""));
    }
}
