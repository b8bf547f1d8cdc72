package org.ceasefiredata.ceasefire.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem details for the errors the HTTP layer produces itself, before any resource runs (#11): a malformed
 * percent-encoding ({@code q=%}) or request line, a body over the size limit, no route at all. Their bodies would
 * otherwise be empty; they are {@code application/problem+json} like every other error of the API, and logged at
 * DEBUG (a client's mistake is not the server's news).
 */
@Singleton
public class HttpErrors {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Runs before Quarkus's own failure handler, which answers client errors raised by the router with an empty body.
     */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(HttpErrors::onFailure);
    }

    private static void onFailure(RoutingContext ctx) {
        if (Boolean.TRUE.equals(ctx.get(RequestDeadline.ANSWERED))) {
            // The deadline answered this request already; its late end (a statement timeout, typically) has nowhere
            // to go and is nobody's news.
            Log.debugf("%s: ended after its deadline: %s", ctx.request().path(), ctx.failure());
            return;
        }
        int status = ctx.statusCode();
        if (ctx.response().headWritten() || status < 400 || status >= 500) {
            // Server failures keep Quarkus's handling (logged with their cause, a body without internals).
            ctx.next();
            return;
        }
        Log.debugf("%d %s: %s", status, ctx.request().path(),
                ctx.failure() == null ? "refused by the HTTP layer" : ctx.failure().getMessage());
        label(ctx, "/refused");
        problem(ctx.response(), status, detail(status), safePath(ctx), null);
    }

    /**
     * Names the request in the HTTP metrics ({@code uri} label) when a handler of this package answers it before any
     * resource matched: the raw path would make one series per bad request.
     */
    public static void label(RoutingContext ctx, String uri) {
        label(ctx.request(), uri);
    }

    /** {@link #label(RoutingContext, String)} for the request alone. */
    public static void label(io.vertx.core.http.HttpServerRequest request, String uri) {
        if (uri != null && request instanceof HttpServerRequestInternal internal && internal.context() != null) {
            internal.context().putLocal(TEMPLATE, uri);
        }
    }

    /** The route template the REST layer matched this request to (null before matching, or for other routes). */
    public static String template(io.vertx.core.http.HttpServerRequest request) {
        return request instanceof HttpServerRequestInternal internal && internal.context() != null
                && internal.context().getLocal(TEMPLATE) instanceof String template ? template : null;
    }

    /** Where Quarkus's HTTP metrics read a request's {@code uri} label from (set by the REST layer when it matches). */
    private static final String TEMPLATE = "UrlPathTemplate";

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed: check its percent-encoding ('%' must be followed by two hex digits;"
                    + " send a literal '%' as %25) and its syntax.";
            case 404 -> "No resource at this path.";
            case 405 -> "Method not allowed on this path.";
            case 413 -> "The request body is too large.";
            case 414 -> "The request URI is too long.";
            case 415 -> "Unsupported request content type.";
            case 431 -> "The request headers are too large.";
            default -> "The request cannot be served.";
        };
    }

    /** The path, unless it cannot even be read (then it is not echoed). */
    private static String safePath(RoutingContext ctx) {
        try {
            String path = ctx.request().path();
            return path == null || path.length() > 2048 ? null : path;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Ends {@code response} with an RFC 9457 problem body. */
    public static void problem(HttpServerResponse response, int status, String detail, String instance,
            List<Map<String, String>> violations) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title(status));
        body.put("status", status);
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        if (violations != null && !violations.isEmpty()) {
            body.put("violations", violations);
        }
        String text;
        try {
            text = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            text = "{\"title\":\"Error\",\"status\":" + status + "}";
        }
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, PROBLEM_JSON).end(text);
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }
}
