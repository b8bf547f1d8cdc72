package org.ceasefiredata.ceasefire.export;

import static io.restassured.RestAssured.given;
import static org.ceasefiredata.ceasefire.export.ExportFiles.JSON;
import static org.ceasefiredata.ceasefire.export.ExportFiles.PINNED;
import static org.ceasefiredata.ceasefire.export.ExportFiles.csv;
import static org.ceasefiredata.ceasefire.export.ExportFiles.get;
import static org.ceasefiredata.ceasefire.export.ExportFiles.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVRecord;
import org.ceasefiredata.ceasefire.web.ApiContract;
import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.quarkus.test.junit.QuarkusTest;

/** The bulk exports: conformance of every CSV to its Table Schema, counts, the JSON Schema, stability, HTTP. */
@QuarkusTest
class ExportResourceTest {

    static final Path COMMITTED_SCHEMA = Path.of("openapi", "dataset.schema.json");

    @Test
    void everyCsvRowConformsToItsTableSchemaAndEveryForeignKeyResolves() throws IOException {
        JsonNode descriptor = json("datapackage.json");
        assertEquals(ExportTables.ALL.size(), descriptor.path("resources").size());
        Map<String, Set<String>> keys = new HashMap<>();
        Map<String, List<CSVRecord>> rows = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode resource : descriptor.path("resources")) {
            String name = resource.path("name").asText();
            ExportFiles.CsvTable table = csv(get(resource.path("path").asText()));
            JsonNode schema = resource.path("schema");
            List<String> fields = new ArrayList<>();
            schema.path("fields").forEach(f -> fields.add(f.path("name").asText()));
            assertEquals(fields, table.header(), name + ": header");
            assertTrue(table.rows().size() > 0 || Set.of("claims", "participant_offices").contains(name),
                    name + " is empty");
            String key = schema.path("primaryKey").path(0).asText();
            Set<String> seen = new HashSet<>();
            for (CSVRecord row : table.rows()) {
                assertEquals(fields.size(), row.size(), name + " row " + row.getRecordNumber());
                for (JsonNode field : schema.path("fields")) {
                    String value = row.get(field.path("name").asText());
                    String where = name + " row " + row.getRecordNumber() + " " + field.path("name").asText() + "='"
                            + value + "'";
                    if (value.isEmpty()) {
                        if (field.path("constraints").path("required").asBoolean()) {
                            problems.add(where + ": required");
                        }
                        continue;
                    }
                    if (!conforms(field.path("type").asText() + "/" + field.path("format").asText(), value)) {
                        problems.add(where + ": not a " + field.path("type").asText());
                    }
                    JsonNode allowed = field.path("constraints").path("enum");
                    if (allowed.isArray() && !allowed.toString().contains(JSON.writeValueAsString(value))) {
                        problems.add(where + ": not one of " + allowed);
                    }
                }
                if (!seen.add(row.get(key))) {
                    problems.add(name + ": duplicate key " + row.get(key));
                }
            }
            keys.put(name, seen);
            rows.put(name, table.rows());
        }
        for (JsonNode resource : descriptor.path("resources")) {
            String name = resource.path("name").asText();
            for (JsonNode fk : resource.path("schema").path("foreignKeys")) {
                String column = fk.path("fields").path(0).asText();
                String target = fk.path("reference").path("resource").asText();
                Set<String> targetKeys = keys.get(target.isEmpty() ? name : target);
                for (CSVRecord row : rows.get(name)) {
                    String value = row.get(column);
                    if (!value.isEmpty() && !targetKeys.contains(value)) {
                        problems.add(name + "." + column + "='" + value + "' has no row in " + target);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean conforms(String type, String value) {
        try {
            switch (type) {
                case "integer/default" -> Long.parseLong(value);
                case "number/default" -> Double.parseDouble(value);
                case "date/default" -> LocalDate.parse(value);
                case "boolean/default" -> {
                    return value.equals("true") || value.equals("false");
                }
                case "string/default" -> {
                    return true;
                }
                case "string/uuid" -> {
                    return UUID.fromString(value).toString().equals(value) && UUID.fromString(value).version() == 5;
                }
                default -> {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Test
    void rowCountsMatchTheApiTotals() throws IOException {
        Map<String, String> lists = Map.of("documents", "documents", "participants", "participants", "meetings",
                "meetings", "commitments", "commitments", "deadlines", "deadlines");
        JsonNode counts = json("dataset.json").path("counts");
        lists.forEach((table, list) -> {
            int total = given().when().get("/api/v1/" + list + "?limit=1").then().statusCode(200).extract().path("total");
            assertEquals(total, counts.path(table).asInt(), table + " count in dataset.json");
        });
        for (ExportTable table : ExportTables.ALL) {
            assertEquals(counts.path(table.name()).asLong(), csv(get(table.csvName())).rows().size(), table.name() + ".csv");
            String ndjson = new String(get(table.ndjsonName()), StandardCharsets.UTF_8);
            long lines = ndjson.lines().filter(l -> !l.isEmpty()).count();
            assertEquals(counts.path(table.name()).asLong(), lines, table.name() + ".ndjson");
        }
        assertTrue(counts.path("citations").asLong() > 0);
    }

    @Test
    void datasetJsonValidatesAgainstItsSchema() throws IOException {
        byte[] served = get("dataset.schema.json");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "dataset.schema.json"), served);
        assertEquals(Files.readString(COMMITTED_SCHEMA), new String(served, StandardCharsets.UTF_8),
                "openapi/dataset.schema.json differs from the served schema: copy target/dataset.schema.json there");
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new String(served, StandardCharsets.UTF_8));
        JsonNode dataset = json("dataset.json");
        Set<ValidationMessage> errors = schema.validate(dataset);
        assertEquals(Set.of(), errors);
        // The schema can fail: a record with a column too many, or a required value missing, is caught.
        ((com.fasterxml.jackson.databind.node.ObjectNode) dataset.path("meetings").path(0)).put("extra", 1);
        ((com.fasterxml.jackson.databind.node.ObjectNode) dataset.path("documents").path(0)).putNull("sha256");
        assertEquals(2, schema.validate(dataset).size(), schema.validate(dataset).toString());
    }

    @Test
    void exportsAreIdenticalAcrossRunsWithAPinnedTimestamp() {
        List<String> files = new ArrayList<>(List.of("dataset.json", "datapackage.json", "schema.sql", "datapackage.zip"));
        for (ExportTable table : ExportTables.ALL) {
            files.add(table.csvName());
            files.add(table.ndjsonName());
            files.add(table.parquetName());
        }
        for (String file : files) {
            assertArrayEquals(get(file + "?generatedAt=" + PINNED), get(file + "?generatedAt=" + PINNED), file);
        }
    }

    @Test
    void theZipHoldsEveryCsvTheDdlAndLastTheDescriptor() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(
                new ByteArrayInputStream(get("datapackage.zip?generatedAt=" + PINNED)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(LocalDateTime.parse("2016-02-27T00:00:00"), e.getTimeLocal(), e.getName());
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        List<String> expected = new ArrayList<>(ExportTables.ALL.stream().map(ExportTable::csvName).toList());
        expected.addAll(List.of("schema.sql", "datapackage.json"));
        assertEquals(expected, List.copyOf(entries.keySet()));
        assertArrayEquals(get("datapackage.json?generatedAt=" + PINNED), entries.get("datapackage.json"));
        assertArrayEquals(get("schema.sql?generatedAt=" + PINNED), entries.get("schema.sql"));
        for (ExportTable table : ExportTables.ALL) {
            assertArrayEquals(get(table.csvName()), entries.get(table.csvName()), table.csvName());
        }
    }

    @Test
    void theDescriptorGivesTheSizeAndSha256OfEveryCsv() throws Exception {
        JsonNode descriptor = json("datapackage.json");
        for (JsonNode resource : descriptor.path("resources")) {
            byte[] csv = get(resource.path("path").asText());
            assertEquals(csv.length, resource.path("bytes").asLong(), resource.path("name").asText());
            assertEquals("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv)),
                    resource.path("hash").asText(), resource.path("name").asText());
        }
        assertEquals(Dataset.ID, descriptor.path("id").asText());
        assertTrue(descriptor.path("contributors").size() > 0);
        // The export format's semantic version, the dataset version as build metadata.
        assertTrue(descriptor.path("version").asText()
                .matches(java.util.regex.Pattern.quote(Dataset.FORMAT_VERSION) + "\\+[0-9a-f]{16}\\.[0-9]+"),
                descriptor.path("version").asText());
    }

    @Test
    void generatedAtIsAcceptedByEveryFileAndWrittenWhereTheFormatHasRoom(@TempDir Path dir) throws Exception {
        String other = "2016-09-12T19:00:00Z";
        assertEquals(other, json("dataset.json?generatedAt=" + other).path("generated_at").asText());
        assertEquals(other, json("datapackage.json?generatedAt=" + other).path("created").asText());
        assertTrue(new String(get("schema.sql?generatedAt=" + other), StandardCharsets.UTF_8)
                .contains("generated " + other), "schema.sql names its generation time");
        Path parquet = dir.resolve("meetings.parquet");
        Files.write(parquet, get("meetings.parquet?generatedAt=" + other));
        try (Connection duck = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
                Statement s = duck.createStatement();
                ResultSet rs = s.executeQuery("select value::varchar from parquet_kv_metadata('" + parquet
                        + "') where key::varchar = 'generated_at'")) {
            assertTrue(rs.next());
            assertEquals(other, rs.getString(1));
        }
        // No room in CSV, NDJSON or the JSON Schema: the same bytes with or without it.
        for (String file : List.of("meetings.csv", "citations.ndjson", "dataset.schema.json")) {
            assertArrayEquals(get(file), get(file + "?generatedAt=" + other), file);
        }
    }

    @Test
    void exportsCarryTheDatasetVersionAndAnswer304() throws IOException {
        String etag = ApiContract.given().when().get("/api/v1/export/dataset.json").then().statusCode(200)
                .header("Content-Type", startsWith("application/json"))
                .extract().header("ETag");
        JsonNode dataset = json("dataset.json?generatedAt=" + PINNED);
        assertEquals("W/\"" + dataset.path("version").asText().substring((Dataset.FORMAT_VERSION + "+").length()) + "\"", etag);
        assertEquals(PINNED, dataset.path("generated_at").asText());
        assertEquals(dataset.path("version"), json("datapackage.json").path("version"));
        for (String file : List.of("dataset.json", "datapackage.zip", "meetings.csv", "citations.ndjson",
                "dataset.schema.json", "datapackage.json", "schema.sql", "claims.parquet")) {
            given().header("If-None-Match", etag).when().get("/api/v1/export/" + file).then().statusCode(304)
                    .header("ETag", etag);
        }
        ApiContract.given().when().get("/api/v1/export/meetings.csv").then().statusCode(200)
                .header("Content-Type", startsWith("text/csv")).header("ETag", etag);
        ApiContract.given().when().get("/api/v1/export").then().statusCode(200)
                .body("name", hasItems("mentions.ndjson", "mentions.parquet", "schema.sql"));
    }

    @Test
    void badRequestsAreProblems() {
        ApiContract.given().when().get("/api/v1/export/treaties.csv").then().statusCode(404)
                .contentType("application/problem+json").body("detail", startsWith("No exported table 'treaties'"));
        given().when().get("/api/v1/export/treaties.parquet").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/export/meetings.xlsx").then().statusCode(404)
                .contentType("application/problem+json");
        ApiContract.given().queryParam("limit", 5).when().get("/api/v1/export/meetings.csv").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("limit"));
        given().header("If-None-Match", "*").queryParam("generatedAt", "2016-13-01").when()
                .get("/api/v1/export/datapackage.zip").then().statusCode(400);
        given().accept("application/json").when().get("/api/v1/export/meetings.csv").then().statusCode(406);
        given().queryParam("generatedAt", PINNED).queryParam("generatedAt", PINNED).when()
                .get("/api/v1/export/dataset.json").then().statusCode(400)
                .body("violations[0].field", equalTo("generatedAt"));
    }

    @ParameterizedTest(name = "{0}?generatedAt={1}")
    @CsvSource({"datapackage.zip, -1000000000-01-01T00:00:00Z", "datapackage.zip, +1000000000-12-31T23:59:59Z",
            "datapackage.zip, 1979-12-31T23:59:59Z", "dataset.json, 2108-01-01T00:00:00Z", "datapackage.json, yesterday",
            "schema.sql, 2016-02-30T00:00:00Z", "meetings.csv, 2016", "citations.ndjson, ''", "claims.parquet, 0",
            "dataset.schema.json, 1970-01-01T00:00:00Z"})
    void aMalformedOrOutOfRangeGeneratedAtIsA400OnEveryFile(String file, String generatedAt) {
        ApiContract.given().queryParam("generatedAt", generatedAt).when().get("/api/v1/export/" + file).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("generatedAt"))
                .body("violations[0].message", generatedAt.isEmpty()
                        ? equalTo("is empty; give it a value or leave it out")
                        : startsWith("must be one ISO 8601 instant"));
    }

    @Test
    void theEdgesOfTheGeneratedAtRangeAreAccepted() {
        for (String at : List.of("1980-01-01T00:00:00Z", "2107-12-31T23:59:59Z")) {
            assertEquals(at, given().queryParam("generatedAt", at).when().get("/api/v1/export/datapackage.json").then()
                    .statusCode(200).extract().path("created"));
            given().queryParam("generatedAt", at).when().get("/api/v1/export/datapackage.zip").then().statusCode(200);
        }
    }
}
