package org.ceasefiredata.ceasefire.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The citations and claims of every record, in order, are the same in REST and GraphQL on every day on which anything
 * changes and without a day: REST reads a record's citations and claims in one statement (web/Views, #9), GraphQL with
 * a loader for each, so that the two surfaces agree only if the one statement keeps both queries' rows, order and
 * {@code asOf} rule.
 */
@QuarkusTest
class EvidenceParityTest {

    /** A REST list and the GraphQL root field of the same records. */
    record Listing(String rest, String root, String filter) {
    }

    static final List<Listing> LISTS = List.of(new Listing("/api/v1/meetings", "meetings", "MeetingFilter"),
            new Listing("/api/v1/participants", "participants", "ParticipantFilter"),
            new Listing("/api/v1/commitments", "commitments", "CommitmentFilter"),
            new Listing("/api/v1/deadlines", "deadlines", "DeadlineFilter"));

    /** GraphQL pages small enough for its complexity limit with citations and claims at two levels. */
    static final int GRAPHQL_PAGE = 25;

    @Test
    void restAndGraphQLGiveTheSameEvidence() {
        List<String> days = Corpus.noDayThen(Corpus.read().changeDays);
        int citations = 0;
        int claims = 0;
        for (String day : days) {
            for (Listing list : LISTS) {
                Map<String, List<String>> rest = rest(list.rest(), day);
                Map<String, List<String>> graphql = graphql(list, day);
                assertEquals(rest, graphql, list.rest() + " as of " + day);
                for (List<String> evidence : rest.values()) {
                    citations += evidence.stream().filter(e -> e.startsWith("citation ")).count();
                    claims += evidence.stream().filter(e -> e.startsWith("claim ")).count();
                }
            }
        }
        // Something was compared: the corpus has both kinds of evidence.
        assertTrue(citations > 100 && claims > 0, citations + " citations, " + claims + " claims compared");
    }

    /** Each record's evidence as REST gives it, by slug: its citations, then its claims with theirs. */
    private static Map<String, List<String>> rest(String path, String day) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("asOf", day);
        Map<String, List<String>> bySlug = new LinkedHashMap<>();
        for (Map<String, Object> item : Apis.restItems(path, params)) {
            bySlug.put(Apis.slug(item), evidence(item, c -> c.get("document"), k -> k.get("basis")));
        }
        return bySlug;
    }

    /** The same from GraphQL. */
    private static Map<String, List<String>> graphql(Listing list, String day) {
        String cite = "document { slug } start end quote";
        String query = "query($filter: " + list.filter() + ", $after: String) { " + list.root()
                + "(filter: $filter, first: " + GRAPHQL_PAGE + ", after: $after) { pageInfo { hasNextPage endCursor } nodes {"
                + " slug citations { " + cite + " } claims { about value basis citations { " + cite + " } } } } }";
        Map<String, Object> filter = new LinkedHashMap<>();
        if (day != null) {
            filter.put("asOf", day);
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("filter", filter);
        Map<String, List<String>> bySlug = new LinkedHashMap<>();
        for (Map<String, Object> node : Apis.graphqlNodes(query, list.root(), variables)) {
            // GraphQL spells enum values in upper case (STATED), REST in lower case (stated).
            bySlug.put(Apis.slug(node), evidence(node, c -> Apis.at(c, "document.slug"),
                    k -> k.get("basis").toString().toLowerCase(java.util.Locale.ROOT)));
        }
        return bySlug;
    }

    /** A record's citations, then its claims with theirs, as lines; the two APIs differ only in two spellings. */
    private static List<String> evidence(Map<String, Object> record, Function<Map<String, Object>, Object> document,
            Function<Map<String, Object>, Object> basis) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> c : list(record, "citations")) {
            lines.add("citation " + citation(document.apply(c), c));
        }
        for (Map<String, Object> k : list(record, "claims")) {
            StringBuilder claim = new StringBuilder("claim " + k.get("about") + "=" + k.get("value") + " (" + basis.apply(k)
                    + "):");
            list(k, "citations").forEach(c -> claim.append(' ').append(citation(document.apply(c), c)));
            lines.add(claim.toString());
        }
        return lines;
    }

    private static String citation(Object document, Map<String, Object> c) {
        return document + "[" + c.get("start") + "," + c.get("end") + "]" + c.get("quote");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> object, String key) {
        Object value = object.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
