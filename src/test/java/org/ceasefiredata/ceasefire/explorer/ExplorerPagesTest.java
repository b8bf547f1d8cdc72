package org.ceasefiredata.ceasefire.explorer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import io.restassured.RestAssured;

/**
 * The explorer over HTTP: pages answer HTML, permalinks negotiate (the page, the REST JSON, a reference), "as known
 * on" changes what a page says, errors are pages for browsers and problems for programs. What a person sees in the
 * browser is checked by {@link ExplorerBrowserTest}.
 */
@QuarkusTest
class ExplorerPagesTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void log() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void homeDrawsTheTimelineWithABarPerEntryAsWideAsItsDate() {
        String html = given().accept("text/html").when().get("/").then().statusCode(200)
                .contentType(startsWith("text/html")).header("Vary", containsString("Accept"))
                .extract().asString();
        assertTrue(html.contains("<svg class=\"timeline\""), "the timeline is an inline SVG");
        // The Munich meeting is known to the day; the Vienna talks only to the season: a much wider bar.
        double munich = barWidth(html, "issg-munich-2016-02");
        double vienna = barWidth(html, "vienna-talks-2015");
        assertTrue(vienna > 20 * munich, "a season-long bar (" + vienna + ") against days (" + munich + ")");
        assertTrue(html.contains("data-slug=\"vienna-talks-2015\" data-precision=\"season\""), html);
    }

    @Test
    void theWholeRecordIsOneClickAwayAndFiltersNarrowTheTimeline() {
        String whole = given().queryParam("window", "all").when().get("/").then().statusCode(200).extract().asString();
        assertTrue(whole.contains("data-slug=\"geneva-communique-2012\""), "the 2012 communiqué is on the whole record");
        String deadlines = given().queryParam("type", "deadline").queryParam("from", "2016-08").queryParam("to", "2016-08")
                .when().get("/").then().statusCode(200).extract().asString();
        assertTrue(deadlines.contains("data-slug=\"august-1-transition-deadline\""), deadlines);
        assertTrue(!deadlines.contains("data-type=\"meeting\""), "only deadlines");
    }

    @Test
    void aPermalinkIsAPageForABrowserAndTheRestJsonForAProgram() throws Exception {
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8").when().get("/meetings/issg-munich-2016-02").then()
                .statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<h1>ISSG ministerial meeting in Munich</h1>"))
                .body(containsString("rel=\"alternate\" type=\"application/json+oembed\""));
        String page = given().accept("application/json").when().get("/meetings/issg-munich-2016-02").then()
                .statusCode(200).contentType(startsWith("application/json"))
                .header("Content-Location", equalTo("/api/v1/meetings/issg-munich-2016-02")).extract().asString();
        String api = given().accept("application/json").when().get("/api/v1/meetings/issg-munich-2016-02").then()
                .statusCode(200).extract().asString();
        assertEquals(JSON.readTree(api), JSON.readTree(page), "the permalink's JSON is the REST body");
        for (String path : List.of("/participants/sergey-lavrov", "/commitments/munich-cessation-of-hostilities",
                "/deadlines/august-1-transition-deadline", "/documents/issg-overview-2016")) {
            JsonNode viaPermalink = JSON.readTree(given().accept("application/json").get(path).then().statusCode(200)
                    .extract().asString());
            JsonNode viaApi = JSON.readTree(given().accept("application/json").get("/api/v1" + path).then().statusCode(200)
                    .extract().asString());
            assertEquals(viaApi, viaPermalink, path);
        }
    }

    @Test
    void aPermalinkAnswersAReferenceForACitationMediaType() {
        given().accept("application/x-bibtex").when().get("/deadlines/august-1-transition-deadline").then()
                .statusCode(200).contentType(startsWith("application/x-bibtex"))
                .body(containsString("@misc{ceasefire-deadline-august-1-transition-deadline,"));
        given().accept("text/x-bibliography; style=apa").when().get("/meetings/issg-munich-2016-02").then()
                .statusCode(200).body(containsString("ISSG ministerial meeting in Munich [Meeting record]."));
        given().accept("image/png").when().get("/meetings/issg-munich-2016-02").then().statusCode(406);
    }

    @Test
    void asKnownOnTheEveOfTheDeadlineItIsPending() {
        given().when().get("/deadlines/august-1-transition-deadline").then().statusCode(200)
                .body(containsString("id=\"verdict\">missed</span>"));
        given().queryParam("asOf", "2016-07-31").when().get("/deadlines/august-1-transition-deadline").then()
                .statusCode(200).body(containsString("id=\"verdict\">pending</span>"))
                .body(containsString("as known on 2016-07-31"))
                // Every link of the page keeps the day.
                .body(containsString("href=\"/commitments/issg-transition-timeline?asOf=2016-07-31\""));
    }

    @Test
    void theSourcePageHighlightsEveryCitedQuoteAtItsOffsets() throws Exception {
        String html = given().when().get("/documents/southeast-missourian-munich-issg-2016-02-12").then().statusCode(200)
                .extract().asString();
        JsonNode meeting = JSON.readTree(given().accept("application/json").get("/api/v1/meetings/issg-munich-2016-02")
                .then().statusCode(200).extract().asString());
        int checked = 0;
        for (JsonNode c : meeting.path("citations")) {
            if (!c.path("document").asText().equals("southeast-missourian-munich-issg-2016-02-12")) {
                continue;
            }
            String key = c.path("start").asInt() + "-" + c.path("end").asInt();
            assertTrue(html.contains("id=\"q-" + key + "\""), "an anchor for " + key);
            assertEquals(c.path("quote").asText(),
                    HighlighterTest.unescape(String.join("", HighlighterTest.pieces(html, key))));
            assertTrue(html.contains("id=\"f-" + key + "\""), "the facts of " + key + " are listed");
            assertTrue(html.contains("/cite?quote=" + key + "&amp;format=bibtex"), "the quote can be cited");
            checked++;
        }
        assertTrue(checked > 0, "the meeting cites the document");
        assertTrue(html.contains("data-kind=\"boilerplate\""), "the set-apart boilerplate is marked");
    }

    @Test
    void searchFindsRecordsAndTypeaheadSuggestsFromPrefixes() {
        given().queryParam("q", "Lavrov").when().get("/search").then().statusCode(200)
                .body(containsString("href=\"/participants/sergey-lavrov\""));
        given().queryParam("q", "lavr").accept("application/json").when().get("/search/suggestions").then()
                .statusCode(200).body("href", hasItem("/participants/sergey-lavrov"));
        given().queryParam("q", "the").when().get("/search").then().statusCode(200)
                .body(containsString("has no searchable words"));
    }

    @Test
    void errorsArePagesForBrowsersAndProblemsForPrograms() {
        given().accept("text/html").when().get("/meetings/nowhere").then().statusCode(404)
                .contentType(startsWith("text/html")).body(containsString("No meeting with slug &#39;nowhere&#39;"));
        given().accept("application/json").when().get("/meetings/nowhere").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("nowhere"));
        given().accept("text/html").queryParam("asOf", "yesterday").when().get("/meetings/issg-munich-2016-02").then()
                .statusCode(400).body(containsString("asOf is not a date"));
        given().accept("application/json").queryParam("asOf", "2016-13").when().get("/deadlines/august-1-transition-deadline")
                .then().statusCode(400).body("violations[0].field", equalTo("asOf"));
        // A record not yet reported on that day is not there yet.
        given().accept("text/html").queryParam("asOf", "2016-01-01").when().get("/meetings/kerry-lavrov-geneva-2016-08-26")
                .then().statusCode(404).body(containsString("was known from sources published by 2016-01-01"));
    }

    @Test
    void pagesUseNoAssetFromAnotherHost() {
        for (String path : List.of("/", "/meetings/issg-munich-2016-02", "/documents/issg-overview-2016", "/search?q=truce")) {
            String html = given().when().get(path).then().statusCode(200).extract().asString();
            // Scripts, stylesheets, images, fonts: none from another host (a canonical link names this one).
            Matcher m = Pattern.compile("<(?:script[^>]+src|link[^>]+rel=\"(?:stylesheet|icon|preload|modulepreload)\"[^>]+href"
                    + "|img[^>]+src|iframe[^>]+src)=\"(https?:)?//", Pattern.CASE_INSENSITIVE).matcher(html);
            assertTrue(!m.find(), path + " loads an asset from another host");
        }
        given().when().get("/explorer/explorer.js").then().statusCode(200).body(not(containsString("http")));
    }

    /** The width of the timeline bar of a record. */
    static double barWidth(String html, String slug) {
        Matcher m = Pattern
                .compile("data-slug=\"" + Pattern.quote(slug)
                        + "\"[^>]*>\\s*<title>[^<]*</title>\\s*<rect[^>]*width=\"([0-9.]+)\"")
                .matcher(html);
        assertTrue(m.find(), "no bar for " + slug);
        return Double.parseDouble(m.group(1));
    }

    /**
     * A page is rendered once per dataset version and then served from memory: the kept page is the page rendered
     * afresh, byte for byte; another day, another Accept or another query is another page.
     */
    @Test
    void aKeptPageIsThePageRenderedAfresh() {
        String path = "/deadlines/august-1-transition-deadline";
        String first = given().accept("text/html").when().get(path).then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        String kept = given().accept("text/html").when().get(path).then().statusCode(200)
                .contentType(startsWith("text/html")).header("Vary", containsString("Accept"))
                .header("Cache-Control", containsString("max-age")).extract().asString();
        String fresh = given().accept("text/html").header("Cache-Control", "no-cache").when().get(path).then()
                .statusCode(200).extract().asString();
        assertEquals(fresh, first);
        assertEquals(fresh, kept);
        String earlier = given().accept("text/html").queryParam("asOf", "2016-07-31").when().get(path).then()
                .statusCode(200).extract().asString();
        assertTrue(!earlier.equals(kept), "as known on 2016-07-31 is another page");
        given().accept("application/json").when().get(path).then().statusCode(200)
                .contentType(startsWith("application/json")).body("slug", equalTo("august-1-transition-deadline"));
    }
}
