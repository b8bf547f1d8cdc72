package org.ceasefiredata.ceasefire.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.document.DocumentQueries;
import org.ceasefiredata.ceasefire.document.DocumentView;
import org.ceasefiredata.ceasefire.document.MentionKind;
import org.ceasefiredata.ceasefire.document.MentionView;
import org.ceasefiredata.ceasefire.evidence.SourceDocument;
import org.ceasefiredata.ceasefire.kernel.Wire;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

/** The source documents over HTTP: metadata, original and cleaned texts, and the mentions found in them. */
@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "The source texts every fact cites, with their metadata, texts and mentions.")
public class DocumentResource {

    @GET
    @Operation(summary = "List documents", description = "Source documents by publication date (undated last), metadata only.")
    @APIResponse(responseCode = "200", description = "A page of documents; Link headers point to the next and previous pages.")
    @Parameter(ref = "asOf")
    @Parameter(ref = "from")
    @Parameter(ref = "to")
    @Parameter(ref = "q")
    @Parameter(ref = "slug")
    @Parameter(name = "participant", in = ParameterIn.QUERY, description = "Documents mentioning these participants (slug or any name), comma-separated.", example = "Nusra Front", schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Sort keys, comma-separated, '-' for descending: published, slug, title. Default: published,slug.", example = "-published", schema = @Schema(type = SchemaType.STRING))
    public RestResponse<PageView<DocumentView>> list(@Context UriInfo uri) {
        ListRequest request = DocumentQueries.request(uri);
        return DocumentQueries.list(request).response(uri, request);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get one document", description = "A document's metadata, its original text (which citation offsets index), its cleaned text, the segments set apart, and the mentions found in it.")
    @APIResponse(responseCode = "200", description = "The document.")
    @Parameter(ref = "asOf")
    public DocumentView get(@Parameter(description = "The document's slug.") @RestPath String slug, @Context UriInfo uri) {
        ListRequest request = ListRequest.record(uri);
        return DocumentQueries.get(slug, request.asOf())
                .orElseThrow(() -> NotFoundProblem.of("document", slug, request.asOf()));
    }

    @GET
    @Path("/{slug}/mentions")
    @Operation(summary = "Mentions in a document", description = "Participants and date expressions found automatically in the document, in text order.")
    @APIResponse(responseCode = "200", description = "The mentions.")
    public List<MentionView> mentions(@Parameter(description = "The document's slug.") @RestPath String slug,
            @Parameter(description = "participant or date; both when absent.", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "participant", "date"})) @RestQuery String kind,
            @Context UriInfo uri) {
        for (String name : uri.getQueryParameters().keySet()) {
            if (!name.equals("kind")) {
                throw new BadRequestProblem("Invalid query parameters: " + name + " is not a parameter of this resource;"
                        + " allowed: kind.",
                        List.of(new Problem.Violation(name, "is not a parameter of this resource; allowed: kind")));
            }
        }
        MentionKind k = null;
        if (kind != null) {
            try {
                k = Wire.parse(MentionKind.class, kind);
            } catch (IllegalArgumentException e) {
                throw new BadRequestProblem("Invalid query parameters: kind " + e.getMessage() + ".",
                        List.of(new Problem.Violation("kind", e.getMessage())));
            }
        }
        SourceDocument d = SourceDocument.findBySlug(slug).orElseThrow(() -> NotFoundProblem.of("document", slug, null));
        return DocumentQueries.mentions(d, k);
    }
}
