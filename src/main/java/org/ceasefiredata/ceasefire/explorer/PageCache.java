package org.ceasefiredata.ceasefire.explorer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.ceasefiredata.ceasefire.http.HttpErrors;
import org.ceasefiredata.ceasefire.kernel.DatasetVersion;
import org.ceasefiredata.ceasefire.web.HttpCaching;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.qute.TemplateInstance;

import io.vertx.core.http.HttpServerRequest;

/**
 * Rendered explorer pages kept in memory, as the REST layer keeps its JSON answers (web/HttpCaching): the pages change
 * only when the dataset does, so a page is rendered once per dataset version and served from here until then
 * (bounded by {@code ceasefire.explorer.cache.max-bytes}; {@code Cache-Control: no-cache} bypasses it). The key holds
 * everything a page depends on: the dataset version, the public base URL (pages carry absolute links), the path and
 * query, the Accept header (permalinks negotiate) and the day (references name the day accessed). A page served from
 * here keeps its route template as the metrics {@code uri} label.
 */
@Singleton
public class PageCache {

    /** Rendered page, its media type and the route the REST layer matched it to. */
    record Page(byte[] body, String type, String template) {
    }

    private static final String KEY = "ceasefire.page-key";
    /** Paths of the service itself, never explorer pages. */
    private static final Set<String> NOT_PAGES = Set.of("api", "q", "graphql", "embed");

    private final DatasetVersion version;
    private final Cache<String, Page> pages;

    PageCache(DatasetVersion version,
            @ConfigProperty(name = "ceasefire.explorer.cache.max-bytes", defaultValue = "33554432") long maxBytes) {
        this.version = version;
        this.pages = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String key, Page page) -> key.length() + page.body().length).build();
    }

    @ServerRequestFilter(preMatching = true)
    public Response fromCache(ContainerRequestContext request, HttpServerRequest http) {
        String current = version.get();
        String path = request.getUriInfo().getPath();
        if (current == null || !request.getMethod().equals("GET") || !isPage(path)) {
            return null;
        }
        String key = current + " " + request.getUriInfo().getBaseUri() + " " + request.getUriInfo().getRequestUri()
                .getRawPath() + "?" + request.getUriInfo().getRequestUri().getRawQuery() + " "
                + request.getHeaderString(HttpHeaders.ACCEPT) + " " + LocalDate.now();
        request.setProperty(KEY, key);
        Page hit = HttpCaching.noCache(request.getHeaderString(HttpHeaders.CACHE_CONTROL)) ? null : pages.getIfPresent(key);
        if (hit == null) {
            return null;
        }
        HttpErrors.label(http, hit.template());
        return Response.ok(hit.body(), hit.type()).header(HttpHeaders.VARY, "Accept")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300").build();
    }

    @ServerResponseFilter
    public void keep(ContainerRequestContext request, ContainerResponseContext response, HttpServerRequest http) {
        if (request.getProperty(KEY) instanceof String key && response.getStatus() == 200
                && response.getEntity() instanceof TemplateInstance page && response.getMediaType() != null) {
            byte[] body = page.render().getBytes(StandardCharsets.UTF_8);
            String type = response.getMediaType().toString();
            pages.put(key, new Page(body, type, HttpErrors.template(http)));
            response.setEntity(body);
        }
    }

    private static boolean isPage(String path) {
        String first = path.startsWith("/") ? path.substring(1) : path;
        int slash = first.indexOf('/');
        return !NOT_PAGES.contains(slash < 0 ? first : first.substring(0, slash));
    }
}
