package org.ceasefiredata.ceasefire.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code fields=}: an answer with a selection is the full answer with the other properties removed, on every record,
 * through pages, details and sub-resources, embedded records included; what is left out is not read; a selection the
 * answer cannot honour is refused, saying why.
 */
@QuarkusTest
class SparseFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSelectionIsTheFullAnswerWithTheOtherPropertiesRemoved() throws Exception {
        List<String[]> cases = new ArrayList<>();
        // lists, with and without embedded records, under a day too
        cases.add(new String[]{"/api/v1/meetings?limit=100&include=participants",
                "slug,title,participants.name,participants.role"});
        cases.add(new String[]{"/api/v1/meetings?limit=100&include=participants&asOf=2016-02-12",
                "slug,participants.citations,claims"});
        cases.add(new String[]{"/api/v1/meetings?limit=100&include=commitments.deadlines",
                "slug,commitments.deadlines.due,commitments.summary"});
        cases.add(new String[]{"/api/v1/commitments?limit=100&include=deadlines,history",
                "slug,summary,status,deadlines.slug,history"});
        cases.add(new String[]{"/api/v1/deadlines?limit=100&from=2016-01-01&to=2016-12-31", "slug,description,due,status"});
        cases.add(new String[]{"/api/v1/deadlines?limit=100&include=history",
                "slug,history.status,history.citations.quote,citations.document"});
        cases.add(new String[]{"/api/v1/participants?limit=100&include=memberships", "slug,name,memberships.group"});
        // sub-resources: the list with a filter, and a selection like the list's
        cases.add(new String[]{"/api/v1/participants/russia/meetings?limit=100", "slug,date,citations.quote"});
        cases.add(new String[]{"/api/v1/meetings/issg-munich-2016-02/commitments?limit=100", "slug,madeBy,binds"});
        cases.add(new String[]{"/api/v1/meetings/issg-munich-2016-02?asOf=2016-02-20", "slug,participants.citations,claims"});
        // documents, search, timeline, a meeting's participations, a document's mentions
        cases.add(new String[]{"/api/v1/documents?limit=100", "slug,title,published"});
        cases.add(new String[]{"/api/v1/search?q=ceasefire&limit=100", "type,slug,rank"});
        cases.add(new String[]{"/api/v1/timeline?limit=100", "slug,date"});
        cases.add(new String[]{"/api/v1/meetings/issg-munich-2016-02/participants", "participant,role,citations.quote"});
        for (String slug : slugs("/api/v1/documents")) {
            cases.add(new String[]{"/api/v1/documents/" + slug, "slug,sha256,setApart.kind,mentions.text"});
            cases.add(new String[]{"/api/v1/documents/" + slug + "/mentions", "kind,text,participant"});
        }
        // details, every one of each record type
        for (String slug : slugs("/api/v1/meetings")) {
            cases.add(new String[]{"/api/v1/meetings/" + slug + "?include=commitments.deadlines",
                    "slug,title,commitments.slug,commitments.summary,commitments.status,commitments.deadlines.slug,commitments.deadlines.due,commitments.deadlines.status"});
            cases.add(new String[]{"/api/v1/meetings/" + slug, "slug,participants,claims.about,claims.citations"});
        }
        for (String slug : slugs("/api/v1/commitments")) {
            cases.add(new String[]{"/api/v1/commitments/" + slug, "slug,meeting,deadlines.due,deadlines.citations"});
        }
        for (String slug : slugs("/api/v1/deadlines")) {
            cases.add(new String[]{"/api/v1/deadlines/" + slug, "slug,commitment,setBy,history.status"});
        }
        for (String slug : slugs("/api/v1/participants")) {
            cases.add(new String[]{"/api/v1/participants/" + slug, "slug,names.name,offices.title,members,citations"});
        }
        int compared = 0;
        for (String[] c : cases) {
            String separator = c[0].contains("?") ? "&" : "?";
            io.restassured.response.Response whole = given().header("Cache-Control", "no-cache").get(c[0]);
            assertEquals(200, whole.statusCode(), c[0]);
            JsonNode full = JSON.readTree(whole.asString());
            // the sparse answer through the cache (the second request) and past it (the first): the same bytes
            String sparse = c[0] + separator + "fields=" + c[1];
            String first = ApiContract.given().header("Cache-Control", "no-cache").get(sparse).then().statusCode(200)
                    .extract().asString();
            String second = given().get(sparse).then().statusCode(200).extract().asString();
            given().get(sparse).then().statusCode(200).body(equalTo(first));
            assertEquals(first, second, sparse);
            // a page's items are the records; its own properties stay
            JsonNode expected = full.has("items") && full.has("total")
                    ? page(full, selection(c[1]))
                    : prune(full, selection(c[1]));
            assertEquals(expected, JSON.readTree(first), sparse);
            assertTrue(JSON.readTree(first).toString().length() < full.toString().length(), sparse + " is narrower");
            compared++;
        }
        assertTrue(compared > 60, "compared " + compared);
    }

    @Test
    void whatASelectionLeavesOutIsNotRead() {
        // A meeting with its commitments and their deadlines: 5 statements (see HttpBehaviourTest); without any
        // citation or claim kept, the evidence statement is not run; with the meeting's own properties only, none of
        // the relations is read either.
        String path = "/api/v1/meetings/issg-munich-2016-02?include=commitments.deadlines";
        assertEquals(5, statements(path));
        // nor references (meetings, commitments, parties, setters) that no kept property shows: one round trip
        long roundTrips = Statements.roundTrips();
        assertEquals(3, statements(path + "&fields=slug,title,commitments.slug,commitments.deadlines.due"));
        assertEquals(1, Statements.roundTrips() - roundTrips);
        assertEquals(4, statements(path + "&fields=slug,commitments.deadlines.citations"));
        assertEquals(4, statements(path + "&fields=slug,commitments.madeBy,commitments.deadlines.slug"));
        assertEquals(5, statements(path + "&fields=slug,commitments.madeBy,commitments.deadlines.citations"));
        String deadlines = "/api/v1/deadlines?from=2016-01-01&to=2016-12-31";
        assertTrue(statements(deadlines + "&fields=slug,due") < statements(deadlines));
        String participant = "/api/v1/participants/russia";
        assertTrue(statements(participant + "?fields=slug,name") < statements(participant));
        String document = "/api/v1/documents/" + slugs("/api/v1/documents").get(0);
        assertTrue(statements(document + "?fields=slug,title") < statements(document));
        String participations = "/api/v1/meetings/issg-munich-2016-02/participants";
        assertTrue(statements(participations + "?fields=participant,role") < statements(participations));
        String meetingOnly = "/api/v1/meetings/issg-munich-2016-02?fields=slug,title,date";
        assertTrue(statements(meetingOnly) < statements("/api/v1/meetings/issg-munich-2016-02"));
        given().get(meetingOnly).then().statusCode(200)
                .body("size()", equalTo(3)).body("slug", equalTo("issg-munich-2016-02"));
    }

    @Test
    void aPageKeepsItsOwnPropertiesAndItsLinksKeepTheSelection() {
        given().get("/api/v1/meetings?limit=2&fields=slug").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("items[0].size()", equalTo(1)).body("limit", equalTo(2))
                .body("total", org.hamcrest.Matchers.greaterThan(2)).body("next", org.hamcrest.Matchers.notNullValue())
                .header("Link", containsString("fields=slug"));
    }

    @Test
    void aSelectionTheAnswerCannotHonourIsRefused() {
        given().get("/api/v1/meetings?fields=slug,titel").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("fields"))
                .body("detail", allOf(containsString("'titel' is not a property of Meeting"), containsString("title")));
        given().get("/api/v1/meetings?fields=date.earliest").then().statusCode(400)
                .body("detail", containsString("date is a value"));
        given().get("/api/v1/meetings?fields=slug,participants.name").then().statusCode(400)
                .body("detail", containsString("add include=participants"));
        given().get("/api/v1/meetings/issg-munich-2016-02?include=commitments&fields=commitments.deadlines.due")
                .then().statusCode(400).body("detail", containsString("add include=commitments.deadlines"));
        given().get("/api/v1/commitments?fields=slug,,summary").then().statusCode(400)
                .body("detail", containsString("empty entry"));
        given().get("/api/v1/deadlines/no-such-deadline?fields=slug").then().statusCode(404);
        // the detail embeds its relations by default: selecting in them needs no include
        given().get("/api/v1/meetings/issg-munich-2016-02?fields=participants.name").then().statusCode(200)
                .body("size()", equalTo(1)).body("participants[0].size()", equalTo(1));
        // resources without fields= refuse it as any unknown parameter
        given().get("/api/v1/export/dataset.json?fields=slug").then().statusCode(400)
                .body("detail", containsString("fields is not a parameter of this resource"));
    }

    private static List<String> slugs(String list) {
        return given().get(list + "?limit=100&fields=slug").then().statusCode(200).extract().jsonPath()
                .getList("items.slug", String.class);
    }

    /** The selection as a tree of names (an empty map: the property whole), written here apart from the service's. */
    private static Map<String, Object> selection(String fields) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (String path : fields.split(",")) {
            Map<String, Object> at = tree;
            List<String> names = Arrays.asList(path.split("\\."));
            for (int i = 0; i < names.size(); i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> below = (Map<String, Object>) at.computeIfAbsent(names.get(i),
                        k -> new LinkedHashMap<String, Object>());
                at = below;
            }
        }
        return tree;
    }

    private static JsonNode page(JsonNode page, Map<String, Object> selection) {
        ObjectNode copy = page.deepCopy();
        copy.set("items", prune(page.get("items"), selection));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static JsonNode prune(JsonNode record, Map<String, Object> selection) {
        if (record.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode out = JSON.createArrayNode();
            record.forEach(r -> out.add(prune(r, selection)));
            return out;
        }
        if (!record.isObject() || selection.isEmpty()) {
            return record;
        }
        ObjectNode out = JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (selection.containsKey(e.getKey())) {
                out.set(e.getKey(), prune(e.getValue(), (Map<String, Object>) selection.get(e.getKey())));
            }
        }
        return out;
    }

    private static long statements(String path) {
        long before = Statements.count();
        given().header("Cache-Control", "no-cache").when().get(path).then().statusCode(200);
        return Statements.count() - before;
    }
}
