package org.ceasefiredata.ceasefire.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.kernel.InvalidInput;
import org.ceasefiredata.ceasefire.web.NotFoundProblem;
import org.ceasefiredata.ceasefire.web.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The bulk exports over HTTP: the whole ceasefire dataset as one JSON document, as CSV, NDJSON and Parquet per table,
 * as a Frictionless Data Package (descriptor, PostgreSQL DDL and zip), and the JSON Schema of the document. Bodies are
 * streamed from the database as they are written; every file carries the dataset version (weak ETag, and in the body
 * where the format has room for it), so a matching If-None-Match gets a 304 without reading anything. Every file takes
 * {@code ?generatedAt=}: the files with room for a timestamp (dataset.json, datapackage.json, schema.sql,
 * datapackage.zip, Parquet) write it; CSV, NDJSON and the JSON Schema have none and are the same with or without it.
 */
@Path("/api/v1/export")
@Tag(name = "Exports", description = "The whole dataset in files for notebooks, warehouses and spreadsheets: the same files for the same data.")
public class ExportResource {

    static final String CSV = "text/csv; charset=utf-8";
    static final String NDJSON = "application/x-ndjson";
    static final String ZIP = "application/zip";
    static final String SCHEMA_JSON = "application/schema+json";
    static final String SQL = "application/sql";
    static final String GENERATED_AT = "generatedAt";
    private static final String GENERATED_AT_DOC = "Pins the generation timestamp (ISO 8601 instant, from 1980-01-01T00:00:00Z to 2107-12-31T23:59:59Z, the times a zip archive can store), so that two downloads of the same data are byte-identical. Accepted by every export file: dataset.json, datapackage.json, schema.sql, datapackage.zip and the Parquet files write it; CSV, NDJSON and the JSON Schema have no room for it and are the same with or without it. Default: now.";
    private static final String PATH = "/api/v1/export/";

    @Inject
    ExportWriter writer;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List export files", description = "Every file of the bulk exports, with its media type and path: dataset.json and its JSON Schema, datapackage.json, schema.sql, datapackage.zip, and a CSV, an NDJSON and a Parquet file per table.")
    @APIResponse(responseCode = "200", description = "The files.")
    public List<ExportFileView> files(@Context UriInfo uri) {
        check(uri, false);
        List<ExportFileView> files = new ArrayList<>();
        files.add(new ExportFileView(ExportWriter.DATASET,
                "The whole dataset in one JSON document: every table, counts, version.",
                MediaType.APPLICATION_JSON, PATH + ExportWriter.DATASET));
        files.add(new ExportFileView(ExportWriter.SCHEMA, "JSON Schema (2020-12) of dataset.json.", SCHEMA_JSON,
                PATH + ExportWriter.SCHEMA));
        files.add(new ExportFileView(ExportWriter.DESCRIPTOR,
                "Frictionless Data Package descriptor: size, SHA-256 and Table Schema of every CSV.",
                MediaType.APPLICATION_JSON, PATH + ExportWriter.DESCRIPTOR));
        files.add(new ExportFileView(ExportWriter.DDL,
                "PostgreSQL tables (create table with types, keys, checks, comments) generated from the Table Schemas.",
                SQL, PATH + ExportWriter.DDL));
        files.add(new ExportFileView(ExportWriter.PACKAGE, "The data package: every CSV, schema.sql and the descriptor.",
                ZIP, PATH + ExportWriter.PACKAGE));
        for (ExportTable table : ExportTables.ALL) {
            files.add(new ExportFileView(table.csvName(), table.description(), CSV, PATH + table.csvName()));
            files.add(new ExportFileView(table.ndjsonName(), table.description(), NDJSON, PATH + table.ndjsonName()));
            files.add(new ExportFileView(table.parquetName(), table.description(), ParquetFiles.MEDIA_TYPE,
                    PATH + table.parquetName()));
        }
        return files;
    }

    @GET
    @Path("/dataset.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The whole dataset as JSON", description = "One document with the version, the generation time, row counts and every table (documents with their SHA-256, participants, names, offices, memberships, meetings, participations, commitments, parties, deadlines, setters, status assessments, claims, citations, mentions), one record per line. Its JSON Schema is /api/v1/export/dataset.schema.json. Streamed.")
    @APIResponse(responseCode = "200", description = "The dataset.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "See dataset.schema.json.")))
    @APIResponse(responseCode = "304", description = "The dataset version named in If-None-Match is current.")
    public Response dataset(
            @Parameter(description = GENERATED_AT_DOC, example = "2016-03-01T00:00:00Z") @RestQuery String generatedAt,
            @Context UriInfo uri) {
        Instant at = check(uri, true);
        return file(ExportWriter.DATASET, MediaType.APPLICATION_JSON, out -> writer.dataset(at, out));
    }

    @GET
    @Path("/dataset.schema.json")
    @Produces({SCHEMA_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "JSON Schema of dataset.json", description = "Generated from the code that writes dataset.json (JSON Schema 2020-12, valid in strict validators); the same document is committed as openapi/dataset.schema.json.")
    @APIResponse(responseCode = "200", description = "The schema.", content = @Content(mediaType = SCHEMA_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "A JSON Schema.")))
    @APIResponse(responseCode = "304", description = "The dataset version named in If-None-Match is current.")
    public Response schema(
            @Parameter(description = GENERATED_AT_DOC, example = "2016-03-01T00:00:00Z") @RestQuery String generatedAt,
            @Context UriInfo uri) {
        check(uri, true);
        return Response.ok(writer.schema(), SCHEMA_JSON)
                .header("Content-Disposition", "inline; filename=\"" + ExportWriter.SCHEMA + "\"").build();
    }

    @GET
    @Path("/datapackage.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Data package descriptor", description = "Frictionless Data Package descriptor (tabular-data-package, valid in strict mode): id, homepage, contributors, licence and attribution, the source documents, a semantic version (export format version + dataset version as build metadata), and for every CSV its size, SHA-256, dialect and Table Schema (field types, required fields, vocabularies, primary key, foreign keys). The sizes and hashes are computed once per dataset version (the first time by reading every table) and kept.")
    @APIResponse(responseCode = "200", description = "The descriptor.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT, description = "A Frictionless Data Package descriptor.")))
    @APIResponse(responseCode = "304", description = "The dataset version named in If-None-Match is current.")
    public Response descriptor(
            @Parameter(description = GENERATED_AT_DOC, example = "2016-03-01T00:00:00Z") @RestQuery String generatedAt,
            @Context UriInfo uri) {
        Instant at = check(uri, true);
        return file(ExportWriter.DESCRIPTOR, MediaType.APPLICATION_JSON, out -> writer.descriptor(at, out));
    }

    @GET
    @Path("/schema.sql")
    @Produces(SQL)
    @Operation(summary = "PostgreSQL DDL", description = "create table statements for every table of the data package, generated from its Table Schemas: types, not null, primary and foreign keys, vocabularies as check constraints, descriptions as comments; tables in load order, the COPY commands in a comment at the top. No identifier needs quoting.")
    @APIResponse(responseCode = "200", description = "The DDL.", content = @Content(mediaType = SQL, schema = @Schema(type = SchemaType.STRING, description = "SQL text.")))
    @APIResponse(responseCode = "304", description = "The dataset version named in If-None-Match is current.")
    public Response ddl(
            @Parameter(description = GENERATED_AT_DOC, example = "2016-03-01T00:00:00Z") @RestQuery String generatedAt,
            @Context UriInfo uri) {
        Instant at = check(uri, true);
        return file(ExportWriter.DDL, SQL, out -> writer.ddl(at, out));
    }

    @GET
    @Path("/datapackage.zip")
    @Produces(ZIP)
    @Operation(summary = "Data package (zip)", description = "Every CSV, schema.sql and datapackage.json (last: it lists the sizes and hashes of the CSVs) in one zip archive, read from one snapshot of the data. Streamed.")
    @APIResponse(responseCode = "200", description = "The archive.", content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary", description = "A zip archive.")))
    @APIResponse(responseCode = "304", description = "The dataset version named in If-None-Match is current.")
    public Response dataPackage(
            @Parameter(description = GENERATED_AT_DOC, example = "2016-03-01T00:00:00Z") @RestQuery String generatedAt,
            @Context UriInfo uri) {
        Instant at = check(uri, true);
        return file(ExportWriter.PACKAGE, ZIP, out -> writer.dataPackage(at, out));
    }

    @GET
    @Path("/{table}.csv")
    @Produces(CSV)
    @Operation(summary = "One table as CSV", description = "RFC 4180 CSV in UTF-8 with a header row; dates in ISO 8601 with a precision column; rows sorted by natural key. Its Table Schema is in datapackage.json. Streamed.")
    @APIResponse(responseCode = "200", description = "The table.", content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, description = "CSV text.")))
    @APIResponse(responseCode = "304", description = "The dataset version named in If-None-Match is current.")
    @APIResponse(ref = "NotFound", responseCode = "404")
    public Response csv(@Parameter(description = "Table name.", example = "meetings") @RestPath String table,
            @Parameter(description = GENERATED_AT_DOC, example = "2016-03-01T00:00:00Z") @RestQuery String generatedAt,
            @Context UriInfo uri) {
        check(uri, true);
        ExportTable t = table(table);
        return file(t.csvName(), CSV, out -> writer.csv(t, out));
    }

    @GET
    @Path("/{table}.ndjson")
    @Produces(NDJSON)
    @Operation(summary = "One table as NDJSON", description = "One JSON object per line (the same columns and order as the CSV; absent values are null). Streamed.")
    @APIResponse(responseCode = "200", description = "The table.", content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, description = "Newline-delimited JSON.")))
    @APIResponse(responseCode = "304", description = "The dataset version named in If-None-Match is current.")
    @APIResponse(ref = "NotFound", responseCode = "404")
    public Response ndjson(@Parameter(description = "Table name.", example = "meetings") @RestPath String table,
            @Parameter(description = GENERATED_AT_DOC, example = "2016-03-01T00:00:00Z") @RestQuery String generatedAt,
            @Context UriInfo uri) {
        check(uri, true);
        ExportTable t = table(table);
        return file(t.ndjsonName(), NDJSON, out -> writer.ndjson(t, out));
    }

    @GET
    @Path("/{table}.parquet")
    @Produces(ParquetFiles.MEDIA_TYPE)
    @Operation(summary = "One table as Parquet", description = "The CSV's rows and columns with the Table Schema's types (dates as DATE, integers as INT64, booleans as BOOLEAN, text and ids as strings), zstd-compressed, written by DuckDB; the footer's key-value metadata holds the version, the generation time and the Table Schema. Byte-identical for the same data and generatedAt.")
    @APIResponse(responseCode = "200", description = "The table.", content = @Content(mediaType = ParquetFiles.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary", description = "A Parquet file.")))
    @APIResponse(responseCode = "304", description = "The dataset version named in If-None-Match is current.")
    @APIResponse(ref = "NotFound", responseCode = "404")
    public Response parquet(@Parameter(description = "Table name.", example = "meetings") @RestPath String table,
            @Parameter(description = GENERATED_AT_DOC, example = "2016-03-01T00:00:00Z") @RestQuery String generatedAt,
            @Context UriInfo uri) {
        Instant at = check(uri, true);
        ExportTable t = table(table);
        return file(t.parquetName(), ParquetFiles.MEDIA_TYPE, out -> writer.parquet(t, at, out));
    }

    private static ExportTable table(String name) {
        return ExportTables.named(name).orElseThrow(
                () -> new NotFoundProblem("No exported table '" + name + "'; tables: " + ExportTables.names() + "."));
    }

    private Response file(String name, String type, StreamingOutput body) {
        if (writer.isLoading()) {
            throw new WebApplicationException(Response.status(Response.Status.SERVICE_UNAVAILABLE).build());
        }
        String disposition = type.startsWith(MediaType.APPLICATION_JSON) ? "inline" : "attachment";
        return Response.ok(body, type).header("Content-Disposition", disposition + "; filename=\"" + name + "\"").build();
    }

    /**
     * Rejects unknown query parameters (a typo must not go unnoticed) and a malformed or out-of-range
     * {@code generatedAt}; returns the generation time to write.
     */
    private static Instant check(UriInfo uri, boolean file) {
        Set<String> allowed = file ? Set.of(GENERATED_AT) : Set.of();
        List<Problem.Violation> violations = new ArrayList<>();
        for (String name : new TreeSet<>(uri.getQueryParameters().keySet())) {
            if (!allowed.contains(name)) {
                violations.add(new Problem.Violation(name, "is not a parameter of this resource; allowed: "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed))));
            }
        }
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> pinned = uri.getQueryParameters().get(GENERATED_AT);
        if (file && pinned != null) {
            if (pinned.size() != 1) {
                violations.add(new Problem.Violation(GENERATED_AT, "must be given once; got " + pinned.size() + " values"));
            } else {
                try {
                    at = GeneratedAt.parse(pinned.get(0));
                } catch (IllegalArgumentException e) {
                    violations.add(new Problem.Violation(GENERATED_AT, e.getMessage()));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations.stream().map(v -> new InvalidInput.Violation(v.field(), v.message())).toList());
        }
        return at;
    }
}
