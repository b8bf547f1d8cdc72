package org.ceasefiredata.ceasefire.web;

import jakarta.ws.rs.core.Application;

import org.ceasefiredata.ceasefire.kernel.Docs;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The public read API of the ceasefire dataset; its OpenAPI components (parameters and error responses shared by every
 * list) are defined here once and referenced by the resources.
 */
@OpenAPIDefinition(info = @Info(title = "Syria ceasefire dataset API", version = "0.1.0"), components = @Components(parameters = {
        @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Page size, 1 to 100.", example = "25", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "25")),
        @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "Opaque cursor from the 'next' or 'prev' field (or Link header) of a previous page of the same query.", schema = @Schema(type = SchemaType.STRING)),
        @Parameter(name = "asOf", in = ParameterIn.QUERY, description = Docs.AS_OF, example = "2016-07-31", schema = @Schema(type = SchemaType.STRING)),
        @Parameter(name = "fields", in = ParameterIn.QUERY, description = CeasefireApi.FIELDS, example = "slug,title,participants.name", schema = @Schema(type = SchemaType.STRING)),
        @Parameter(name = "format", in = ParameterIn.QUERY, description = CeasefireApi.CITE_FORMAT, example = "bibtex", schema = @Schema(type = SchemaType.STRING, enumeration = {
                "csl-json", "bibtex", "ris", "apa", "chicago"}))}, responses = {
                        @APIResponse(name = "Citation", responseCode = "200", description = CeasefireApi.CITATION, content = {
                                @Content(mediaType = CeasefireApi.CSL, schema = @Schema(type = SchemaType.ARRAY, description = "CSL-JSON items.")),
                                @Content(mediaType = CeasefireApi.BIBTEX, schema = @Schema(type = SchemaType.STRING, description = "A BibTeX entry.")),
                                @Content(mediaType = CeasefireApi.RIS, schema = @Schema(type = SchemaType.STRING, description = "An RIS record.")),
                                @Content(mediaType = CeasefireApi.BIBLIOGRAPHY, schema = @Schema(type = SchemaType.STRING, description = "A formatted reference."))}),
                        @APIResponse(name = "BadRequest", responseCode = "400", description = "A parameter is invalid: the detail says which and why, 'violations' lists each.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "NotFound", responseCode = "404", description = "No record has this slug (or none was known as of the given day).", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "NotAcceptable", responseCode = "406", description = "The Accept header allows no type this endpoint produces (application/json).", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))}))
public class CeasefireApi extends Application {

    /** Media types of the references the cite endpoints answer with. */
    public static final String CSL = "application/vnd.citationstyles.csl+json";
    public static final String BIBTEX = "application/x-bibtex";
    public static final String RIS = "application/x-research-info-systems";
    public static final String BIBLIOGRAPHY = "text/x-bibliography";
    static final String CITE_FORMAT = "csl-json (default), bibtex, ris, apa or chicago (author-date). Without it the Accept header chooses: "
            + CSL + ", " + BIBTEX + ", " + RIS + ", " + BIBLIOGRAPHY + " (style=apa or style=chicago-author-date).";
    static final String FIELDS = "Properties to keep in each record, comma-separated; dotted for the properties of the records it embeds (participants.name, commitments.deadlines.due). Without it, every property. A page's own properties (limit, total, next, prev) always come. A relation named here must be embedded (include=); relations, citations and claims left out are not read at all, so a narrow selection is also a faster answer.";
    static final String CITATION = "The reference. CSL-JSON is an array of one item (the CSL-JSON schema's csl-data.json); BibTeX an @misc entry (@article for a news text); RIS one record (TY DATA, or NEWS); APA and Chicago one formatted reference, as plain text.";
}
