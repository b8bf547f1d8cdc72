package org.ceasefiredata.ceasefire.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A record by slug with its relations, and relations of those, read as a chain of lookups each keyed by the one before
 * it and sent in one round trip ({@code paging/Keys}, #9), gives what the same selection gives through the list, whose
 * relations are read one level at a time with the ids in hand: for every meeting, commitment and deadline, with their
 * citations and claims at every level, without a day and on every day on which the corpus changes (and the day before).
 */
@QuarkusTest
class ChainedLookupParityTest {

    static final String EVIDENCE = "citations { quote start document { slug } } claims { about value citations { quote } }";
    static final String MEETING = "slug participants { role participant { slug name } citations { quote start } }"
            + " commitments { slug status " + EVIDENCE + " deadlines { slug status due { earliest latest } " + EVIDENCE
            + " } } deadlines { slug status " + EVIDENCE + " } " + EVIDENCE;
    static final String COMMITMENT = "slug status deadlines { slug status " + EVIDENCE + " } " + EVIDENCE;
    static final String DEADLINE = "slug status commitment { slug } " + EVIDENCE;

    @Test
    void aRecordBySlugHasTheRelationsItHasInTheList() {
        Corpus corpus = Corpus.read();
        List<String> days = Corpus.noDayThen(corpus.asOfDays);
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        int withRelations = 0;
        for (String day : days) {
            for (String slug : Corpus.values(corpus.meetings, "slug")) {
                withRelations += same(mismatches, "meeting", "meetings", "MeetingFilter", MEETING, slug, day);
                compared++;
            }
            for (String slug : Corpus.values(corpus.commitments, "slug")) {
                withRelations += same(mismatches, "commitment", "commitments", "CommitmentFilter", COMMITMENT, slug, day);
                compared++;
            }
            for (String slug : Corpus.values(corpus.deadlines, "slug")) {
                withRelations += same(mismatches, "deadline", "deadlines", "DeadlineFilter", DEADLINE, slug, day);
                compared++;
            }
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + compared + ":\n" + String.join("\n", mismatches));
        assertTrue(withRelations > compared / 4, withRelations + " of " + compared + " records found with relations");
    }

    @Test
    void overRestARecordBySlugIsWhatTheListGivesForIt() {
        // REST reads a record by slug as a chain (web/Views); the list filtered to its slug reads the same relations
        // with the ids in hand: the same JSON for each record, every relation it can embed, without a day and on
        // every change day.
        Corpus corpus = Corpus.read();
        List<String> days = Corpus.noDayThen(corpus.changeDays);
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        int found = 0;
        for (String day : days) {
            for (String[] kind : List.of(new String[]{"meetings", "participants,commitments.deadlines,deadlines"},
                    new String[]{"commitments", "deadlines,history"}, new String[]{"deadlines", "history"})) {
                List<Map<String, Object>> records = switch (kind[0]) {
                    case "meetings" -> corpus.meetings;
                    case "commitments" -> corpus.commitments;
                    default -> corpus.deadlines;
                };
                for (String slug : Corpus.values(records, "slug")) {
                    Map<String, Object> params = new LinkedHashMap<>();
                    params.put("include", kind[1]);
                    params.put("asOf", day);
                    io.restassured.response.Response one = Apis.get("/api/v1/" + kind[0] + "/" + slug, params);
                    params.put("slug", slug);
                    List<Object> listed = Apis.get("/api/v1/" + kind[0], params).then().statusCode(200).extract()
                            .jsonPath().getList("items");
                    Object bySlug = one.statusCode() == 404
                            ? null
                            : one.then().statusCode(200).extract().jsonPath()
                                    .get("$");
                    Object inList = listed.isEmpty() ? null : listed.get(0);
                    if (!java.util.Objects.equals(bySlug, inList)) {
                        mismatches.add(kind[0] + " " + slug + " as of " + day + "\n  by slug " + bySlug + "\n  listed  "
                                + inList);
                    }
                    compared++;
                    found += bySlug == null ? 0 : 1;
                }
            }
        }
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + compared + ":\n" + String.join("\n", mismatches));
        assertTrue(found > compared / 2, found + " of " + compared + " found");
    }

    /** Compares {@code root(slug:)} with the list filtered to the slug; 1 when the record has relations, else 0. */
    private static int same(List<String> mismatches, String root, String list, String filter, String selection,
            String slug, String day) {
        String query = "query($slug: String!, $slugs: [String], $asOf: String) { one: " + root
                + "(slug: $slug, asOf: $asOf) { " + selection + " } list: " + list
                + "(filter: { slug: $slugs, asOf: $asOf }, first: 1) { nodes { " + selection + " } } }";
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("slug", slug);
        variables.put("slugs", List.of(slug));
        variables.put("asOf", day);
        Map<String, Object> answer = Apis.post(query, variables);
        assertEquals(null, answer.get("errors"), root + " " + slug + " " + day);
        Map<String, Object> one = Apis.at(answer, "data.one");
        List<Map<String, Object>> nodes = Apis.at(answer, "data.list.nodes");
        Map<String, Object> listed = nodes.isEmpty() ? null : nodes.get(0);
        if (!java.util.Objects.equals(one, listed)) {
            mismatches.add(root + " " + slug + " as of " + day + "\n  by slug " + one + "\n  listed  " + listed);
        }
        return one != null && one.values().stream().anyMatch(v -> v instanceof List<?> l && !l.isEmpty()) ? 1 : 0;
    }
}
