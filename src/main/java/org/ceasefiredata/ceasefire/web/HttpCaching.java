package org.ceasefiredata.ceasefire.web;

import java.util.Arrays;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional GETs for the read API: every successful GET carries a weak {@code ETag} (the dataset version: the data
 * change only when the seeds do) and {@code Cache-Control}; a request whose {@code If-None-Match} names the current
 * version gets {@code 304 Not Modified} before any query runs.
 */
public class HttpCaching {

    static final String CACHE_CONTROL = "public, max-age=300";

    @Inject
    DatasetVersion version;

    @ServerRequestFilter(preMatching = true)
    public Response notModified(ContainerRequestContext request) {
        String current = etag();
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (current == null || ifNoneMatch == null || !isApi(request) || !isGet(request)) {
            return null;
        }
        boolean match = Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .anyMatch(tag -> tag.equals("*") || weak(tag).equals(weak(current)));
        return match
                ? Response.notModified().header(HttpHeaders.ETAG, current).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                        .build()
                : null;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        String current = etag();
        if (current != null && isApi(request) && isGet(request) && response.getStatus() == 200) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, current);
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
            response.getHeaders().add(HttpHeaders.VARY, "Accept-Encoding");
        }
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
