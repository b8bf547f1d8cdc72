package org.ceasefiredata.ceasefire.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

/** The API contract in openapi/ is the one the service serves: an API change shows up as a diff of that file. */
@QuarkusTest
class ApiContractTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void servedOpenApiDocumentIsTheCommittedOne() throws Exception {
        String served = given().accept("application/yaml").when().get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode committed = YAML.readTree(Files.readString(ApiContract.DOCUMENT));
        List<String> differences = new ArrayList<>();
        diff("", committed, YAML.readTree(served), differences);
        assertEquals(List.of(), differences,
                "openapi/openapi.yaml differs from /q/openapi: run ./mvnw package and commit openapi/");
    }

    /** JSON pointers where two documents differ (at most 20), for a readable failure. */
    private static void diff(String at, JsonNode a, JsonNode b, List<String> out) {
        if (out.size() >= 20 || a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> names = new TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            names.forEach(n -> diff(at + "/" + n, a.path(n), b.path(n), out));
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                diff(at + "/" + i, a.get(i), b.get(i), out);
            }
        } else {
            out.add(at + ": committed " + abbreviate(a) + ", served " + abbreviate(b));
        }
    }

    private static String abbreviate(JsonNode n) {
        String s = n.isMissingNode() ? "(absent)" : n.toString();
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }

    @Test
    void everyOperationAndParameterIsDescribed() throws Exception {
        JsonNode doc = YAML.readTree(Files.readString(ApiContract.DOCUMENT));
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            assertEquals(false, op.getValue().path("summary").asText("").isBlank(), where + " has no summary");
            assertEquals(false, op.getValue().path("description").asText("").isBlank(), where + " has no description");
            op.getValue().path("parameters").forEach(p -> {
                if (!p.has("$ref")) {
                    assertEquals(false, p.path("description").asText("").isBlank(),
                            where + " parameter " + p.path("name").asText() + " has no description");
                }
            });
        }));
        doc.path("components").path("parameters").fields().forEachRemaining(p -> assertEquals(false,
                p.getValue().path("description").asText("").isBlank(), "parameter " + p.getKey() + " has no description"));
    }

    @Test
    void everySchemaPropertyIsDescribedAndEveryScalarHasAnExample() throws Exception {
        JsonNode doc = YAML.readTree(Files.readString(ApiContract.DOCUMENT));
        List<String> gaps = new ArrayList<>();
        doc.path("components").path("schemas").fields().forEachRemaining(schema -> schema.getValue().path("properties")
                .fields().forEachRemaining(property -> {
                    JsonNode p = property.getValue();
                    String where = schema.getKey() + "." + property.getKey();
                    if (p.path("description").asText("").isBlank()) {
                        gaps.add(where + ": no description");
                    }
                    boolean scalar = !p.has("$ref") && !p.has("enum") && !p.has("anyOf")
                            && (p.path("type").isTextual()
                                    ? !p.path("type").asText().matches("object|array|boolean")
                                    : p.path("type").toString().contains("string"));
                    if (scalar && !p.has("examples") && !p.has("example")) {
                        gaps.add(where + ": no example");
                    }
                }));
        assertEquals(List.of(), gaps);
    }
}
