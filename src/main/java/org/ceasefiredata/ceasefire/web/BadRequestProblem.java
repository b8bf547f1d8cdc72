package org.ceasefiredata.ceasefire.web;

import java.util.List;

/** A 400: the message says what was wrong with the request, the violations name the parameters. */
public class BadRequestProblem extends RuntimeException {

    private final List<Problem.Violation> violations;

    public BadRequestProblem(String message, List<Problem.Violation> violations) {
        super(message);
        this.violations = violations == null ? List.of() : List.copyOf(violations);
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
