package org.ceasefiredata.ceasefire.graph;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ceasefiredata.ceasefire.web.BadRequestProblem;
import org.ceasefiredata.ceasefire.web.Problem;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A GraphQL error the client caused (a bad argument value): its message says what was wrong, in the names of the
 * GraphQL arguments, and {@code extensions} carry {@code code: BAD_USER_INPUT} and the violations.
 */
@ErrorCode("BAD_USER_INPUT")
public class UserInputError extends RuntimeException {

    /** REST parameter names that GraphQL spells otherwise. */
    private static final Map<String, String> ARGUMENTS = Map.of("limit", "first", "cursor", "after", "q", "text");

    private final List<Problem.Violation> violations;

    public UserInputError(String message, List<Problem.Violation> violations) {
        super(message, null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    /** Runs a resolver, reporting a refused parameter as this error in GraphQL's names. */
    public static <T> T guard(Supplier<T> resolver) {
        try {
            return resolver.get();
        } catch (BadRequestProblem e) {
            List<Problem.Violation> renamed = e.violations().stream()
                    .map(v -> new Problem.Violation(ARGUMENTS.getOrDefault(v.field(), v.field()), v.message())).toList();
            String message = renamed.isEmpty()
                    ? e.getMessage()
                    : "Invalid arguments: " + String.join("; ",
                            renamed.stream().map(v -> v.field() + " " + v.message()).toList()) + ".";
            throw new UserInputError(message, renamed);
        }
    }
}
