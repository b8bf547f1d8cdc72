package org.ceasefiredata.ceasefire.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.search.SearchHitView;
import org.ceasefiredata.ceasefire.search.SearchQueries;
import org.ceasefiredata.ceasefire.search.TimelineEntryView;
import org.ceasefiredata.ceasefire.search.TimelineQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Search and the timeline: questions across all kinds of record. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search and timeline", description = "Ranked full-text search over every record and document, and one chronological timeline of meetings, deadlines and commitments.")
public class SearchResource {

    @GET
    @Path("/search")
    @Operation(summary = "Search everything", description = "Ranked full-text search (English stemming) over meetings, participants, commitments, deadlines and document texts. Web-search syntax: \"quoted phrase\", or, -excluded. Any name of a participant finds records that use another of its names: 'Nusra Front' finds 'Jabhat al-Nusra'.")
    @APIResponse(responseCode = "200", description = "A page of hits, most relevant first.")
    @Parameter(name = "q", in = ParameterIn.QUERY, required = true, description = "What to search for, in web-search syntax.", example = "\"Nusra Front\" -ISIS", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "type", in = ParameterIn.QUERY, description = "Kinds of record, comma-separated: meeting, participant, commitment, deadline, document.", example = "document,meeting", schema = @Schema(type = SchemaType.STRING))
    @Parameter(ref = "from")
    @Parameter(ref = "to")
    public RestResponse<PageView<SearchHitView>> search(@Context UriInfo uri) {
        ListRequest request = SearchQueries.request(uri);
        return PageView.of(SearchQueries.search(request), request).response(uri, request);
    }

    @GET
    @Path("/timeline")
    @Operation(summary = "Timeline", description = "Meetings, deadlines and commitments in one chronological list, ordered by their date windows (first possible day, then last): 'fall 2015' sorts as a range, not as a fake day. Undated records are left out.")
    @APIResponse(responseCode = "200", description = "A page of timeline entries.")
    @Parameter(ref = "from")
    @Parameter(ref = "to")
    @Parameter(ref = "participant")
    @Parameter(ref = "asOf")
    @Parameter(name = "type", in = ParameterIn.QUERY, description = "Kinds of entry, comma-separated: meeting, deadline, commitment.", example = "deadline", schema = @Schema(type = SchemaType.STRING))
    public RestResponse<PageView<TimelineEntryView>> timeline(@Context UriInfo uri) {
        ListRequest request = TimelineQueries.request(uri);
        return PageView.of(TimelineQueries.timeline(request), request).response(uri, request);
    }
}
