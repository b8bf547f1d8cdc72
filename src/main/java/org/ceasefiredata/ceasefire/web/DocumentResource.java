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

import org.ceasefiredata.ceasefire.document.DocumentFilter;
import org.ceasefiredata.ceasefire.document.DocumentRepository;
import org.ceasefiredata.ceasefire.document.DocumentRow;
import org.ceasefiredata.ceasefire.document.MentionKind;
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

/** The source documents over HTTP: metadata, original and cleaned texts, and the mentions found in them. */
@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "The source texts every fact cites, with their metadata, texts and mentions.")
public class DocumentResource {

    @Inject
    DocumentRepository documents;
    @Inject
    Views views;

    @GET
    @Operation(summary = "List documents", description = "Source documents by publication date (undated last), metadata only.")
    @APIResponse(responseCode = "200", description = "A page of documents; Link headers point to the next and previous pages.")
    public RestResponse<PageView<DocumentView>> list(@BeanParam DocumentFilter filter, @BeanParam Paging paging,
            @Parameter(description = "Sort keys, comma-separated, '-' for descending: published, slug, title. Default: published,slug.", example = "-published", schema = @Schema(type = SchemaType.STRING)) @RestQuery String sort,
            @Parameter(ref = "fields") @RestQuery @Separator(",") List<String> fields,
            @Context UriInfo uri) {
        Include.fields(fields, DocumentView.class);
        PageRequest page = paging.request(sort, DocumentRepository.SORT, DocumentRepository.DEFAULT_SORT);
        return PageView.of(documents.page(filter, page), page.limit(), views::documentSummaries).response(uri);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get one document", description = "A document's metadata, its original text (which citation offsets index), its cleaned text, the segments set apart, and the mentions found in it.")
    @APIResponse(responseCode = "200", description = "The document.")
    public DocumentView get(
            @Parameter(description = "The document's slug.", example = "ap-geneva-kerry-lavrov-2016-08-26") @RestPath String slug,
            @Parameter(ref = "asOf") @RestQuery String asOf,
            @Parameter(ref = "fields") @RestQuery @Separator(",") List<String> fields) {
        Include kept = Include.fields(fields, DocumentView.class);
        java.time.LocalDate day = Days.asOf(asOf);
        DocumentRow document = documents.bySlug(slug, day).orElseThrow(() -> NotFoundProblem.of("document", slug, day));
        return views.document(document, kept);
    }

    @GET
    @Path("/{slug}/mentions")
    @Operation(summary = "Mentions in a document", description = "Participants and date expressions found automatically in the document, in text order.")
    @APIResponse(responseCode = "200", description = "The mentions.")
    public List<MentionView> mentions(
            @Parameter(description = "The document's slug.", example = "ap-geneva-kerry-lavrov-2016-08-26") @RestPath String slug,
            @Parameter(description = "participant or date; both when absent.", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "participant", "date"})) @RestQuery MentionKind kind,
            @Parameter(ref = "fields") @RestQuery @Separator(",") List<String> fields) {
        Include.fields(fields, MentionView.class);
        DocumentRow document = documents.bySlug(slug, null).orElseThrow(() -> NotFoundProblem.of("document", slug, null));
        return views.mentions(document, kind);
    }
}
