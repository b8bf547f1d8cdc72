package org.ceasefiredata.ceasefire.http;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.ManagementInterface;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Standard hardening headers on every response of both ports (#11): {@code X-Content-Type-Options: nosniff},
 * {@code Referrer-Policy: no-referrer}, and a {@code Content-Security-Policy}: for HTML (the Swagger and GraphQL UIs)
 * one that lets their own scripts and styles run and forbids framing; for everything else (JSON, YAML, CSV) one that
 * allows nothing at all, so that a response opened as a page can neither run nor be framed. A response that sets its own
 * policy keeps it (the embeddable fact cards: {@link #EMBEDDABLE_POLICY}).
 * <p>
 * The management port (health, metrics) also answers GET and HEAD only: anything else is a 405 there.
 */
@Singleton
public class SecurityHeaders {

    /**
     * The UIs are served from this origin and configure themselves with inline scripts (Swagger UI's initialiser,
     * GraphiQL's bootstrap) and inline styles; they load schemas and run queries against this origin only.
     */
    static final String HTML_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /**
     * Fact cards ({@code /embed/...}) exist to be framed by other sites (oEmbed hands out an iframe of them): any page
     * may frame them; they run no script, load nothing but their own inline style, and submit nothing.
     */
    public static final String EMBEDDABLE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
            + " base-uri 'none'; form-action 'none'; frame-ancestors *";

    void publicPort(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(SecurityHeaders::onEnd);
    }

    void managementPort(@Observes ManagementInterface management) {
        management.router().route().order(Integer.MIN_VALUE).handler(ctx -> {
            HttpMethod method = ctx.request().method();
            if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
                HttpErrors.label(ctx, "/refused");
                HttpErrors.problem(ctx.response().putHeader(HttpHeaders.ALLOW, "GET, HEAD"), 405,
                        "Method not allowed on " + ctx.request().path()
                                + ": the management interface answers GET and HEAD only.",
                        ctx.request().path(), null);
                return;
            }
            onEnd(ctx);
        });
    }

    private static void onEnd(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        ctx.addHeadersEndHandler(v -> {
            response.putHeader("X-Content-Type-Options", "nosniff");
            response.putHeader("Referrer-Policy", "no-referrer");
            String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
            boolean html = type != null && type.regionMatches(true, 0, "text/html", 0, 9);
            if (!response.headers().contains("Content-Security-Policy")) {
                response.putHeader("Content-Security-Policy", html ? HTML_POLICY : DATA_POLICY);
            }
        });
        ctx.next();
    }
}
