package org.ceasefiredata.ceasefire.graph;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.ceasefiredata.ceasefire.kernel.InvalidInput;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A GraphQL error the client caused (a bad argument value): its message says what was wrong, in the names of the
 * GraphQL arguments, and {@code extensions} carry {@code code: BAD_USER_INPUT} and the violations.
 */
@ErrorCode("BAD_USER_INPUT")
public class UserInputError extends RuntimeException {

    private final List<InvalidInput.Violation> violations;

    public UserInputError(InvalidInput problem) {
        super(problem.getMessage(), null, false, false);
        this.violations = problem.violations();
    }

    public List<InvalidInput.Violation> violations() {
        return violations;
    }

    /** Runs a resolver, reporting invalid input as this error; the query layer names arguments as GraphQL does. */
    public static <T> T guard(Supplier<T> resolver) {
        return guard(resolver, UnaryOperator.identity());
    }

    /** Runs a resolver, reporting invalid input as this error with the parameters renamed to the field's arguments. */
    public static <T> T guard(Supplier<T> resolver, UnaryOperator<String> names) {
        try {
            return resolver.get();
        } catch (InvalidInput e) {
            throw new UserInputError(e.renamed(names));
        }
    }
}
