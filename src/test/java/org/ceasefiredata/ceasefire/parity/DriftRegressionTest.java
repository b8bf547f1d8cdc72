package org.ceasefiredata.ceasefire.parity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ceasefiredata.ceasefire.graph.GraphQLClient;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import io.restassured.path.json.JsonPath;

/**
 * The four places where the copies of the query code had drifted apart (#9, "The copies disagree"), each as it was
 * found: every one of these failed before the query layer was made one.
 */
@QuarkusTest
class DriftRegressionTest {

    static final String MUNICH = "issg-munich-2016-02";

    /** The top N of a participant's commitments is taken after asOf applies, never before (it answered []). */
    @Test
    void aParticipantsFirstCommitmentsAsOfADayAreTheRestListsFirst() {
        List<String> rest = given().queryParam("asOf", "2016-02-15").queryParam("limit", 1)
                .get("/api/v1/participants/issg/commitments").then().statusCode(200).extract().jsonPath()
                .getList("items.slug");
        assertEquals(1, rest.size(), "ISSG had commitments known on 2016-02-15");
        Map<String, Object> first = Apis.at(Apis.graphql("participant-first", "slug", "issg", "asOf", "2016-02-15",
                "first", 1), "data.participant");
        assertEquals(rest, Shapes.slugs(first, "commitments"));
        Map<String, Object> hundred = Apis.at(Apis.graphql("participant-first", "slug", "issg", "asOf", "2016-02-15",
                "first", 100), "data.participant");
        assertEquals(rest.get(0), Shapes.slugs(hundred, "commitments").get(0));
    }

    /**
     * GraphQL's asOf reaches the records below a participation (its participant and meeting), a commitment's parties
     * and a mention's participant: as of the day of the Munich meeting, none shows a citation of a later text (the
     * participants showed citations of texts published in July to September 2016).
     */
    @Test
    void graphQLAsOfReachesParticipationsPartiesAndMentions() {
        LocalDate day = LocalDate.parse("2016-02-12");
        Map<String, Object> answer = Apis.graphql("as-of-below", "meeting", MUNICH, "participant", "john-kerry", "asOf",
                day.toString());
        // Each relation's records, wherever they occur in the answer.
        List<Object> participations = new ArrayList<>(field(List.of(answer), "data", "meeting", "participants"));
        participations.addAll(field(List.of(answer), "data", "participant", "participations", "nodes"));
        List<Object> commitments = field(List.of(answer), "data", "meeting", "commitments");
        Map<String, List<Object>> relations = Map.of("Participation.participant", field(participations, "participant"),
                "Participation.meeting", field(participations, "meeting"), "Commitment.madeBy",
                field(commitments, "madeBy"), "Commitment.binds", field(commitments, "binds"), "Mention.participant",
                field(List.of(answer), "data", "meeting", "citations", "document", "mentions", "nodes",
                        "participant"));
        List<String> problems = new ArrayList<>();
        relations.forEach((relation, records) -> {
            LaterEvidence.Findings findings = LaterEvidence.in(records, day);
            if (findings.checked() == 0) {
                problems.add(relation + ": no citation to check");
            }
            findings.later().forEach(f -> problems.add(relation + " " + f));
        });
        assertEquals(List.of(), problems, "evidence published after " + day);
    }

    /**
     * A participant's meetings are the meeting list filtered by the participant (the sub-resource had its own query,
     * without the check that a participation was reported by the day): Russia's meetings as of the Munich meeting
     * (none reported yet), of the ISSG overview and of the Geneva talks.
     */
    @Test
    void aParticipantsMeetingsAreTheMeetingListFilteredByIt() {
        int meetings = 0;
        for (String day : List.of("2016-02-12", "2016-07-31", "2016-08-26")) {
            JsonPath sub = given().queryParam("asOf", day).queryParam("limit", 100)
                    .get("/api/v1/participants/russia/meetings").then().statusCode(200).extract().jsonPath();
            JsonPath list = given().queryParam("participant", "russia").queryParam("asOf", day).queryParam("limit", 100)
                    .get("/api/v1/meetings").then().statusCode(200).extract().jsonPath();
            assertEquals(list.getList("items.slug"), sub.getList("items.slug"), "as of " + day);
            assertEquals(list.getLong("total"), sub.getLong("total"), "as of " + day);
            meetings += list.getList("items").size();
        }
        assertTrue(meetings > 0, "Russia took part in meetings reported by 2016-08-26");
    }

    /** GraphQL names the argument the client gave, {@code query}, not the query layer's name for it. */
    @Test
    void searchNamesItsBadArgumentQuery() {
        GraphQLClient.run("search", "query", "the").body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.violations[0].argument", equalTo("query"));
    }

    /** The values at a path below each of the given objects, lists along the way flattened. */
    private static List<Object> field(List<?> objects, String... path) {
        List<Object> values = new ArrayList<>(objects);
        for (String name : path) {
            List<Object> next = new ArrayList<>();
            for (Object o : values) {
                Object v = ((Map<?, ?>) o).get(name);
                if (v instanceof List<?> list) {
                    next.addAll(list);
                } else if (v != null) {
                    next.add(v);
                }
            }
            values = next;
        }
        return values;
    }
}
