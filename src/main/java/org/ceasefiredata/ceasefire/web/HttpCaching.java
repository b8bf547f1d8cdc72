package org.ceasefiredata.ceasefire.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.ceasefiredata.ceasefire.http.HttpErrors;
import org.ceasefiredata.ceasefire.kernel.DatasetVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;

/**
 * HTTP caching for the read API. The data change only when the seeds do, so:
 * <ul>
 * <li>every successful GET carries a weak {@code ETag} (the dataset version) and {@code Cache-Control}; a request whose
 * {@code If-None-Match} names the current version gets {@code 304 Not Modified} (before any query runs when the
 * response is known to succeed, from the cache; otherwise once it has succeeded, as RFC 9110 asks);</li>
 * <li>serialized responses are kept in memory (bounded by {@code ceasefire.http.cache.max-bytes}) under the dataset
 * version, the path, the query string and the Accept header, and served from there; a request with
 * {@code Cache-Control: no-cache} bypasses it;</li>
 * <li>every successful JSON answer of the read API is written here, once, keeping the properties {@code fields=}
 * selects ({@link FieldsWriter});</li>
 * <li>streamed responses (the exports) are never kept, only the fact that they succeed, so that a matching
 * {@code If-None-Match} is answered from here too.</li>
 * </ul>
 */
public class HttpCaching {

    static final String CACHE_CONTROL = "public, max-age=300";
    private static final String KEY = "ceasefire.cache-key";
    private static final String TAG = "ceasefire.etag";
    /** Responses differ by compression and, through CORS, by the requesting origin. */
    static final String VARY = "Origin, Accept-Encoding";

    /**
     * A serialized response and the headers that vary with it; a null body marks a streamed response (an export).
     * {@code template} is the route the REST layer matched it to: an answer given from here, before any matching, is
     * labelled with it in the HTTP metrics (with the raw path, every record kept here would be a series of its own).
     */
    record Entry(byte[] body, List<String> links, String template) {
        /** A streamed response known to succeed: never kept (it can be larger than the heap), but enough for a 304. */
        static Entry streamed(String template) {
            return new Entry(null, List.of(), template);
        }
    }

    @Inject
    DatasetVersion version;
    @Inject
    FieldsWriter fields;

    private final Cache<String, Entry> cache;

    HttpCaching(@ConfigProperty(name = "ceasefire.http.cache.max-bytes", defaultValue = "67108864") long maxBytes) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Entry e) -> key.length() + (e.body() == null ? 0 : e.body().length))
                .build();
    }

    /**
     * The cheapest answer of all, a 304 for a response known to succeed, is given before the request reaches the REST
     * layer: the same check as {@link #fromCache} on the raw HTTP request, allocating next to nothing (it is what
     * clients polling for a new dataset version send most). Cross-origin requests take the normal path, which adds the
     * CORS headers.
     */
    void notModified(@Observes Router router) {
        router.route("/api/*").order(-50).handler(ctx -> {
            HttpServerRequest request = ctx.request();
            String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
            String current = ifNoneMatch == null ? null : etag();
            if (current != null && (request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD)
                    && request.getHeader("Origin") == null && matches(ifNoneMatch, current)) {
                String cacheControl = request.getHeader(HttpHeaders.CACHE_CONTROL);
                Entry known = noCache(cacheControl)
                        ? null
                        : cache.getIfPresent(key(current, request.path(), request.query(),
                                request.getHeader(HttpHeaders.ACCEPT)));
                if (known != null) {
                    HttpErrors.label(ctx, known.template());
                    ctx.response().setStatusCode(304).putHeader(HttpHeaders.ETAG, current)
                            .putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).putHeader(HttpHeaders.VARY, VARY).end();
                    return;
                }
            }
            ctx.next();
        });
    }

    @ServerRequestFilter(preMatching = true)
    public Response fromCache(ContainerRequestContext request, HttpServerRequest http) {
        String current = etag();
        if (current == null || !isApi(request) || !isGet(request)) {
            return null;
        }
        // The version is taken once, here, so that the response is tagged with the data it was made from.
        request.setProperty(TAG, current);
        String key = key(current, request.getUriInfo().getRequestUri().getRawPath(),
                request.getUriInfo().getRequestUri().getRawQuery(), request.getHeaderString(HttpHeaders.ACCEPT));
        request.setProperty(KEY, key);
        Entry hit = noCache(request.getHeaderString(HttpHeaders.CACHE_CONTROL)) ? null : cache.getIfPresent(key);
        if (hit == null) {
            // Not known to succeed: the request runs, and a matching If-None-Match is honoured on a 200 only.
            return null;
        }
        HttpErrors.label(http, hit.template());
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), current)) {
            return Response.notModified().header(HttpHeaders.ETAG, current).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                    .header(HttpHeaders.VARY, VARY).build();
        }
        if (hit.body() == null) {
            return null;
        }
        Response.ResponseBuilder ok = Response.ok(hit.body(), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, current)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, VARY);
        hit.links().forEach(link -> ok.header("Link", link));
        return ok.build();
    }

    @ServerResponseFilter
    public void tagAndKeep(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        Object tag = request.getProperty(TAG);
        if (!(tag instanceof String current) || response.getStatus() != 200) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, current);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
        Object key = request.getProperty(KEY);
        Object entity = response.getEntity();
        if (key instanceof String k && entity instanceof StreamingOutput) {
            // Streamed bodies (the exports) are never buffered: they can be far larger than the cache, or the heap.
            cache.put(k, Entry.streamed(HttpErrors.template(http)));
        } else if (key instanceof String k && entity != null && !(entity instanceof byte[]) && isJson(response)) {
            try {
                byte[] body = fields.write(entity, request.getUriInfo().getQueryParameters().get(Fields.PARAMETER));
                List<String> links = new ArrayList<>();
                List<Object> headerLinks = response.getHeaders().get("Link");
                if (headerLinks != null) {
                    headerLinks.forEach(l -> links.add(String.valueOf(l)));
                }
                cache.put(k, new Entry(body, List.copyOf(links), HttpErrors.template(http)));
                response.setEntity(body);
            } catch (JsonProcessingException e) {
                // Not cacheable; the normal writer will report the failure.
            }
        }
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), current)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove("Link");
        }
    }

    /** The cache key of a response: the data version, the raw path and query, and the Accept header. */
    private static String key(String etag, String rawPath, String rawQuery, String accept) {
        return etag + " " + rawPath + "?" + rawQuery + " " + accept;
    }

    /** Whether a request asks to bypass the answers kept in memory (`Cache-Control: no-cache`): the REST cache and the explorer's pages. */
    public static boolean noCache(String cacheControl) {
        return cacheControl != null && cacheControl.contains("no-cache");
    }

    private static boolean matches(String ifNoneMatch, String current) {
        return ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals("*") || weak(tag).equals(weak(current)));
    }

    private static boolean isJson(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        return type == null || type.isCompatible(MediaType.APPLICATION_JSON_TYPE);
    }

    private String etag() {
        String v = version.get();
        return v == null ? null : "W/\"" + v + "\"";
    }

    /** Weak comparison (RFC 9110 §8.8.3.2): the W/ prefix does not matter. */
    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static boolean isApi(ContainerRequestContext request) {
        return request.getUriInfo().getPath().startsWith("/api/");
    }

    private static boolean isGet(ContainerRequestContext request) {
        return request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
    }
}
