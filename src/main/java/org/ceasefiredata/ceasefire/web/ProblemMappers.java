package org.ceasefiredata.ceasefire.web;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.db.DatabaseUnavailable;
import org.ceasefiredata.ceasefire.kernel.InvalidInput;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.logging.Log;

/**
 * Turns every failure into an {@code application/problem+json} body: 4xx say what was wrong with the request, 5xx say
 * only that the server failed (details go to the log, never to the client).
 */
public class ProblemMappers {

    public static final String PROBLEM_JSON = "application/problem+json";

    @ConfigProperty(name = "ceasefire.http.retry-after", defaultValue = "5")
    int retryAfter;

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e, UriInfo uri) {
        Log.debugf("404 %s: %s", uri.getPath(), e.getMessage());
        return problem(Response.Status.NOT_FOUND, e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInput e, UriInfo uri) {
        Log.debugf("400 %s: %s", uri.getPath(), e.getMessage());
        return problem(Response.Status.BAD_REQUEST, e.getMessage(), uri,
                e.violations().stream().map(v -> new Problem.Violation(restName(v.parameter()), v.message())).toList());
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameter e, UriInfo uri) {
        return invalidInput(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .toList();
        Log.debugf("400 %s: %s", uri.getPath(), violations);
        return problem(Response.Status.BAD_REQUEST, "The request has invalid parameters.", uri, violations);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath() + ".";
            case 405 -> "Method not allowed on " + uri.getPath() + ".";
            case 406 -> "None of the media types in Accept can be produced; ask for application/json.";
            case 415 -> "Unsupported request content type.";
            default -> type == null ? "Request failed." : type.getReasonPhrase() + ".";
        };
        if (status >= 500) {
            Log.error("Request " + uri.getPath() + " failed", e);
        } else {
            Log.debugf("%d %s: %s", status, uri.getPath(), e.getMessage());
        }
        Response.ResponseBuilder builder = Response.status(status)
                .type(PROBLEM_JSON)
                .entity(new Problem("about:blank", type == null ? "Error" : type.getReasonPhrase(), status, detail,
                        uri.getPath(), null));
        if (status == 405) {
            // Every resource of this API is read-only.
            builder.header("Allow", "GET, HEAD, OPTIONS");
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (answeredAlready(e)) {
            // The request deadline (http/RequestDeadline) answered 503 already; this late end has nowhere to go.
            Log.debugf("%s ended after its deadline: %s", uri.getPath(), e);
            return Response.status(Response.Status.SERVICE_UNAVAILABLE).build();
        }
        String database = DatabaseUnavailable.describe(e);
        if (database != null) {
            // Expected while the database is down, restarting or overloaded: one line, no stack trace (#11).
            Log.warnf("503 %s: the database did not answer: %s", uri.getPath(), database);
            return Response.fromResponse(problem(Response.Status.SERVICE_UNAVAILABLE,
                    "The database is unavailable or too slow right now; retry in " + retryAfter + " s.", uri, null))
                    .header("Retry-After", retryAfter).build();
        }
        Log.error("Request " + uri.getPath() + " failed", e);
        return problem(Response.Status.INTERNAL_SERVER_ERROR,
                "The server failed to answer this request; the failure has been logged.", uri, null);
    }

    private static boolean answeredAlready(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IllegalStateException && "Response has already been written".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static Response problem(Response.Status status, String detail, UriInfo uri, List<Problem.Violation> violations) {
        return Response.status(status)
                .type(MediaType.valueOf(PROBLEM_JSON))
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, uri.getPath(),
                        violations == null || violations.isEmpty() ? null : violations))
                .build();
    }

    /**
     * The REST name of a filter field: the filters' Java fields carry their GraphQL names, and the one that REST spells
     * otherwise ({@code text}, the {@code q} parameter) is renamed here.
     */
    private static String restName(String field) {
        return field.equals("text") ? "q" : field;
    }

    /** The last node of a violation path ({@code list.size} → {@code size}): the parameter the client sent. */
    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
