package org.ceasefiredata.ceasefire.source;

import static org.ceasefiredata.ceasefire.web.ApiContract.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.ceasefiredata.ceasefire.web.DocumentResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;

/** Documents: metadata, the exact original text, the cleaned text, and mentions whose offsets slice the original. */
@QuarkusTest
@TestHTTPEndpoint(DocumentResource.class)
class DocumentResourceTest {

    static final String DOC = "issg-overview-2016";

    @Test
    void servesTheOriginalTextExactlyAndMentionsThatSliceIt() throws Exception {
        var doc = given().when().get("/{slug}", DOC).then().statusCode(200)
                .body("cleanedText", not(org.hamcrest.Matchers.containsString("](#)")))
                .body("setApart.kind", hasItem("photo-credit"))
                .extract().jsonPath();
        String original = doc.getString("originalText");
        assertEquals(Files.readString(Path.of("seeds", "000_3b44d8aa9f8155de.txt")), original);
        List<Map<String, Object>> mentions = doc.getList("mentions");
        for (Map<String, Object> m : mentions) {
            int start = (Integer) m.get("start");
            int end = (Integer) m.get("end");
            assertEquals(m.get("text"), original.substring(original.offsetByCodePoints(0, start),
                    original.offsetByCodePoints(0, end)));
        }
    }

    @Test
    void mentionsCanBeFilteredByKind() {
        given().queryParam("kind", "participant")
                .when().get("/{slug}/mentions", DOC)
                .then().statusCode(200)
                .body("kind", everyItem(is("participant")))
                .body("participant.slug", hasItem("nusra-front"));
        given().queryParam("kind", "date")
                .when().get("/{slug}/mentions", DOC)
                .then().statusCode(200)
                .body("kind", everyItem(is("date")))
                .body("find { it.text == 'fall of 2015' }.date.precision", equalTo("season"));
        given().queryParam("kind", "weather")
                .when().get("/{slug}/mentions", DOC)
                .then().statusCode(400);
    }

    @Test
    void listsDocumentsMentioningAParticipantByAnyName() {
        given().queryParam("participant", "Jabhat Fatah Al-Sham")
                .when().get()
                .then().statusCode(200)
                .body("items.slug", hasItem(DOC))
                .body("items.originalText", everyItem(org.hamcrest.Matchers.nullValue()))
                .body("items.sha256", everyItem(notNullValue()));
    }
}
