package org.ceasefiredata.ceasefire.graph;

import static org.ceasefiredata.ceasefire.graph.GraphQLClient.run;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ceasefiredata.ceasefire.parity.LaterEvidence;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import io.restassured.path.json.JsonPath;

/** Every query and relation of the GraphQL API over the curated seeds: lookups, filters, cursors, asOf. */
@QuarkusTest
class GraphQLQueriesTest {

    static final String MUNICH = "issg-munich-2016-02";
    static final String AUGUST_1 = "august-1-transition-deadline";

    @Test
    void meetingsPageToTheEndWithCursors() {
        List<String> all = run("meetings", "first", 100).body("errors", nullValue())
                .body("data.meetings.totalCount", equalTo(18)).extract().jsonPath().getList("data.meetings.edges.node.slug");
        assertEquals(18, all.size());
        List<String> paged = new ArrayList<>();
        String after = null;
        int pages = 0;
        boolean more = true;
        while (more) {
            JsonPath page = run("meetings", "first", 4, "after", after).body("errors", nullValue()).extract().jsonPath();
            paged.addAll(page.getList("data.meetings.edges.node.slug"));
            assertEquals(pages > 0, page.getBoolean("data.meetings.pageInfo.hasPreviousPage"));
            List<String> cursors = page.getList("data.meetings.edges.cursor");
            assertEquals(cursors.get(cursors.size() - 1), page.getString("data.meetings.pageInfo.endCursor"));
            more = page.getBoolean("data.meetings.pageInfo.hasNextPage");
            after = page.getString("data.meetings.pageInfo.endCursor");
            pages++;
        }
        assertEquals(5, pages);
        assertEquals(all, paged);
        // Chronological: the first possible days never decrease (undated meetings come last).
        List<String> earliest = run("meetings", "first", 100).extract().jsonPath()
                .getList("data.meetings.edges.node.date.earliest");
        for (int i = 1; i < earliest.size() && earliest.get(i) != null; i++) {
            assertFalse(LocalDate.parse(earliest.get(i)).isBefore(LocalDate.parse(earliest.get(i - 1))), earliest.toString());
        }
    }

    @Test
    void meetingFiltersMeanWhatTheRestFiltersMean() {
        List<String> withLavrov = run("meetings", "first", 100, "filter", Map.of("participant", List.of("Sergei Lavrov")))
                .body("errors", nullValue()).body("data.meetings.totalCount", greaterThan(0))
                .extract().jsonPath().getList("data.meetings.edges.node.slug");
        List<String> rest = io.restassured.RestAssured.given().queryParam("participant", "sergey-lavrov")
                .queryParam("limit", 100).get("/api/v1/meetings").then().statusCode(200).extract().jsonPath()
                .getList("items.slug");
        assertEquals(rest, withLavrov);
        run("meetings", "first", 100, "filter", Map.of("kind", List.of("MINISTERIAL"), "place", List.of("munich")))
                .body("data.meetings.edges.node.kind", everyItem(equalTo("MINISTERIAL")))
                .body("data.meetings.edges.node.slug", hasItem(MUNICH));
        run("meetings", "first", 100, "filter", Map.of("from", "2016-02", "to", "2016-02"))
                .body("data.meetings.edges.node.slug", hasItem(MUNICH))
                .body("data.meetings.edges.node.date.latest", everyItem(greaterThan("2016-01-31")));
        run("meetings", "first", 100, "filter", Map.of("text", "munich"))
                .body("data.meetings.edges.node.slug", hasItem(MUNICH));
        // A series and its parts, both ways.
        run("meetings", "first", 100, "filter", Map.of("slug", List.of("intra-syrian-talks", "geneva-talks-2016-01")))
                .body("data.meetings.edges.node.find { it.slug == 'intra-syrian-talks' }.parts.slug",
                        hasItem("geneva-talks-2016-01"))
                .body("data.meetings.edges.node.find { it.slug == 'geneva-talks-2016-01' }.partOf.slug",
                        equalTo("intra-syrian-talks"));
    }

    @Test
    void aMeetingLeadsToEverythingItRelatesTo() {
        JsonPath meeting = run("meeting", "slug", MUNICH).body("errors", nullValue())
                .body("data.meeting.commitments", not(hasSize(0)))
                .body("data.meeting.participants", not(hasSize(0)))
                .body("data.meeting.citations", not(hasSize(0)))
                .extract().jsonPath();
        // participants -> their meetings include this one; roles and evidence travel with the participation.
        for (Map<String, Object> p : meeting.<Map<String, Object>>getList("data.meeting.participants")) {
            assertEquals(MUNICH, ((Map<?, ?>) p.get("meeting")).get("slug"));
            assertFalse(((List<?>) p.get("citations")).isEmpty(), p.toString());
            Map<?, ?> participant = (Map<?, ?>) p.get("participant");
            List<?> meetings = ((List<?>) ((Map<?, ?>) participant.get("participations")).get("nodes")).stream()
                    .map(x -> ((Map<?, ?>) ((Map<?, ?>) x).get("meeting")).get("slug")).toList();
            assertTrue(meetings.contains(MUNICH), participant.get("slug") + " " + meetings);
        }
        // commitments -> deadlines -> the meeting that set them.
        assertTrue(meeting.getList("data.meeting.commitments.deadlines.flatten().meeting.slug").contains(MUNICH));
        // citations -> document -> mentions -> participant, and back to the document.
        List<Map<String, Object>> citations = meeting.getList("data.meeting.citations");
        for (Map<String, Object> c : citations) {
            Map<?, ?> document = (Map<?, ?>) c.get("document");
            assertEquals(document.get("sha256"), c.get("documentSha256"));
            for (Object m : (List<?>) ((Map<?, ?>) document.get("mentions")).get("nodes")) {
                assertEquals(document.get("slug"), ((Map<?, ?>) ((Map<?, ?>) m).get("document")).get("slug"));
                assertTrue(((Map<?, ?>) m).get("participant") != null, m.toString());
            }
        }
        run("meeting", "slug", "no-such-meeting").body("errors", nullValue()).body("data.meeting", nullValue());
    }

    @Test
    void participantsAreFoundByAnyOfTheirNames() {
        for (String name : List.of("Sergei Lavrov", "sergey lavrov", "Lavrov")) {
            run("participant", "name", name).body("errors", nullValue())
                    .body("data.participant.slug", equalTo("sergey-lavrov"))
                    .body("data.participant.names.name", hasItems("Sergey Lavrov", "Sergei Lavrov"))
                    .body("data.participant.offices.of.slug", hasItem("russia"));
        }
        run("participant", "slug", "issg").body("errors", nullValue())
                .body("data.participant.members.findAll { it.role == 'FOUNDING_MEMBER' }", hasSize(19))
                .body("data.participant.members.group.slug", everyItem(equalTo("issg")));
        run("participant", "slug", "russia").body("data.participant.memberships.group.slug", hasItem("issg"))
                .body("data.participant.participations.nodes.meeting.slug", hasItem(MUNICH))
                .body("data.participant.commitments", not(hasSize(0)));
        run("participant", "name", "Nobody Atall").body("errors", nullValue()).body("data.participant", nullValue());
        run("participant", "slug", "russia", "name", "Russia").body("data.participant", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("participants", "first", 100, "filter", Map.of("memberOf", List.of("issg")))
                .body("data.participants.totalCount", greaterThan(25));
        run("participants", "filter", Map.of("kind", List.of("PERSON"), "name", List.of("Sergei Lavrov")))
                .body("data.participants.nodes.slug", equalTo(List.of("sergey-lavrov")));
    }

    @Test
    void commitmentsAndDeadlinesWalkBothWays() {
        run("commitment", "slug", "munich-cessation-of-hostilities").body("errors", nullValue())
                .body("data.commitment.meeting.slug", equalTo(MUNICH))
                .body("data.commitment.madeBy", not(hasSize(0)))
                .body("data.commitment.deadlines.commitment.slug", everyItem(equalTo("munich-cessation-of-hostilities")))
                .body("data.commitment.history", not(hasSize(0)))
                .body("data.commitment.citations", not(hasSize(0)));
        run("deadline", "slug", "munich-cessation-in-the-coming-week").body("errors", nullValue())
                .body("data.deadline.commitment.deadlines.slug", hasItem("munich-cessation-in-the-coming-week"))
                .body("data.deadline.meeting.slug", equalTo(MUNICH));
        run("deadline", "slug", AUGUST_1).body("errors", nullValue())
                .body("data.deadline.commitment.slug", equalTo("issg-transition-timeline"))
                .body("data.deadline.due.earliest", equalTo("2016-08-01"));
        run("commitments", "first", 100, "filter", Map.of("meeting", List.of(MUNICH), "kind", List.of("AGREEMENT")))
                .body("errors", nullValue()).body("data.commitments.nodes.meeting.slug", everyItem(equalTo(MUNICH)))
                .body("data.commitments.nodes.kind", everyItem(equalTo("AGREEMENT")));
        run("deadlines", "first", 100, "filter", Map.of("type", List.of("RELATIVE")))
                .body("data.deadlines.nodes.type", everyItem(equalTo("RELATIVE")))
                .body("data.deadlines.totalCount", greaterThan(0));
    }

    @Test
    void asOfAnswersWithWhatWasKnownThen() {
        run("deadline", "slug", AUGUST_1, "asOf", "2016-07-31").body("errors", nullValue())
                .body("data.deadline.status", equalTo("PENDING")).body("data.deadline.history", hasSize(1))
                .body("data.deadline.citations.document.slug", not(hasItem("ap-geneva-kerry-lavrov-2016-08-26")));
        run("deadline", "slug", AUGUST_1, "asOf", "2016-09").body("data.deadline.status", equalTo("MISSED"))
                .body("data.deadline.history.status", equalTo(List.of("PENDING", "MISSED")));
        run("deadline", "slug", AUGUST_1, "asOf", "2016-05-01").body("errors", nullValue())
                .body("data.deadline", nullValue());
        run("deadlines", "first", 100, "filter", Map.of("asOf", "2016-07-31", "status", List.of("MISSED")))
                .body("data.deadlines.nodes.slug", not(hasItem(AUGUST_1)));
        // Nested fields follow the root's day: as of the Munich meeting, no citation at any depth (participants, their
        // offices and memberships, commitments and their history and parties, deadlines, the participants its documents
        // mention) is of a document published later.
        LocalDate munich = LocalDate.parse("2016-02-12");
        Map<String, Object> meeting = run("meeting-as-of", "slug", MUNICH, "asOf", munich.toString())
                .body("errors", nullValue()).body("data.meeting.slug", equalTo(MUNICH)).extract().path("data");
        LaterEvidence.Findings findings = LaterEvidence.in(meeting, munich);
        assertTrue(findings.checked() > 20, "citations checked: " + findings.checked());
        assertEquals(List.of(), findings.later(), "evidence published after " + munich);
        run("document", "slug", "ap-geneva-kerry-lavrov-2016-08-26", "asOf", "2016-08-01")
                .body("data.document", nullValue());
    }

    @Test
    void reference3DeadlinesDueBetweenTwoDates() {
        run("deadlines-due", "from", "2016-02-01", "to", "2016-03-31").body("errors", nullValue())
                .body("data.deadlines.totalCount", greaterThan(0))
                .body("data.deadlines.nodes.due.earliest", everyItem(not(greaterThan("2016-03-31"))))
                .body("data.deadlines.nodes.due.latest", everyItem(greaterThan("2016-01-31")));
        run("meetings-with-participants").body("errors", nullValue())
                .body("data.meetings.nodes", hasSize(18))
                .body("data.meetings.nodes[0].participants[0].role", notNullValue());
        run("meeting-commitments", "slug", MUNICH).body("errors", nullValue())
                .body("data.meeting.commitments.deadlines.flatten().slug", hasItem("munich-cessation-in-the-coming-week"));
    }

    @Test
    void documentsCarryTheirTextsSegmentsAndMentions() {
        run("documents", "first", 100).body("data.documents.totalCount", equalTo(5));
        JsonPath doc = run("document", "slug", "ap-geneva-kerry-lavrov-2016-08-26").body("errors", nullValue())
                .body("data.document.sha256", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"))
                .body("data.document.mentions.nodes.findAll { it.kind == 'PARTICIPANT' }.participant.slug", hasItem("russia"))
                .body("data.document.mentions.nodes.findAll { it.kind == 'DATE' }.dateType", hasItem("RELATIVE"))
                .extract().jsonPath();
        String text = doc.getString("data.document.originalText");
        assertEquals(text.codePointCount(0, text.length()), doc.getInt("data.document.length"));
        run("documents", "filter", Map.of("participant", List.of("russia"), "from", "2016-08"))
                .body("data.documents.nodes.slug", hasItem("ap-geneva-kerry-lavrov-2016-08-26"));
    }

    @Test
    void timelineEntriesAreTheRecordsInDateOrder() {
        List<Map<String, Object>> all = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            JsonPath page = run("timeline", "first", 20, "after", after).body("errors", nullValue()).extract().jsonPath();
            all.addAll(page.getList("data.timeline.edges.node"));
            more = page.getBoolean("data.timeline.pageInfo.hasNextPage");
            after = page.getString("data.timeline.pageInfo.endCursor");
        }
        int total = run("timeline", "first", 1).extract().path("data.timeline.totalCount");
        assertEquals(total, all.size());
        for (int i = 0; i < all.size(); i++) {
            Map<?, ?> entry = all.get(i);
            Map<?, ?> record = (Map<?, ?>) entry.get("record");
            assertEquals(entry.get("slug"), record.get("slug"));
            assertEquals(entry.get("type").toString().toLowerCase(), record.get("__typename").toString().toLowerCase());
            if (i > 0) {
                String before = (String) ((Map<?, ?>) all.get(i - 1).get("date")).get("earliest");
                String now = (String) ((Map<?, ?>) entry.get("date")).get("earliest");
                assertTrue(now.compareTo(before) >= 0, before + " then " + now);
            }
        }
        run("timeline", "first", 100, "filter", Map.of("type", List.of("DEADLINE"), "asOf", "2016-07-31"))
                .body("data.timeline.edges.node.type", everyItem(equalTo("DEADLINE")))
                .body("data.timeline.edges.node.find { it.slug == '" + AUGUST_1 + "' }.record.deadlineStatus",
                        equalTo("PENDING"));
    }

    @Test
    void searchFindsRecordsUnderAnyName() {
        run("search", "query", "Nusra Front").body("errors", nullValue())
                .body("data.search.totalCount", greaterThan(0))
                .body("data.search.nodes.snippet", hasItem(org.hamcrest.Matchers.containsString("<mark>")))
                .body("data.search.nodes.record.__typename", everyItem(notNullValue()));
        run("search", "query", "Lavrov", "types", List.of("PARTICIPANT"))
                .body("data.search.nodes.type", everyItem(equalTo("PARTICIPANT")))
                .body("data.search.nodes.record.slug", hasItem("sergey-lavrov"));
    }

    @Test
    void badArgumentsAreNamedInTheError() {
        run("meetings", "filter", Map.of("from", "2016-13")).body("data.meetings", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.violations[0].argument", equalTo("from"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("from is not a date"));
        run("meetings", "after", "bm90LWEtY3Vyc29y").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.violations[0].argument", equalTo("after"));
        String cursor = run("participants", "first", 1).extract().path("data.participants.pageInfo.endCursor");
        run("meetings", "first", 1, "after", cursor).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("another"));
        run("meetings", "filter", Map.of("participant", List.of("Nobody Atall")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("Nobody Atall"));
        run("meetings", "filter", Map.of("kind", List.of("PICNIC")))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        run("meetings", "filter", Map.of("slug", List.of())).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.violations[0].argument", equalTo("slug"));
    }
}
