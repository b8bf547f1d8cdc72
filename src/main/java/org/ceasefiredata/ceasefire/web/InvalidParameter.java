package org.ceasefiredata.ceasefire.web;

import jakarta.ws.rs.WebApplicationException;

import org.ceasefiredata.ceasefire.kernel.InvalidInput;

/**
 * An invalid value met while the REST layer binds a parameter: a {@link WebApplicationException}, so that JAX-RS passes
 * it on as it is (it would answer any other conversion failure of a query parameter with a 404), carrying the
 * {@link InvalidInput} that {@link ProblemMappers} answers with a 400.
 */
public class InvalidParameter extends WebApplicationException {

    private final InvalidInput problem;

    public InvalidParameter(InvalidInput problem) {
        super(problem.getMessage(), 400);
        this.problem = problem;
    }

    public InvalidInput problem() {
        return problem;
    }
}
