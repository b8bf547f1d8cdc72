package org.ceasefiredata.ceasefire.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.vertx.http.ManagementInterface;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses what no resource of the API can use before any resource runs, as a 400 (405, 414, 431) problem naming what
 * was wrong (#11): methods other than GET, HEAD and OPTIONS on the read-only REST API; percent-encoding that does not decode to UTF-8 text, and NUL or other control characters in a query
 * parameter's name or value or in a path segment (PostgreSQL cannot store NUL in text, and no record holds control
 * characters); a request URI or headers over the configured sizes. Tab, line feed and carriage return are control
 * characters too: no parameter of this API takes them.
 * <p>
 * The sizes here are the ones clients meet; the HTTP decoder's own limits are set higher
 * ({@code quarkus.http.limits.*}), because what it refuses gets an empty body.
 */
@Singleton
public class InputGuard {

    private final int maxUri;
    private final int maxHeaderBytes;

    InputGuard(@ConfigProperty(name = "ceasefire.http.max-uri-length", defaultValue = "8192") int maxUri,
            @ConfigProperty(name = "ceasefire.http.max-header-bytes", defaultValue = "16384") int maxHeaderBytes) {
        this.maxUri = maxUri;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::check);
    }

    void installOnManagement(@Observes ManagementInterface management) {
        management.router().route().order(Integer.MIN_VALUE + 2).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String uri = request.uri();
        HttpMethod method = request.method();
        if (uri.startsWith("/api/") && method != HttpMethod.GET && method != HttpMethod.HEAD
                && method != HttpMethod.OPTIONS) {
            // The REST API is read-only; said here, before any resource, so that the body is never read.
            ctx.response().putHeader("Allow", "GET, HEAD, OPTIONS");
            refuse(ctx, 405, "Method " + method.name() + " is not allowed: the API is read-only (GET, HEAD, OPTIONS).",
                    null);
            return;
        }
        if (uri.length() > maxUri) {
            refuse(ctx, 414, "The request URI is " + uri.length() + " characters long; at most " + maxUri
                    + " are accepted. Split a long batch lookup (slug=...) into several requests.", null);
            return;
        }
        int headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderBytes) {
            refuse(ctx, 431, "The request headers take " + headerBytes + " bytes; at most " + maxHeaderBytes
                    + " are accepted.", null);
            return;
        }
        List<Map<String, String>> violations = new ArrayList<>();
        String rawPath = request.path();
        if (rawPath != null) {
            String[] segments = rawPath.split("/", -1);
            for (int i = 1; i < segments.length; i++) {
                String problem = problem(segments[i], false);
                if (problem != null) {
                    violations.add(Map.of("field", "path", "message", "segment " + i + " " + problem));
                }
            }
        }
        String query = request.query();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&", -1)) {
                int eq = pair.indexOf('=');
                String rawName = eq < 0 ? pair : pair.substring(0, eq);
                String name = decode(rawName, true);
                String shownName = name == null || controlIn(name) >= 0 ? shown(rawName) : name;
                String problem = problem(rawName, true);
                if (problem != null) {
                    violations.add(Map.of("field", shownName, "message", "the parameter name " + problem));
                } else if (eq >= 0) {
                    problem = problem(pair.substring(eq + 1), true);
                    if (problem != null) {
                        violations.add(Map.of("field", shownName, "message", problem));
                    }
                }
            }
        }
        if (!violations.isEmpty()) {
            refuse(ctx, 400, "The request has characters no parameter of this API accepts: "
                    + violations.stream().map(v -> v.get("field") + " " + v.get("message")).toList() + ".",
                    violations);
            return;
        }
        ctx.next();
    }

    /** What is wrong with a raw (percent-encoded) component, or null. */
    static String problem(String raw, boolean plusIsSpace) {
        String decoded = decode(raw, plusIsSpace);
        if (decoded == null) {
            return "has a malformed percent-encoding: '%' must be followed by two hex digits (send a literal '%' as %25)"
                    + " and the bytes must be UTF-8";
        }
        return textProblem(decoded);
    }

    /**
     * What is wrong with a decoded text value for this API, or null: a control character (the rule of every query
     * parameter, also applied to GraphQL arguments), or a lone UTF-16 surrogate (not text: it has no UTF-8 form).
     */
    public static String textProblem(String decoded) {
        int control = controlIn(decoded);
        if (control >= 0) {
            return "contains the control character " + String.format(Locale.ROOT, "U+%04X", control);
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < decoded.length() && Character.isLowSurrogate(decoded.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains an unpaired surrogate " + String.format(Locale.ROOT, "\\u%04X", (int) c)
                        + ", which is not text";
            }
        }
        return null;
    }

    /** The first control character (C0, DEL or C1) in {@code s}, or -1. */
    static int controlIn(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
                return c;
            }
        }
        return -1;
    }

    /** Strict percent-decoding to UTF-8; null when malformed. */
    static String decode(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0) {
            return plusIsSpace ? raw.replace('+', ' ') : raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** A raw name as it may be shown back: at most 64 characters, control characters escaped. */
    private static String shown(String raw) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length() && out.length() < 64; i++) {
            char c = raw.charAt(i);
            out.append(c < 0x20 || c >= 0x7F ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    private static void refuse(RoutingContext ctx, int status, String detail, List<Map<String, String>> violations) {
        Log.debugf("%d %s: %s", status, ctx.request().path(), detail);
        HttpErrors.label(ctx, "/refused");
        String path = ctx.request().path();
        HttpErrors.problem(ctx.response(), status, detail,
                path != null && path.length() <= 2048 && controlIn(path) < 0 ? path : null, violations);
    }
}
