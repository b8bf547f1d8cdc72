package org.ceasefiredata.ceasefire.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.paging.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestResponse;

/** One page of a list: its records, the total matching the filters, and opaque cursors to the next and previous pages. */
@Schema(description = "One page of a list. Follow 'next' (or the Link header rel=next) until it is null to read the whole list.")
public record PageView<T>(
        @Schema(description = "The records on this page, in the list's order.") List<T> items,
        @Schema(description = "Page size asked for (limit).", example = "25") int limit,
        @Schema(description = "Number of records matching the filters, over all pages.", example = "17") long total,
        @Schema(description = "Cursor of the next page, null on the last page.", nullable = true, example = "eyJ2YWx1ZXMiOlsiMjAxNi0wMi0xMSJdfQ") String next,
        @Schema(description = "Cursor of the previous page, null on the first page.", nullable = true, example = "eyJ2YWx1ZXMiOlsiMjAxNS0xMi0wMSJdfQ") String prev) {

    /** The page of views for a page of rows (converted as a batch). */
    public static <R, T> PageView<T> of(Page<R> page, int limit, Function<List<R>, List<T>> views) {
        return new PageView<>(views.apply(page.rows()), limit, page.total() == null ? 0 : page.total(), page.next(),
                page.prev());
    }

    /** A 200 response with RFC 8288 {@code Link} headers (path-absolute) for the next and previous pages. */
    public RestResponse<PageView<T>> response(UriInfo uri) {
        RestResponse.ResponseBuilder<PageView<T>> builder = RestResponse.ResponseBuilder.ok(this);
        if (next != null) {
            builder.header("Link", "<" + link(uri, next) + ">; rel=\"next\"");
        }
        if (prev != null) {
            builder.header("Link", "<" + link(uri, prev) + ">; rel=\"prev\"");
        }
        return builder.build();
    }

    /** The request's path and query with another cursor. */
    private static String link(UriInfo uri, String cursor) {
        // Built by hand: UriBuilder would keep '%XX' in values as escapes, changing what they mean.
        StringBuilder link = new StringBuilder(uri.getRequestUri().getRawPath());
        char separator = '?';
        MultivaluedMap<String, String> params = uri.getQueryParameters();
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            if (p.getKey().equals("cursor")) {
                continue;
            }
            link.append(separator).append(encode(p.getKey())).append('=').append(encode(String.join(",", p.getValue())));
            separator = '&';
        }
        return link.append(separator).append("cursor=").append(encode(cursor)).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
