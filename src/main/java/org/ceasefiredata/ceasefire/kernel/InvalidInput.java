package org.ceasefiredata.ceasefire.kernel;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A request the client must correct: every violation names the parameter (as the client spelt it) and says what is
 * wrong with it. Raised by the query layer; the REST API answers it with a 400 problem, GraphQL with
 * {@code BAD_USER_INPUT}.
 */
public class InvalidInput extends RuntimeException {

    /** One invalid input: which parameter and what is wrong with it. */
    public record Violation(String parameter, String message) {
    }

    private final List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(describe(violations), null, false, false);
        this.violations = List.copyOf(violations);
    }

    public static InvalidInput of(String parameter, String message) {
        return new InvalidInput(List.of(new Violation(parameter, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The same problem with the parameters spelt as another API names them. */
    public InvalidInput renamed(UnaryOperator<String> names) {
        return new InvalidInput(violations.stream().map(v -> new Violation(names.apply(v.parameter()), v.message())).toList());
    }

    private static String describe(List<Violation> violations) {
        return "Invalid parameters: " + violations.stream().map(v -> v.parameter() + " " + v.message())
                .collect(Collectors.joining("; ")) + ".";
    }
}
