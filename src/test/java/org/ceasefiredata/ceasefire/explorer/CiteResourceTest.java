package org.ceasefiredata.ceasefire.explorer;

import static org.ceasefiredata.ceasefire.web.ApiContract.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.quarkus.test.junit.QuarkusTest;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.ris.RISConverter;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import io.restassured.RestAssured;

/**
 * References: CSL-JSON that validates against the CSL-JSON schema; BibTeX and RIS that parse back (jbibtex, and
 * citeproc-java's BibTeX and RIS readers) to the same title, link, date and kind; APA and Chicago formatted by the CSL
 * processor; the format chosen by format= or by Accept.
 */
@QuarkusTest
class CiteResourceTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> CITED = List.of("/api/v1/meetings/issg-munich-2016-02/cite",
            "/api/v1/participants/sergey-lavrov/cite", "/api/v1/commitments/munich-cessation-of-hostilities/cite",
            "/api/v1/deadlines/august-1-transition-deadline/cite", "/api/v1/documents/issg-overview-2016/cite",
            "/api/v1/documents/ap-geneva-kerry-lavrov-2016-08-26/cite", "/api/v1/dataset/cite");
    static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        try (InputStream in = CiteResourceTest.class.getResourceAsStream("/schema/csl-data.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @Test
    void cslJsonValidatesAgainstTheCslJsonSchema() throws Exception {
        for (String path : CITED) {
            String body = given().queryParam("format", "csl-json").when().get(path).then().statusCode(200)
                    .contentType(startsWith("application/vnd.citationstyles.csl+json")).extract().asString();
            JsonNode items = JSON.readTree(body);
            Set<ValidationMessage> problems = schema.validate(items);
            assertEquals(Set.of(), problems, path + ": " + body);
            assertEquals(1, items.size(), path);
        }
        // The schema is no pushover: an item with a variable CSL does not know is refused.
        assertTrue(!schema.validate(JSON.readTree("[{\"id\":\"x\",\"type\":\"dataset\",\"quote\":\"no such variable\"}]"))
                .isEmpty());
    }

    @Test
    void aRecordIsAnEntryOfTheDatasetWithItsPermalinkAndVersion() throws Exception {
        JsonNode item = JSON.readTree(given().queryParam("format", "csl-json").queryParam("asOf", "2016-07-31").when()
                .get("/api/v1/deadlines/august-1-transition-deadline/cite").then().statusCode(200).extract().asString()).get(0);
        assertEquals("dataset", item.path("type").asText());
        assertEquals("ceasefire-deadline-august-1-transition-deadline", item.path("id").asText());
        assertTrue(item.path("URL").asText().endsWith("/deadlines/august-1-transition-deadline?asOf=2016-07-31"),
                item.toString());
        assertTrue(item.path("note").asText().contains("As known on 2016-07-31"), item.toString());
        String version = given().accept("application/json").get("/api/v1/meetings").then().extract().header("ETag");
        assertTrue(version.contains(item.path("version").asText()), "the dataset version " + version);
    }

    @Test
    void aSourceIsTheArticleWithItsDateAsPreciseAsKnown() throws Exception {
        // Published "May 17 – July 31, 2016": an interval, not a made-up day.
        JsonNode overview = JSON
                .readTree(given().queryParam("format", "csl-json").get("/api/v1/documents/issg-overview-2016/cite")
                        .then().statusCode(200).extract().asString())
                .get(0);
        assertEquals("article-newspaper", overview.path("type").asText());
        assertEquals(2, overview.path("issued").path("date-parts").size(), overview.toString());
        JsonNode quote = JSON.readTree(given().queryParam("format", "csl-json").queryParam("quote", firstQuote())
                .get("/api/v1/documents/southeast-missourian-munich-issg-2016-02-12/cite").then().statusCode(200)
                .extract().asString()).get(0);
        assertTrue(quote.path("note").asText().startsWith("Quote: “"), quote.toString());
        assertTrue(quote.path("URL").asText().contains("#q-" + firstQuote()), quote.toString());
    }

    @Test
    void bibtexParsesBackToTheSameReference() throws Exception {
        for (String path : CITED) {
            JsonNode csl = JSON.readTree(given().queryParam("format", "csl-json").get(path).then().extract().asString()).get(0);
            String bib = given().queryParam("format", "bibtex").when().get(path).then().statusCode(200)
                    .contentType(startsWith("application/x-bibtex")).extract().asString();
            BibTeXDatabase db = new BibTeXParser().parseFully(new StringReader(bib));
            assertEquals(1, db.getEntries().size(), bib);
            BibTeXEntry entry = db.getEntries().values().iterator().next();
            assertEquals(csl.path("id").asText(), entry.getKey().getValue());
            // Typeset, LaTeX makes every apostrophe typographic; the characters are otherwise the same.
            assertEquals(apostrophes(csl.path("title").asText()),
                    apostrophes(plain(entry.getField(BibTeXEntry.KEY_TITLE).toUserString())), bib);
            assertEquals(csl.path("URL").asText(), entry.getField(BibTeXEntry.KEY_URL).toUserString(), bib);
            assertEquals(csl.path("issued").path("date-parts").get(0).get(0).asText(),
                    entry.getField(BibTeXEntry.KEY_YEAR).toUserString(), bib);
            // A second reader: citeproc-java turns the BibTeX back into a CSL item of the same kind and title.
            CSLItemData back = new BibTeXConverter().toItemData(entry);
            assertEquals(apostrophes(csl.path("title").asText()), apostrophes(back.getTitle()), bib);
            assertEquals(csl.path("type").asText().equals("dataset") ? "article" : "article-journal",
                    back.getType().toString(), bib);
        }
    }

    @Test
    void risParsesBackToTheSameReference() throws Exception {
        for (String path : CITED) {
            JsonNode csl = JSON.readTree(given().queryParam("format", "csl-json").get(path).then().extract().asString()).get(0);
            String ris = given().queryParam("format", "ris").when().get(path).then().statusCode(200)
                    .contentType(startsWith("application/x-research-info-systems")).extract().asString();
            assertTrue(ris.endsWith("ER  - \r\n"), ris);
            RISLibrary library = new RISParser().parse(new StringReader(ris));
            assertEquals(1, library.getReferences().size(), ris);
            RISReference reference = library.getReferences().get(0);
            CSLItemData back = new RISConverter().toItemData(reference);
            assertEquals(csl.path("title").asText(), back.getTitle(), ris);
            assertEquals(csl.path("URL").asText(), back.getURL(), ris);
            assertEquals(csl.path("type").asText(), back.getType().toString(), ris);
            // citeproc-java keeps an RIS date as written ("2016/05/17/"): its year is the reference's year.
            int year = back.getIssued().getDateParts() != null
                    ? back.getIssued().getDateParts()[0][0]
                    : Integer.parseInt(back.getIssued().getRaw().substring(0, 4));
            assertEquals(csl.path("issued").path("date-parts").get(0).get(0).asInt(), year, ris);
        }
    }

    @Test
    void apaAndChicagoAreFormattedByTheCslProcessor() {
        given().queryParam("format", "apa").when().get("/api/v1/meetings/issg-munich-2016-02/cite").then()
                .statusCode(200).contentType(startsWith("text/x-bibliography"))
                .body(containsString(
                        "Syria ceasefire dataset contributors. (2026). ISSG ministerial meeting in Munich [Meeting record]. In Syria ceasefire dataset"));
        given().queryParam("format", "chicago").when().get("/api/v1/meetings/issg-munich-2016-02/cite").then()
                .statusCode(200).body(containsString("“ISSG Ministerial Meeting in Munich.”"));
        // A window of days stays a window: the overview was published between May 17 and July 31, 2016.
        given().queryParam("format", "apa").when().get("/api/v1/documents/issg-overview-2016/cite").then()
                .statusCode(200).body(containsString("(2016, May 17–July 31)"));
        given().queryParam("format", "bibtex").when().get("/api/v1/documents/issg-overview-2016/cite").then()
                .statusCode(200).body(containsString("date = {2016-05-17/2016-07-31}"));
    }

    @Test
    void acceptChoosesTheFormatWhenFormatIsAbsent() {
        given().accept("application/x-research-info-systems").when().get("/api/v1/dataset/cite").then().statusCode(200)
                .body(startsWith("TY  - DATA"));
        given().accept("text/x-bibliography; style=chicago-author-date").when().get("/api/v1/dataset/cite").then()
                .statusCode(200).contentType(containsString("style=chicago-author-date"));
        given().accept("application/json").when().get("/api/v1/dataset/cite").then().statusCode(200)
                .contentType(startsWith("application/vnd.citationstyles.csl+json"));
        given().accept("image/png").when().get("/api/v1/dataset/cite").then().statusCode(406)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("format="));
    }

    @Test
    void badRequestsSayWhatIsWrong() {
        given().queryParam("format", "mla").when().get("/api/v1/dataset/cite").then().statusCode(400)
                .body("violations[0].field", equalTo("format"))
                .body("violations[0].message", containsString("csl-json, bibtex, ris, apa, chicago"));
        given().when().get("/api/v1/treaties/x/cite").then().statusCode(404).body("detail", containsString("treaties"));
        given().when().get("/api/v1/meetings/nowhere/cite").then().statusCode(404).body("detail", containsString("nowhere"));
        given().queryParam("quote", "1-2").when().get("/api/v1/meetings/issg-munich-2016-02/cite").then().statusCode(400)
                .body("violations[0].field", equalTo("quote"));
        given().queryParam("quote", "0-1").when().get("/api/v1/documents/issg-overview-2016/cite").then().statusCode(404);
        given().queryParam("quote", "ten-twenty").when().get("/api/v1/documents/issg-overview-2016/cite").then()
                .statusCode(400);
        given().queryParam("style", "apa").when().get("/api/v1/dataset/cite").then().statusCode(400)
                .body("violations[0].field", equalTo("style"));
    }

    /** The offsets of a quote the Munich report is cited for. */
    static String firstQuote() {
        List<Map<String, Object>> citations = io.restassured.RestAssured.given().accept("application/json")
                .get("/api/v1/meetings/issg-munich-2016-02").then().extract().jsonPath().getList("citations");
        Map<String, Object> c = citations.stream()
                .filter(x -> x.get("document").equals("southeast-missourian-munich-issg-2016-02-12")).findFirst()
                .orElseThrow();
        return c.get("start") + "-" + c.get("end");
    }

    private static String apostrophes(String s) {
        return s.replace('’', '\'');
    }

    /** A BibTeX value as typeset: LaTeX parsed and printed as plain text. */
    static String plain(String latex) throws Exception {
        return new LaTeXPrinter().print(new LaTeXParser().parse(new StringReader(latex)));
    }
}
