package org.ceasefiredata.ceasefire.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Validated {@code page} and {@code size} query parameters. Parsed here rather than bound as {@code int} so that
 * {@code size=abc} is a 400 that names the parameter, not a framework default.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /**
     * @throws BadRequestProblem naming each invalid parameter
     */
    public static Paging of(String page, String size) {
        List<Problem.Violation> violations = new ArrayList<>();
        int p = parse("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, violations);
        int s = parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE, violations);
        if (!violations.isEmpty()) {
            throw new BadRequestProblem("Invalid paging parameters: " + violations.stream()
                    .map(v -> v.field() + " " + v.message()).reduce((a, b) -> a + "; " + b).orElse(""), violations);
        }
        return new Paging(p, s);
    }

    private static int parse(String name, String value, int fallback, int min, int max, List<Problem.Violation> out) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                out.add(new Problem.Violation(name, "must be between " + min + " and " + max + ", was " + n));
            }
            return n;
        } catch (NumberFormatException e) {
            out.add(new Problem.Violation(name, "must be a whole number, was '" + value + "'"));
            return fallback;
        }
    }
}
