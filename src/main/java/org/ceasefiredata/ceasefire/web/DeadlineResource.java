package org.ceasefiredata.ceasefire.web;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.commitment.DeadlineFilter;
import org.ceasefiredata.ceasefire.commitment.DeadlineRepository;
import org.ceasefiredata.ceasefire.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.Separator;

/** Deadlines of the ceasefire process over HTTP. */
@Path("/api/v1/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines", description = "Target dates and time limits, absolute or relative, and whether they were met.")
public class DeadlineResource {

    static final String SORT = "Sort keys, comma-separated, '-' for descending: due, dueEnd, slug, status (not with asOf). Default: due,dueEnd,slug.";
    static final String LIST_INCLUDE = "Related records to embed: history.";
    static final String DETAIL_INCLUDE = "Related records to embed: history. Default: history. The deadline's own setters, citations and claims always come.";
    static final Set<String> INCLUDES = Set.of("history");

    @Inject
    Views views;

    @GET
    @Operation(summary = "List deadlines", description = "Deadlines by the window they fall due in (undated last). 'from'/'to' match deadlines whose due window overlaps; 'status' filters on the status as assessed on the asOf day when one is given (status=missed answers 'which deadlines were missed?').")
    @APIResponse(responseCode = "200", description = "A page of deadlines; Link headers point to the next and previous pages.")
    public RestResponse<PageView<DeadlineView>> list(@BeanParam DeadlineFilter filter, @BeanParam Paging paging,
            @Parameter(description = SORT, example = "due", schema = @Schema(type = SchemaType.STRING)) @RestQuery String sort,
            @Parameter(description = LIST_INCLUDE, example = "history", schema = @Schema(type = SchemaType.STRING)) @RestQuery @Separator(",") List<String> include,
            @Parameter(ref = "fields") @RestQuery @Separator(",") List<String> fields,
            @Context UriInfo uri) {
        return list(filter, paging, sort, include, fields, uri, views);
    }

    /** The deadline list as asked for: also answers the deadlines of a commitment, a meeting or a participant. */
    static RestResponse<PageView<DeadlineView>> list(DeadlineFilter filter, Paging paging, String sort,
            List<String> include, List<String> fields, UriInfo uri, Views views) {
        PageRequest page = paging.request(sort, DeadlineRepository.SORT, DeadlineRepository.DEFAULT_SORT);
        Include embed = Include.parse(include, fields, INCLUDES, Include.none(), DeadlineView.class);
        return views.deadlines(filter, page, embed).response(uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get one deadline", description = "A deadline with its due window, anchor and offset, setters, commitment, meeting, status history, claims and citations.")
    @APIResponse(responseCode = "200", description = "The deadline.")
    public DeadlineView get(
            @Parameter(description = "The deadline's slug.", example = "august-1-transition-deadline") @RestPath String slug,
            @Parameter(ref = "asOf") @RestQuery String asOf,
            @Parameter(description = DETAIL_INCLUDE, example = "history", schema = @Schema(type = SchemaType.STRING)) @RestQuery @Separator(",") List<String> include,
            @Parameter(ref = "fields") @RestQuery @Separator(",") List<String> fields) {
        Include embed = Include.parse(include, fields, INCLUDES, Views.DEADLINE_DEFAULT, DeadlineView.class);
        java.time.LocalDate day = Days.asOf(asOf);
        return views.deadline(slug, day, embed).orElseThrow(() -> NotFoundProblem.of("deadline", slug, day));
    }
}
