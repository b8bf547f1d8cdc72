package org.ceasefiredata.ceasefire.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Evidence never comes from the future (#13): on every day on which anything changes in the corpus (the days the
 * documents were certainly published by), no answer of either API, at any depth, cites a document published after
 * that day; and a status assessment is shown only whole, with all of its sources (so that its note, written from
 * them, is as of the day too), never with the later ones cut away.
 * <p>
 * REST: every list with every include (every record of the day, with all it can embed) and, for each list, the detail
 * with every include of a few records drawn with a fixed seed (a detail is built by the same code as its list item).
 * GraphQL: every root list, walking every relation of the graph below it (citations at every level, claims and
 * assessments where the operation limits allow), one small operation per relation so that each stays within the
 * limits, read to the end with the largest page the limits allow.
 */
@QuarkusTest
class NoLaterEvidenceTest {

    /** Fixed: the same records' details are asked for on every run. */
    static final String SEED = "20160904";
    /** Records whose detail is read per list and day. */
    static final int DETAILS = 4;

    static Corpus corpus;
    /** Every assessment of every commitment and deadline as served today, by {@code type:slug}. */
    static Map<String, Set<String>> assessments;

    @BeforeEach
    void readCorpus() {
        if (corpus == null) {
            corpus = Corpus.read();
            Map<String, Set<String>> all = new HashMap<>();
            corpus.commitments.forEach(c -> all.put("commitment:" + Apis.slug(c), new HashSet<>(Shapes.history(c))));
            corpus.deadlines.forEach(d -> all.put("deadline:" + Apis.slug(d), new HashSet<>(Shapes.history(d))));
            assessments = all;
        }
    }

    /** A REST list and the include that embeds everything it can (its details take the same). */
    record RestList(String path, String include) {
    }

    static final List<RestList> REST = List.of(
            new RestList("/api/v1/meetings", "participants,commitments,commitments.deadlines,deadlines"),
            new RestList("/api/v1/participants", "memberships,members"),
            new RestList("/api/v1/commitments", "deadlines,deadlines.history,history"),
            new RestList("/api/v1/deadlines", "history"),
            new RestList("/api/v1/documents", null));

    @Test
    void restAnswersCiteNothingPublishedLater() {
        Tally tally = new Tally();
        JqwikSession.start(SEED);
        try {
            for (String day : corpus.changeDays) {
                LocalDate asOf = LocalDate.parse(day);
                for (RestList list : REST) {
                    Map<String, Object> params = new LinkedHashMap<>();
                    params.put("asOf", day);
                    params.put("include", list.include());
                    params.put("limit", Apis.PAGE);
                    List<String> slugs = new ArrayList<>();
                    while (true) {
                        Map<String, Object> page = Apis.getObject(list.path(), params);
                        tally.check(list.path() + "?asOf=" + day, page, asOf);
                        for (Map<String, Object> item : Apis.<List<Map<String, Object>>>at(page, "items")) {
                            slugs.add(Apis.slug(item));
                            if (list.path().endsWith("/documents")) {
                                tally.published(list.path() + "?asOf=" + day, item, asOf);
                            }
                        }
                        if (page.get("next") == null) {
                            break;
                        }
                        params.put("cursor", page.get("next"));
                    }
                    // A detail is built by the same code as its list item: a sample of them is asked for, each day.
                    List<String> sample = slugs.isEmpty()
                            ? List.of()
                            : Arbitraries.of(slugs).list().uniqueElements().ofSize(Math.min(DETAILS, slugs.size())).sample();
                    for (String slug : sample) {
                        String path = list.path() + "/" + slug;
                        Map<String, Object> detail = new LinkedHashMap<>();
                        detail.put("asOf", day);
                        detail.put("include", list.include());
                        Map<String, Object> record = Apis.getObject(path, detail);
                        tally.check(path + "?asOf=" + day, record, asOf);
                        if (list.path().endsWith("/documents")) {
                            tally.published(path + "?asOf=" + day, record, asOf);
                        }
                        if (list.path().endsWith("/meetings")) {
                            detail.remove("include");
                            tally.check(path + "/participants?asOf=" + day, Apis.json(Apis.get(path + "/participants",
                                    detail).then().statusCode(200).extract().response()), asOf);
                        }
                    }
                }
            }
        } finally {
            JqwikSession.finish();
        }
        tally.report("REST");
    }

    /** The evidence fields of a record. */
    static final String E = "citations { ...Published } claims { citations { ...Published } }";
    /** Citations only (deeper down, where a record's claims would make the operation too complex). */
    static final String C = "citations { ...Published }";
    /** A commitment's or deadline's assessments, with enough of their sources to compare them with today's. */
    static final String H = "__typename history { status note citations { ...Quoted } }";
    static final Map<String, String> FRAGMENTS = Map.of("...Published",
            "fragment Published on Citation { document { published { latest } } }\n", "...Quoted",
            "fragment Quoted on Citation { document { slug published { latest } } start end }\n");

    /** A root list of GraphQL, its filter type, and the selections walked below each of its records. */
    record Walk(String root, String filter, List<String> selections) {
    }

    static final List<Walk> GRAPHQL = List.of(
            new Walk("meetings", "MeetingFilter", List.of(
                    E + " partOf { slug " + E + " } parts { slug " + C + " }",
                    "participants { " + C + " participant { slug " + E + " } meeting { slug " + C + " } }",
                    "participants { participant { slug offices { " + C + " of { slug " + C + " } } memberships { " + C
                            + " group { slug " + C + " } } } }",
                    "participants { participant { slug participations(first: 3) { nodes { " + C + " meeting { slug " + C
                            + " } } } commitments(first: 3) { slug " + C + " } deadlines(first: 3) { slug " + C + " } } }",
                    "commitments { slug " + E + " }",
                    "commitments { slug history { " + C + " } madeBy { slug " + C + " } binds { slug " + C + " } }",
                    "deadlines { slug " + E + " }",
                    "deadlines { slug history { " + C + " } setBy { slug " + C + " } commitment { slug " + C + " } }")),
            new Walk("participants", "ParticipantFilter", List.of(
                    E + " offices { " + C + " of { slug " + C + " } }",
                    "memberships { " + C + " group { slug " + E + " } member { slug " + C + " } }",
                    "members { " + C + " member { slug " + E + " } group { slug " + C + " } }",
                    "participations(first: 10) { nodes { " + C + " meeting { slug " + C + " } participant { slug " + C
                            + " } } }",
                    "commitments(first: 10) { slug " + C + " } deadlines(first: 10) { slug " + C + " }",
                    "commitments(first: 3) { slug " + H + " } deadlines(first: 3) { slug " + H + " }")),
            new Walk("commitments", "CommitmentFilter", List.of(
                    "slug " + E + " " + H + " meeting { slug " + E + " }",
                    "madeBy { slug " + E + " }",
                    "binds { slug " + E + " }",
                    "deadlines { slug " + E + " }",
                    "deadlines { slug " + H + " }")),
            new Walk("deadlines", "DeadlineFilter", List.of(
                    "slug " + E + " " + H + " meeting { slug " + E + " }",
                    "commitment { slug " + E + " " + H + " }",
                    "setBy { slug " + E + " }")),
            new Walk("documents", "DocumentFilter", List.of(
                    "published { latest } mentions(kind: PARTICIPANT, first: 100) { nodes { participant { slug " + C
                            + " offices { " + C + " } memberships { " + C + " } } } }")),
            new Walk("timeline", "TimelineFilter", List.of(
                    "type record { ... on Meeting { slug " + E + " } ... on Commitment { slug " + E + " } ... on Deadline"
                            + " { slug " + E + " } }",
                    "type record { ... on Commitment { slug " + H + " } }",
                    "type record { ... on Deadline { slug " + H + " } }")));

    @Test
    void graphQLAnswersCiteNothingPublishedLater() {
        Tally tally = new Tally();
        int pages = 0;
        for (String day : corpus.changeDays) {
            LocalDate asOf = LocalDate.parse(day);
            for (Walk walk : GRAPHQL) {
                for (String selection : walk.selections()) {
                    String query = "query Walk($filter: " + walk.filter() + ", $first: Int, $after: String) {\n  "
                            + walk.root() + "(filter: $filter, first: $first, after: $after) {\n    pageInfo { hasNextPage"
                            + " endCursor }\n    nodes { " + selection + " }\n  }\n}\n" + fragments(selection);
                    for (Map<String, Object> page : pages(query, walk.root(), day)) {
                        pages++;
                        String where = walk.root() + " { " + selection + " } asOf " + day;
                        tally.check(where, page, asOf);
                        for (Object node : (List<?>) page.get("nodes")) {
                            if (((Map<?, ?>) node).containsKey("published")) {
                                tally.published(where, (Map<?, ?>) node, asOf);
                            }
                        }
                    }
                }
            }
        }
        Log.infof("GraphQL: %d walks, %d pages", GRAPHQL.stream().mapToInt(w -> w.selections().size()).sum()
                * corpus.changeDays.size(), pages);
        tally.report("GraphQL");
    }

    /** The fragments a selection uses (GraphQL refuses an operation with an unused one). */
    private static String fragments(String selection) {
        StringBuilder used = new StringBuilder();
        FRAGMENTS.forEach((spread, fragment) -> {
            if (selection.contains(spread)) {
                used.append(fragment);
            }
        });
        return used.toString();
    }

    /** The page size each walk was found to allow, reused on the next day. */
    private static final Map<String, Integer> PAGE_SIZES = new HashMap<>();

    private static final Pattern COMPLEXITY = Pattern.compile("complexity is (\\d+); the maximum complexity is (\\d+)");

    /**
     * Every page of the root list as of the day, with the largest page size the operation limits allow for this
     * selection (found from the limit's own answer: the complexity grows with the page size).
     */
    private static List<Map<String, Object>> pages(String query, String root, String day) {
        List<Map<String, Object>> pages = new ArrayList<>();
        int first = PAGE_SIZES.getOrDefault(query, Apis.PAGE);
        String after = null;
        while (true) {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("filter", Map.of("asOf", day));
            variables.put("first", first);
            variables.put("after", after);
            Map<String, Object> answer = Apis.post(query, variables);
            if (answer.get("errors") != null) {
                Map<?, ?> error = (Map<?, ?>) ((List<?>) answer.get("errors")).get(0);
                Matcher m = COMPLEXITY.matcher(String.valueOf(error.get("message")));
                if (first > 1 && "MAX_COMPLEXITY_EXCEEDED".equals(Apis.at(error, "extensions.code")) && m.find()) {
                    first = (int) Math.max(1, Math.min(first - 1,
                            (long) first * Long.parseLong(m.group(2)) / Long.parseLong(m.group(1))));
                    continue;
                }
                throw new AssertionError(query + " " + variables + ": " + answer.get("errors"));
            }
            PAGE_SIZES.put(query, first);
            Map<String, Object> page = Apis.at(answer, "data." + root);
            pages.add(page);
            if (!Boolean.TRUE.equals(Apis.at(page, "pageInfo.hasNextPage"))) {
                return pages;
            }
            after = Apis.at(page, "pageInfo.endCursor");
        }
    }

    /** What the answers held: citations checked, assessments compared, and every problem found. */
    static final class Tally {
        int citations;
        int assessed;
        final List<String> problems = new ArrayList<>();

        void check(String where, Object answer, LocalDate day) {
            LaterEvidence.Findings findings = LaterEvidence.in(answer, day);
            citations += findings.checked();
            findings.later().forEach(f -> problems.add(where + ": " + f));
            assessments(where, answer);
        }

        void published(String where, Map<?, ?> document, LocalDate day) {
            String latest = (String) ((Map<?, ?>) document.get("published")).get("latest");
            if (LocalDate.parse(latest).isAfter(day)) {
                problems.add(where + ": document " + document.get("slug") + " published by " + latest);
            }
        }

        /** Every assessment shown is one of the record's assessments as served today, with all of its sources. */
        private void assessments(String where, Object node) {
            if (node instanceof Map<?, ?> object) {
                if (object.get("history") instanceof List<?> history && object.get("slug") != null
                        && history.stream().allMatch(h -> ((Map<?, ?>) h).containsKey("status"))) {
                    String key = type(object) + ":" + object.get("slug");
                    Set<String> known = NoLaterEvidenceTest.assessments.get(key);
                    for (String entry : Shapes.history(object)) {
                        assessed++;
                        if (known == null || !known.contains(entry)) {
                            problems.add(where + ": " + key + " shows the assessment " + entry + ", which is not whole;"
                                    + " its assessments: " + known);
                        }
                    }
                }
                object.values().forEach(v -> assessments(where, v));
            } else if (node instanceof List<?> list) {
                list.forEach(v -> assessments(where, v));
            }
        }

        /** A commitment (REST: has a summary) or a deadline (REST: has an expression); GraphQL says. */
        private static String type(Map<?, ?> record) {
            if (record.get("__typename") != null) {
                return record.get("__typename").toString().toLowerCase(Locale.ROOT);
            }
            return record.containsKey("summary") ? "commitment" : "deadline";
        }

        void report(String api) {
            Log.infof("%s as of %s: %d citations checked, %d assessments compared", api, corpus.changeDays, citations,
                    assessed);
            assertEquals(List.of(), problems, problems.size() + " answers of " + api + " know what was not yet published");
            assertTrue(citations > 1000, api + ": only " + citations + " citations checked");
            assertTrue(assessed > 20, api + ": only " + assessed + " assessments compared");
        }
    }

}
