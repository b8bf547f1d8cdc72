package org.ceasefiredata.ceasefire.explorer;

import static org.ceasefiredata.ceasefire.web.ApiContract.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import io.restassured.RestAssured;

/** oEmbed for the permalinks, and the fact card it embeds: the fact, the quote in context, the source, the date. */
@QuarkusTest
class EmbedResourceTest {

    @BeforeAll
    static void log() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aPermalinkGetsARichEmbedOfItsCard() {
        given().queryParam("url", "https://news.example/meetings/issg-munich-2016-02?asOf=2016-03-01")
                .queryParam("maxwidth", 400).when().get("/api/v1/oembed").then().statusCode(200)
                .body("version", equalTo("1.0")).body("type", equalTo("rich"))
                .body("title", equalTo("ISSG ministerial meeting in Munich")).body("width", equalTo(400))
                .body("html", containsString("/embed/meetings/issg-munich-2016-02?asOf=2016-03-01\""))
                .body("html", startsWith("<iframe "));
    }

    @Test
    void theCardShowsTheFactTheQuoteInContextAndTheSource() {
        io.restassured.RestAssured.given().when().get("/embed/deadlines/august-1-transition-deadline").then().statusCode(200)
                .contentType(startsWith("text/html")).body(containsString("<mark>"))
                .body(containsString("Aug. 1, 2016 <span class=\"precision\">day</span>"))
                .body(containsString("href=\"/deadlines/august-1-transition-deadline\""))
                .body(containsString("href=\"/documents/"));
        io.restassured.RestAssured.given().queryParam("asOf", "2016-07-31").when()
                .get("/embed/deadlines/august-1-transition-deadline").then().statusCode(200)
                .body(containsString("<span class=\"status\">pending</span>"));
    }

    @Test
    void whatCannotBeEmbeddedIsRefusedClearly() {
        given().queryParam("url", "https://x.example/meetings/issg-munich-2016-02").queryParam("format", "xml").when()
                .get("/api/v1/oembed").then().statusCode(501);
        given().when().get("/api/v1/oembed").then().statusCode(400).body("violations[0].field", equalTo("url"));
        given().queryParam("url", "https://x.example/about").when().get("/api/v1/oembed").then().statusCode(404)
                .body("detail", containsString("Not a permalink"));
        given().queryParam("url", "https://x.example/meetings/nowhere").when().get("/api/v1/oembed").then()
                .statusCode(404);
        given().queryParam("url", "https://x.example/meetings/issg-munich-2016-02").queryParam("maxwidth", "tiny").when()
                .get("/api/v1/oembed").then().statusCode(400).body("violations[0].field", equalTo("maxwidth"));
    }
}
