package org.ceasefiredata.ceasefire.web;

import static org.ceasefiredata.ceasefire.graph.GraphQLClient.run;
import static org.ceasefiredata.ceasefire.web.ApiContract.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import io.restassured.path.json.JsonPath;

/**
 * What #13 adds to the record, served alike by REST and GraphQL: what each fact rests on ({@code basis}), the quote as a
 * reader sees it with its place in the cleaned text and its set-apart segment, the agency of a cited document, the day
 * an assessment is as of, a vague relative deadline as a range of periods, and how a mention was linked.
 */
@QuarkusTest
class FidelityFieldsTest {

    /** Quoted by the ISSG overview as "a UN [deadline](#) for emergency airdrops": link residue in the original. */
    static final String AIRDROPS = "un-deadline-emergency-airdrops";
    /** Cited from a teaser of the Geneva preview, a segment the cleaned text leaves out. */
    static final String WITHIN_A_MONTH = "de-mistura-restart-talks-within-a-month";
    /** "In the coming days", said on 26 August 2016: due one to seven days later; missed per the text of 4 September. */
    static final String COMING_DAYS = "geneva-experts-finalize-coming-days";
    static final String ISSG_OVERVIEW = "issg-overview-2016";
    static final String AP_GENEVA = "ap-geneva-kerry-lavrov-2016-08-26";

    @Test
    void aCleanQuoteIsTheQuoteAsAReaderSeesItAtItsOffsetsInTheCleanedText() {
        Map<String, Object> rest = given().when().get("/api/v1/deadlines/{slug}", AIRDROPS).then().statusCode(200)
                .extract().path("citations.find { it.document == '" + ISSG_OVERVIEW + "' }");
        Map<String, Object> graphql = run("fidelity-deadline", "slug", AIRDROPS).body("errors", nullValue()).extract()
                .path("data.deadline.citations.find { it.document.slug == '" + ISSG_OVERVIEW + "' }");
        String cleaned = given().when().get("/api/v1/documents/{slug}", ISSG_OVERVIEW).then().statusCode(200).extract()
                .path("cleanedText");
        for (Map<String, Object> c : List.of(rest, graphql)) {
            String quote = (String) c.get("quote");
            String clean = (String) c.get("cleanQuote");
            assertTrue(quote.contains("[deadline](#)"), quote);
            assertEquals(quote.replace("[deadline](#)", "deadline"), clean);
            assertEquals(2902, c.get("cleanStart"));
            assertEquals(2956, c.get("cleanEnd"));
            assertEquals(clean, codePoints(cleaned, (Integer) c.get("cleanStart"), (Integer) c.get("cleanEnd")));
            assertEquals(null, c.get("segmentKind"));
        }
        assertEquals(List.of(rest.get("start"), rest.get("end")), List.of(graphql.get("start"), graphql.get("end")));
    }

    @Test
    void aQuoteInASetApartSegmentNamesTheSegmentAndHasNoCleanedOffsets() {
        given().when().get("/api/v1/deadlines/{slug}", WITHIN_A_MONTH).then().statusCode(200)
                .body("citations[0].document", equalTo("kerry-lavrov-geneva-preview-2016-08"))
                .body("citations[0].segmentKind", equalTo("teaser"))
                .body("citations[0].cleanQuote", equalTo("so he can restart peace talks within a month"))
                .body("citations[0].cleanStart", nullValue())
                .body("citations[0].cleanEnd", nullValue());
        run("fidelity-deadline", "slug", WITHIN_A_MONTH).body("errors", nullValue())
                .body("data.deadline.citations[0].document.slug", equalTo("kerry-lavrov-geneva-preview-2016-08"))
                .body("data.deadline.citations[0].segmentKind", equalTo("TEASER"))
                .body("data.deadline.citations[0].cleanQuote", equalTo("so he can restart peace talks within a month"))
                .body("data.deadline.citations[0].cleanStart", nullValue())
                .body("data.deadline.citations[0].cleanEnd", nullValue());
    }

    @Test
    void aCitationCarriesTheAgencyItsDocumentIsCreditedTo() {
        given().when().get("/api/v1/deadlines/{slug}", "de-mistura-restart-talks-late-august").then().statusCode(200)
                .body("history.citations.flatten().findAll { it.document == '" + AP_GENEVA + "' }.agency",
                        everyItem(equalTo("AP")))
                .body("history.citations.flatten().document", hasItem(AP_GENEVA))
                .body("citations.findAll { it.document == '" + ISSG_OVERVIEW + "' }.agency", everyItem(nullValue()));
        run("fidelity-deadline", "slug", "de-mistura-restart-talks-late-august").body("errors", nullValue())
                .body("data.deadline.history.citations.flatten().findAll { it.document.slug == '" + AP_GENEVA
                        + "' }.document.agency", everyItem(equalTo("AP")))
                .body("data.deadline.history.citations.flatten().document.slug", hasItem(AP_GENEVA));
    }

    /** Every assessment of every commitment and deadline, in both APIs: as of the publication of its latest source. */
    @Test
    void anAssessmentIsAsOfThePublicationOfItsLatestSource() {
        int checked = 0;
        for (String list : List.of("commitments", "deadlines")) {
            List<Map<String, Object>> records = given().queryParam("limit", 100).queryParam("include", "history").when()
                    .get("/api/v1/" + list).then().statusCode(200).extract().path("items");
            for (Map<String, Object> record : records) {
                for (Object h : (List<?>) record.get("history")) {
                    Map<?, ?> assessment = (Map<?, ?>) h;
                    Map<?, ?> latest = null;
                    for (Object c : (List<?>) assessment.get("citations")) {
                        Map<?, ?> published = (Map<?, ?>) ((Map<?, ?>) c).get("published");
                        if (latest == null || ((String) published.get("latest")).compareTo((String) latest.get("latest")) > 0) {
                            latest = published;
                        }
                    }
                    assertEquals(latest, assessment.get("asOf"), list + " " + record.get("slug") + " " + assessment);
                    checked++;
                }
            }
        }
        assertTrue(checked > 50, "assessments checked: " + checked);
        Map<String, Object> window = Map.of("value", "2016-05-17/2016-07-31", "earliest", "2016-05-17", "latest",
                "2016-07-31", "precision", "day");
        given().when().get("/api/v1/deadlines/{slug}", AIRDROPS).then().statusCode(200)
                .body("history[0].status", equalTo("unknown"))
                .body("history[0].asOf", equalTo(window))
                .body("history[0].basis", equalTo("inferred"));
        run("fidelity-deadline", "slug", AIRDROPS).body("errors", nullValue())
                .body("data.deadline.history[0].status", equalTo("UNKNOWN"))
                .body("data.deadline.history[0].asOf", equalTo(Map.of("value", "2016-05-17/2016-07-31", "earliest",
                        "2016-05-17", "latest", "2016-07-31", "precision", "DAY")))
                .body("data.deadline.history[0].basis", equalTo("INFERRED"));
    }

    @Test
    void aVagueRelativeDeadlineIsARangeOfPeriods() {
        given().when().get("/api/v1/deadlines/{slug}", COMING_DAYS).then().statusCode(200)
                .body("offset", equalTo("P1D/P7D"))
                .body("anchor.value", equalTo("2016-08-26"))
                .body("due.earliest", equalTo("2016-08-27"))
                .body("due.latest", equalTo("2016-09-02"))
                .body("basis", equalTo("inferred"))
                .body("history[-1].status", equalTo("missed"))
                .body("history[-1].asOf.value", equalTo("2016-09-04"));
        run("fidelity-deadline", "slug", COMING_DAYS).body("errors", nullValue())
                .body("data.deadline.offset", equalTo("P1D/P7D"))
                .body("data.deadline.anchor.value", equalTo("2016-08-26"))
                .body("data.deadline.due.earliest", equalTo("2016-08-27"))
                .body("data.deadline.due.latest", equalTo("2016-09-02"))
                .body("data.deadline.basis", equalTo("INFERRED"))
                .body("data.deadline.history[-1].status", equalTo("MISSED"))
                .body("data.deadline.history[-1].asOf.value", equalTo("2016-09-04"));
    }

    @Test
    void eachKindOfRecordSaysWhatItRestsOn() {
        given().when().get("/api/v1/meetings/{slug}", "g20-hangzhou-summit-2016").then().statusCode(200)
                .body("basis", equalTo("external"));
        given().when().get("/api/v1/meetings/{slug}", "issg-munich-2016-02").then().statusCode(200)
                .body("basis", equalTo("stated"));
        given().when().get("/api/v1/participants/{slug}", "msf").then().statusCode(200)
                .body("basis", equalTo("external"));
        given().when().get("/api/v1/commitments/{slug}", "cessation-of-hostilities-2016-02").then().statusCode(200)
                .body("basis", equalTo("inferred"));
        given().when().get("/api/v1/documents/{slug}", "kerry-lavrov-geneva-preview-2016-08").then().statusCode(200)
                .body("basis", equalTo("external"));
        given().when().get("/api/v1/meetings/{slug}", "kerry-lavrov-geneva-2016-08-26").then().statusCode(200)
                .body("claims.findAll { it.about == 'date' }.basis", everyItem(equalTo("inferred")))
                .body("claims.about", hasItem("date"));
        run("fidelity-records", "meeting", "g20-hangzhou-summit-2016", "participant", "msf", "commitment",
                "cessation-of-hostilities-2016-02", "document", "kerry-lavrov-geneva-preview-2016-08", "claimsOf",
                "kerry-lavrov-geneva-2016-08-26").body("errors", nullValue())
                .body("data.meeting.basis", equalTo("EXTERNAL"))
                .body("data.participant.basis", equalTo("EXTERNAL"))
                .body("data.commitment.basis", equalTo("INFERRED"))
                .body("data.document.basis", equalTo("EXTERNAL"))
                .body("data.claims.claims.findAll { it.about == 'date' }.basis", everyItem(equalTo("INFERRED")))
                .body("data.claims.claims.about", hasItem("date"));
    }

    @Test
    void aMentionSaysWhichSegmentItLiesInAndHowSureItsLinkIs() {
        JsonPath rest = given().when().get("/api/v1/documents/{slug}", AP_GENEVA).then().statusCode(200)
                .body("mentions.segmentKind", hasItem("caption"))
                .body("setApart.kind", hasItem("caption"))
                .body("mentions.findAll { it.kind == 'date' }.nameKind", everyItem(nullValue()))
                .body("mentions.findAll { it.kind == 'date' }.confidence", everyItem(nullValue()))
                .extract().jsonPath();
        JsonPath answer = run("fidelity-mentions", "slug", AP_GENEVA).body("errors", nullValue())
                .body("data.document.mentions.nodes.segmentKind", hasItem("CAPTION"))
                .body("data.document.setApart.kind", hasItem("CAPTION"))
                .body("data.document.mentions.nodes.findAll { it.kind == 'DATE' }.nameKind", everyItem(nullValue()))
                .body("data.document.mentions.totalCount", equalTo(rest.getList("mentions").size()))
                .extract().jsonPath();
        // The connection's nodes in place of the list, so that both answers are read with the same paths below.
        Map<String, Object> document = new java.util.LinkedHashMap<>(answer.getMap("data.document"));
        document.put("mentions", answer.getList("data.document.mentions.nodes"));
        JsonPath graphql;
        try {
            graphql = JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(document));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (JsonPath doc : List.of(rest, graphql)) {
            // "John Kerry" in the photo caption: an empty span in the cleaned text where the caption was taken out.
            Map<String, Object> caption = doc.getMap("mentions.find { it.start == 81 }");
            assertEquals("John Kerry", caption.get("text"));
            assertEquals("caption", caption.get("segmentKind").toString().toLowerCase());
            assertEquals(caption.get("cleanStart"), caption.get("cleanEnd"));
            Map<String, Object> segment = doc.getMap("setApart.find { it.start <= 81 && it.end >= 91 }");
            assertEquals(caption.get("segmentKind"), segment.get("kind"));
            assertEquals("preferred", caption.get("nameKind").toString().toLowerCase());
            assertEquals(1.0f, ((Number) caption.get("confidence")).floatValue());
            // "Moscow" for Russia in the body: a metonym, linked with less confidence.
            Map<String, Object> moscow = doc.getMap("mentions.find { it.text == 'Moscow' }");
            assertEquals(null, moscow.get("segmentKind"));
            assertEquals("metonym", moscow.get("nameKind").toString().toLowerCase());
            assertEquals("russia", ((Map<?, ?>) moscow.get("participant")).get("slug"));
            float confidence = ((Number) moscow.get("confidence")).floatValue();
            assertTrue(confidence > 0 && confidence < 1, "confidence " + confidence);
            assertNotEquals(moscow.get("cleanStart"), moscow.get("cleanEnd"));
        }
        assertEquals(rest.getList("mentions.segmentKind").stream().filter(k -> k != null).count(),
                graphql.getList("mentions.segmentKind").stream().filter(k -> k != null).count());
    }

    /** The code points {@code start} (inclusive) to {@code end} (exclusive) of {@code text}. */
    static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
