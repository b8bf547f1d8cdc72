package org.ceasefiredata.ceasefire.export;

import static io.restassured.RestAssured.given;
import static org.ceasefiredata.ceasefire.export.ExportFiles.JSON;
import static org.ceasefiredata.ceasefire.export.ExportFiles.PINNED;
import static org.ceasefiredata.ceasefire.export.ExportFiles.csv;
import static org.ceasefiredata.ceasefire.export.ExportFiles.get;
import static org.ceasefiredata.ceasefire.export.ExportFiles.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVRecord;
import org.ceasefiredata.ceasefire.web.ApiContract;
import org.junit.jupiter.api.Test;

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
                    if (!conforms(field.path("type").asText(), value)) {
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
                case "integer" -> Long.parseLong(value);
                case "date" -> LocalDate.parse(value);
                case "boolean" -> {
                    return value.equals("true") || value.equals("false");
                }
                case "string" -> {
                    return true;
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
        for (String file : List.of("dataset.json", "datapackage.json", "datapackage.zip")) {
            byte[] first = get(file + "?generatedAt=" + PINNED);
            byte[] second = get(file + "?generatedAt=" + PINNED);
            assertArrayEquals(first, second, file);
        }
        for (ExportTable table : ExportTables.ALL) {
            assertArrayEquals(get(table.csvName()), get(table.csvName()), table.csvName());
        }
    }

    @Test
    void theZipHoldsTheDescriptorAndEveryCsv() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(
                new ByteArrayInputStream(get("datapackage.zip?generatedAt=" + PINNED)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertEquals("datapackage.json", entries.keySet().iterator().next());
        assertArrayEquals(get("datapackage.json?generatedAt=" + PINNED), entries.get("datapackage.json"));
        for (ExportTable table : ExportTables.ALL) {
            assertArrayEquals(get(table.csvName()), entries.get(table.csvName()), table.csvName());
        }
        assertEquals(ExportTables.ALL.size() + 1, entries.size());
    }

    @Test
    void exportsCarryTheDatasetVersionAndAnswer304() throws IOException {
        String etag = ApiContract.given().when().get("/api/v1/export/dataset.json").then().statusCode(200)
                .header("Content-Type", startsWith("application/json"))
                .extract().header("ETag");
        JsonNode dataset = json("dataset.json?generatedAt=" + PINNED);
        assertEquals("W/\"" + dataset.path("version").asText() + "\"", etag);
        assertEquals(PINNED, dataset.path("generated_at").asText());
        assertEquals(dataset.path("version"), json("datapackage.json").path("version"));
        for (String file : List.of("dataset.json", "datapackage.zip", "meetings.csv", "citations.ndjson",
                "dataset.schema.json", "datapackage.json")) {
            given().header("If-None-Match", etag).when().get("/api/v1/export/" + file).then().statusCode(304)
                    .header("ETag", etag);
        }
        ApiContract.given().when().get("/api/v1/export/meetings.csv").then().statusCode(200)
                .header("Content-Type", startsWith("text/csv")).header("ETag", etag);
        ApiContract.given().when().get("/api/v1/export").then().statusCode(200)
                .body("name", hasItem("mentions.ndjson"));
    }

    @Test
    void badRequestsAreProblems() {
        ApiContract.given().when().get("/api/v1/export/treaties.csv").then().statusCode(404)
                .contentType("application/problem+json").body("detail", startsWith("No exported table 'treaties'"));
        given().when().get("/api/v1/export/meetings.xlsx").then().statusCode(404)
                .contentType("application/problem+json");
        ApiContract.given().queryParam("limit", 5).when().get("/api/v1/export/meetings.csv").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("limit"));
        ApiContract.given().queryParam("generatedAt", "yesterday").when().get("/api/v1/export/dataset.json").then()
                .statusCode(400).body("violations[0].field", equalTo("generatedAt"));
        ApiContract.given().queryParam("generatedAt", PINNED).when().get("/api/v1/export/meetings.csv").then()
                .statusCode(400).body("violations[0].field", equalTo("generatedAt"));
        given().header("If-None-Match", "*").queryParam("generatedAt", "2016-13-01").when()
                .get("/api/v1/export/datapackage.zip").then().statusCode(400);
        given().accept("application/json").when().get("/api/v1/export/meetings.csv").then().statusCode(406);
    }
}
