package org.ceasefiredata.ceasefire.web;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.paging.PageRequest;
import org.ceasefiredata.ceasefire.search.SearchFilter;
import org.ceasefiredata.ceasefire.search.SearchRepository;
import org.ceasefiredata.ceasefire.search.TimelineFilter;
import org.ceasefiredata.ceasefire.search.TimelineRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.Separator;

/** Search and the timeline: questions across all kinds of record. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search and timeline", description = "Ranked full-text search over every record and document, and one chronological timeline of meetings, deadlines and commitments.")
public class SearchResource {

    @Inject
    SearchRepository search;
    @Inject
    TimelineRepository timeline;

    @GET
    @Path("/search")
    @Operation(summary = "Search everything", description = "Ranked full-text search (English stemming) over meetings, participants, commitments, deadlines and document texts. Web-search syntax: \"quoted phrase\", or, -excluded. Any name of a participant finds records that use another of its names: 'Nusra Front' finds 'Jabhat al-Nusra'. Each word of two or more characters also finds the words it begins, for typeahead ('Lavr' finds Lavrov, 'Serg' finds Sergey Lavrov); records with the whole words rank first.")
    @APIResponse(responseCode = "200", description = "A page of hits, most relevant first.")
    public RestResponse<PageView<SearchHitView>> search(@BeanParam SearchFilter filter, @BeanParam Paging paging,
            @Parameter(ref = "fields") @RestQuery @Separator(",") List<String> fields, @Context UriInfo uri) {
        Include.fields(fields, SearchHitView.class);
        PageRequest page = paging.request(null, List.of(), List.of());
        return PageView.of(search.search(filter, page), page.limit(), rows -> rows.stream()
                .map(h -> new SearchHitView(h.type().wire(), h.slug(), h.title(), h.snippet(), h.rank(),
                        "/api/v1/" + h.type().wire() + "s/" + h.slug()))
                .toList()).response(uri);
    }

    @GET
    @Path("/timeline")
    @Operation(summary = "Timeline", description = "Meetings, deadlines and commitments in one chronological list, ordered by their date windows (first possible day, then last): 'fall 2015' sorts as a range, not as a fake day. Undated records are left out.")
    @APIResponse(responseCode = "200", description = "A page of timeline entries.")
    public RestResponse<PageView<TimelineEntryView>> timeline(@BeanParam TimelineFilter filter, @BeanParam Paging paging,
            @Parameter(ref = "fields") @RestQuery @Separator(",") List<String> fields, @Context UriInfo uri) {
        Include.fields(fields, TimelineEntryView.class);
        PageRequest page = paging.request(null, List.of(), List.of());
        return PageView.of(timeline.timeline(filter, page), page.limit(), rows -> rows.stream()
                .map(e -> new TimelineEntryView(e.type().wire(), e.slug(), e.title(), e.date(),
                        e.status().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        "/api/v1/" + e.type().wire() + "s/" + e.slug()))
                .toList()).response(uri);
    }
}
