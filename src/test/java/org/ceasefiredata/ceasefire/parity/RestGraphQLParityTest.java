package org.ceasefiredata.ceasefire.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;

import io.restassured.response.Response;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;

/**
 * REST and GraphQL answer every question alike (#9): each list under combinations of its filters, and each nested
 * relation of a record, under the days on which the answers change (the days documents were published by, the day
 * before each, and no day at all).
 * <p>
 * Property-based over the real data: jqwik's generators draw the filter combinations from the served values (slugs,
 * every name of a participant such as "Sergei Lavrov", kinds, statuses, places, dates of every precision, words of the
 * records). jqwik's own engine cannot run a property inside a {@code @QuarkusTest} (its {@code @Property} methods are
 * not run there: the application is started by Quarkus' JUnit Jupiter extension only), so the generators are sampled in
 * plain tests, with a fixed seed so that a failure reproduces, a fixed number of tries per list, and every mismatch
 * reported with its combination.
 */
@QuarkusTest
class RestGraphQLParityTest {

    /** Fixed: the same combinations on every run, so that a failure reproduces. */
    static final String SEED = "20160212";
    /** Filter combinations per list. */
    static final int TRIES = 40;
    /** Records sampled per day for the nested relations. */
    static final int PER_DAY = 3;

    static Corpus corpus;

    /** Read once per class (REST Assured knows the application's port only once a test runs). */
    @BeforeEach
    void readCorpus() {
        if (corpus == null) {
            corpus = Corpus.read();
        }
    }

    /**
     * One filter of a list: its REST name, the values drawn for it, and how often it is left out (null: as often as
     * gives one or two filters per combination besides asOf, one and a half on average).
     */
    record Param(String name, Arbitrary<Object> values, Double absent) {
    }

    /** A list in both APIs: its REST path, its GraphQL operation and root field, and which filters are enumerations. */
    record ListSpec(String path, String operation, String root, Set<String> enums, List<Param> params,
            Function<Map<String, Object>, String> key) {
    }

    @Test
    void meetingListsAgree() {
        List<Map<String, Object>> m = corpus.meetings;
        List<String> places = new ArrayList<>(Corpus.values(m, "place"));
        places.addAll(Corpus.values(m, "country"));
        check(new ListSpec("/api/v1/meetings", "parity/meetings", "meetings", Set.of("kind", "status"), List.of(
                date("from"), date("to"), party("participant", corpus.namesOf(participantsOfMeetings())), some("place", places),
                some("kind", Corpus.values(m, "kind")), some("status", Corpus.values(m, "status")),
                one("q", Corpus.words(m, "title", "outcome", "place")), some("slug", Corpus.values(m, "slug")), asOf(),
                sort("date", "end", "slug", "title", "kind", "status")),
                Apis::slug));
    }

    @Test
    void participantListsAgree() {
        List<Map<String, Object>> p = corpus.participants;
        List<String> names = new ArrayList<>(corpus.participantRefs());
        check(new ListSpec("/api/v1/participants", "parity/participants", "participants", Set.of("kind"), List.of(
                some("name", names), some("kind", Corpus.values(p, "kind")), some("memberOf", corpus.groupRefs()),
                one("q", Corpus.words(p, "name", "description")), some("slug", Corpus.values(p, "slug")), asOf(),
                sort("name", "slug", "kind")),
                Apis::slug));
    }

    @Test
    void commitmentListsAgree() {
        List<Map<String, Object>> c = corpus.commitments;
        List<String> parties = new ArrayList<>(Corpus.refs(c, "madeBy"));
        parties.addAll(Corpus.refs(c, "binds"));
        List<String> refs = corpus.namesOf(parties);
        check(new ListSpec("/api/v1/commitments", "parity/commitments", "commitments", Set.of("kind", "status"), List.of(
                date("from"), date("to"), party("participant", refs), party("madeBy", refs), party("binds", refs),
                some("kind", Corpus.values(c, "kind")), some("status", Corpus.statuses(c)),
                some("meeting", Corpus.values(corpus.meetings, "slug")), one("q", Corpus.words(c, "summary")),
                some("slug", Corpus.values(c, "slug")), asOf(), sort("date", "slug", "kind", "status")), Apis::slug));
    }

    @Test
    void deadlineListsAgree() {
        List<Map<String, Object>> d = corpus.deadlines;
        check(new ListSpec("/api/v1/deadlines", "parity/deadlines", "deadlines", Set.of("status", "type"), List.of(
                date("from"), date("to"), party("participant", corpus.namesOf(Corpus.refs(d, "setBy"))),
                some("status", Corpus.statuses(d)),
                some("type", Corpus.values(d, "type")), some("commitment", Corpus.values(corpus.commitments, "slug")),
                some("meeting", Corpus.values(corpus.meetings, "slug")), one("q", Corpus.words(d, "description", "expression")),
                some("slug", Corpus.values(d, "slug")), asOf(), sort("due", "dueEnd", "slug", "status")), Apis::slug));
    }

    @Test
    void documentListsAgree() {
        List<Map<String, Object>> d = corpus.documents;
        check(new ListSpec("/api/v1/documents", "parity/documents", "documents", Set.of(), List.of(date("from"),
                date("to"), some("participant", corpus.participantRefs()), one("q", Corpus.words(d, "title")),
                some("slug", Corpus.values(d, "slug")), asOf(), sort("published", "slug", "title")), Apis::slug));
    }

    @Test
    void timelinesAgree() {
        List<String> parties = new ArrayList<>(participantsOfMeetings());
        parties.addAll(Corpus.refs(corpus.commitments, "madeBy"));
        parties.addAll(Corpus.refs(corpus.commitments, "binds"));
        parties.addAll(Corpus.refs(corpus.deadlines, "setBy"));
        check(new ListSpec("/api/v1/timeline", "parity/timeline", "timeline", Set.of("type"), List.of(date("from"),
                date("to"), party("participant", corpus.namesOf(parties)),
                some("type", List.of("meeting", "deadline", "commitment")), asOf()), Apis::typeAndSlug));
    }

    /**
     * A meeting's commitments, deadlines and participants, its citations and claims: GraphQL's nested fields, the REST
     * detail and the REST sub-resources, which are the lists with the meeting as a filter.
     */
    @Test
    void meetingRelationsAgree() {
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (Sample s : samples(Arbitraries.of(Corpus.values(corpus.meetings, "slug")), List.of(0))) {
            String where = "meeting " + s.slug() + " asOf " + s.day();
            Map<String, Object> day = asOf(s.day());
            List<String> commitments = subResource(mismatches, where, "/api/v1/meetings/" + s.slug() + "/commitments",
                    "/api/v1/commitments", "meeting", s);
            List<String> deadlines = subResource(mismatches, where, "/api/v1/meetings/" + s.slug() + "/deadlines",
                    "/api/v1/deadlines", "meeting", s);
            Map<String, Object> g = Apis.at(Apis.graphql("parity/meeting", "slug", s.slug(), "asOf", s.day()), "data.meeting");
            Response detail = Apis.get("/api/v1/meetings/" + s.slug(), day);
            Response participants = Apis.get("/api/v1/meetings/" + s.slug() + "/participants", day);
            if (!exists(mismatches, where, g, detail) || !exists(mismatches, where + " participants", g, participants)) {
                continue;
            }
            compared++;
            Map<String, Object> r = Apis.object(detail);
            same(mismatches, where, "basis", Shapes.wire(r.get("basis")), Shapes.wire(g.get("basis")));
            same(mismatches, where, "citations", Shapes.evidence(r), Shapes.evidence(g));
            same(mismatches, where, "claims", Shapes.claims(r), Shapes.claims(g));
            same(mismatches, where, "partOf", Shapes.slug(r.get("partOf")), Shapes.slug(g.get("partOf")));
            same(mismatches, where, "detail commitments", Shapes.slugs(r, "commitments"), Shapes.slugs(g, "commitments"));
            same(mismatches, where, "detail deadlines", Shapes.slugs(r, "deadlines"), Shapes.slugs(g, "deadlines"));
            same(mismatches, where, "detail participants", Shapes.each(r, "participants", RestGraphQLParityTest::participation),
                    Shapes.each(g, "participants", RestGraphQLParityTest::participation));
            same(mismatches, where, "/participants",
                    ((List<?>) Apis.json(participants)).stream().map(p -> participation((Map<?, ?>) p)).toList(),
                    Shapes.each(g, "participants", RestGraphQLParityTest::participation));
            same(mismatches, where, "/commitments", commitments, Shapes.slugs(g, "commitments"));
            same(mismatches, where, "/deadlines", deadlines, Shapes.slugs(g, "deadlines"));
        }
        report("meeting relations", compared, mismatches);
    }

    /**
     * A participant's first N commitments, deadlines and meetings (GraphQL's {@code first}, REST's {@code limit}), its
     * offices, memberships, members, citations and claims; and each sub-resource against the list filtered by it.
     */
    @Test
    void participantRelationsAgree() {
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        // Mostly participants that are party to something: a first-N comparison over nothing proves little.
        List<String> parties = new ArrayList<>(participantsOfMeetings());
        parties.addAll(Corpus.refs(corpus.commitments, "madeBy"));
        parties.addAll(Corpus.refs(corpus.commitments, "binds"));
        parties.addAll(Corpus.refs(corpus.deadlines, "setBy"));
        Arbitrary<String> participants = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(Shapes.distinct(parties))),
                Tuple.of(1, Arbitraries.of(Corpus.values(corpus.participants, "slug"))));
        for (Sample s : samples(participants, List.of(1, 2, 3, 5, 25, 100))) {
            String where = "participant " + s.slug() + " asOf " + s.day() + " first " + s.first();
            Map<String, Object> day = asOf(s.day());
            subResource(mismatches, where, "/api/v1/participants/" + s.slug() + "/meetings", "/api/v1/meetings",
                    "participant", s);
            subResource(mismatches, where, "/api/v1/participants/" + s.slug() + "/commitments", "/api/v1/commitments",
                    "participant", s);
            subResource(mismatches, where, "/api/v1/participants/" + s.slug() + "/deadlines", "/api/v1/deadlines",
                    "participant", s);
            Map<String, Object> g = Apis.at(Apis.graphql("parity/participant", "slug", s.slug(), "asOf", s.day(), "first",
                    s.first()), "data.participant");
            Response detail = Apis.get("/api/v1/participants/" + s.slug(), day);
            if (!exists(mismatches, where, g, detail)) {
                continue;
            }
            compared++;
            Map<String, Object> r = Apis.object(detail);
            same(mismatches, where, "basis", Shapes.wire(r.get("basis")), Shapes.wire(g.get("basis")));
            same(mismatches, where, "citations", Shapes.evidence(r), Shapes.evidence(g));
            same(mismatches, where, "claims", Shapes.claims(r), Shapes.claims(g));
            same(mismatches, where, "offices", Shapes.each(r, "offices", o -> o.get("title") + " of "
                    + Shapes.slug(o.get("of")) + " " + Shapes.evidence(o)), Shapes.each(g, "offices",
                            o -> o.get("title")
                                    + " of " + Shapes.slug(o.get("of")) + " " + Shapes.evidence(o)));
            same(mismatches, where, "memberships", Shapes.each(r, "memberships", RestGraphQLParityTest::membershipInGroup),
                    Shapes.each(g, "memberships", RestGraphQLParityTest::membershipInGroup));
            same(mismatches, where, "members", Shapes.each(r, "members", RestGraphQLParityTest::memberOfGroup),
                    Shapes.each(g, "members", RestGraphQLParityTest::memberOfGroup));
            Map<String, Object> firstN = new LinkedHashMap<>(day);
            firstN.put("limit", s.first());
            same(mismatches, where, "commitments(first)", firstPage("/api/v1/participants/" + s.slug() + "/commitments",
                    firstN), Shapes.slugs(g, "commitments"));
            same(mismatches, where, "deadlines(first)", firstPage("/api/v1/participants/" + s.slug() + "/deadlines", firstN),
                    Shapes.slugs(g, "deadlines"));
            same(mismatches, where, "participations(first).meeting",
                    firstPage("/api/v1/participants/" + s.slug() + "/meetings", firstN), Shapes.distinct(
                            Shapes.list((Map<?, ?>) g.get("participations"), "nodes").stream()
                                    .map(p -> Shapes.slug(((Map<?, ?>) p).get("meeting")))
                                    .toList()));
        }
        report("participant relations", compared, mismatches);
    }

    /** A commitment's parties, meeting, deadlines, status and history, citations and claims. */
    @Test
    void commitmentRelationsAgree() {
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (Sample s : samples(Arbitraries.of(Corpus.values(corpus.commitments, "slug")), List.of(0))) {
            String where = "commitment " + s.slug() + " asOf " + s.day();
            Map<String, Object> day = asOf(s.day());
            List<String> deadlines = subResource(mismatches, where, "/api/v1/commitments/" + s.slug() + "/deadlines",
                    "/api/v1/deadlines", "commitment", s);
            Map<String, Object> g = Apis.at(Apis.graphql("parity/commitment", "slug", s.slug(), "asOf", s.day()),
                    "data.commitment");
            Response detail = Apis.get("/api/v1/commitments/" + s.slug(), day);
            if (!exists(mismatches, where, g, detail)) {
                continue;
            }
            compared++;
            Map<String, Object> r = Apis.object(detail);
            same(mismatches, where, "status", Shapes.wire(r.get("status")), Shapes.wire(g.get("status")));
            same(mismatches, where, "meeting", Shapes.slug(r.get("meeting")), Shapes.slug(g.get("meeting")));
            same(mismatches, where, "madeBy", Shapes.slugs(r, "madeBy"), Shapes.slugs(g, "madeBy"));
            same(mismatches, where, "binds", Shapes.slugs(r, "binds"), Shapes.slugs(g, "binds"));
            same(mismatches, where, "history", Shapes.assessments(r), Shapes.assessments(g));
            same(mismatches, where, "basis", Shapes.wire(r.get("basis")), Shapes.wire(g.get("basis")));
            same(mismatches, where, "citations", Shapes.evidence(r), Shapes.evidence(g));
            same(mismatches, where, "claims", Shapes.claims(r), Shapes.claims(g));
            same(mismatches, where, "detail deadlines", Shapes.slugs(r, "deadlines"), Shapes.slugs(g, "deadlines"));
            same(mismatches, where, "/deadlines", deadlines, Shapes.slugs(g, "deadlines"));
        }
        report("commitment relations", compared, mismatches);
    }

    /** A deadline's setters, commitment, meeting, status and history, citations and claims. */
    @Test
    void deadlineRelationsAgree() {
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (Sample s : samples(Arbitraries.of(Corpus.values(corpus.deadlines, "slug")), List.of(0))) {
            String where = "deadline " + s.slug() + " asOf " + s.day();
            Map<String, Object> g = Apis.at(Apis.graphql("parity/deadline", "slug", s.slug(), "asOf", s.day()),
                    "data.deadline");
            Response detail = Apis.get("/api/v1/deadlines/" + s.slug(), asOf(s.day()));
            if (!exists(mismatches, where, g, detail)) {
                continue;
            }
            compared++;
            Map<String, Object> r = Apis.object(detail);
            same(mismatches, where, "status", Shapes.wire(r.get("status")), Shapes.wire(g.get("status")));
            same(mismatches, where, "commitment", Shapes.slug(r.get("commitment")), Shapes.slug(g.get("commitment")));
            same(mismatches, where, "meeting", Shapes.slug(r.get("meeting")), Shapes.slug(g.get("meeting")));
            same(mismatches, where, "setBy", Shapes.slugs(r, "setBy"), Shapes.slugs(g, "setBy"));
            same(mismatches, where, "history", Shapes.assessments(r), Shapes.assessments(g));
            same(mismatches, where, "basis", Shapes.wire(r.get("basis")), Shapes.wire(g.get("basis")));
            same(mismatches, where, "citations", Shapes.evidence(r), Shapes.evidence(g));
            same(mismatches, where, "claims", Shapes.claims(r), Shapes.claims(g));
        }
        report("deadline relations", compared, mismatches);
    }

    /** A document is there as of a day in both APIs exactly when it was published by then. */
    @Test
    void documentsExistOnTheSameDays() {
        List<String> mismatches = new ArrayList<>();
        int found = 0;
        for (String slug : Corpus.values(corpus.documents, "slug")) {
            for (String day : days()) {
                Map<String, Object> g = Apis.at(Apis.graphql("parity/document", "slug", slug, "asOf", day), "data.document");
                Response detail = Apis.get("/api/v1/documents/" + slug, asOf(day));
                boolean published = day == null || !corpus.publishedBy.get(slug).isAfter(LocalDate.parse(day));
                same(mismatches, "document " + slug + " asOf " + day, "there", published, detail.statusCode() == 200);
                if (exists(mismatches, "document " + slug + " asOf " + day, g, detail)) {
                    found++;
                    Map<String, Object> r = Apis.object(detail);
                    String where = "document " + slug + " asOf " + day;
                    same(mismatches, where, "basis", Shapes.wire(r.get("basis")), Shapes.wire(g.get("basis")));
                    same(mismatches, where, "setApart",
                            Shapes.each(r, "setApart",
                                    x -> Shapes.wire(x.get("kind")) + "@" + x.get("start") + "-" + x.get("end")),
                            Shapes.each(g, "setApart",
                                    x -> Shapes.wire(x.get("kind")) + "@" + x.get("start") + "-" + x.get("end")));
                    // GraphQL pages a document's mentions (the first 100 here); REST lists them all.
                    List<String> restMentions = Shapes.each(r, "mentions", RestGraphQLParityTest::mention);
                    Map<?, ?> connection = (Map<?, ?>) g.get("mentions");
                    same(mismatches, where, "mentions.totalCount", restMentions.size(),
                            ((Number) connection.get("totalCount")).intValue());
                    same(mismatches, where, "mentions", restMentions.subList(0, Math.min(100, restMentions.size())),
                            Shapes.each(connection, "nodes", RestGraphQLParityTest::mention));
                }
            }
        }
        report("documents", found, mismatches);
    }

    private void check(ListSpec spec) {
        List<Map<String, Object>> combinations = sample(combine(spec.params()), TRIES);
        List<String> mismatches = new ArrayList<>();
        int answered = 0;
        int refused = 0;
        for (Map<String, Object> combination : combinations) {
            Apis.Answer rest = Apis.rest(spec.path(), combination, spec.key());
            Apis.Answer graphql = Apis.graphql(spec.operation(), spec.root(), graphqlFilter(combination, spec.enums()),
                    combination.containsKey("sort") ? orderBy((String) combination.get("sort")) : null, spec.key());
            if (!rest.equals(graphql)) {
                mismatches.add(spec.path() + " " + combination + "\n  REST    " + rest + "\n  GraphQL " + graphql);
            }
            if (rest.isRefusal()) {
                refused++;
            } else if (!rest.keys().isEmpty()) {
                answered++;
            }
        }
        Log.infof("%s: %d combinations (seed %s), %d with records, %d refused by REST", spec.path(), combinations.size(),
                SEED, answered, refused);
        assertEquals(List.of(), mismatches, mismatches.size() + " of " + combinations.size() + " combinations differ");
        // A comparison of empty answers proves little: a good part of the combinations must select something.
        assertTrue(answered >= combinations.size() / 4, spec.path() + ": only " + answered + " of " + combinations.size()
                + " combinations select a record; draw filters less often");
    }

    /** GraphQL's {@code orderBy} for a REST {@code sort} ({@code -date,slug}): the same fields, as enum constants. */
    static List<Map<String, Object>> orderBy(String sort) {
        List<Map<String, Object>> keys = new ArrayList<>();
        for (String key : sort.split(",")) {
            boolean descending = key.startsWith("-");
            String name = descending ? key.substring(1) : key;
            keys.add(Map.of("field", Shapes.constant(name.replaceAll("([A-Z])", "-$1")), "direction",
                    descending ? "DESC" : "ASC"));
        }
        return keys;
    }

    /**
     * An order of the list in half of the combinations: one of its sort fields either way, or two keys in mixed
     * directions (REST {@code sort}, GraphQL {@code orderBy}).
     */
    private static Param sort(String... fields) {
        List<String> orders = new ArrayList<>();
        for (String field : fields) {
            orders.add(field);
            orders.add("-" + field);
        }
        orders.add("-" + fields[fields.length - 1] + "," + fields[0]);
        return new Param("sort", Arbitraries.of(orders).map(v -> (Object) v), 0.5);
    }

    /** The filter as GraphQL takes it: {@code q} is {@code text}, enumeration values are constants. */
    static Map<String, Object> graphqlFilter(Map<String, Object> rest, Set<String> enums) {
        Map<String, Object> filter = new LinkedHashMap<>();
        rest.forEach((name, value) -> {
            if (name.equals("sort")) {
                return;
            }
            Object v = value;
            if (enums.contains(name)) {
                v = ((List<?>) value).stream().map(x -> Shapes.constant(x.toString())).toList();
            }
            filter.put(name.equals("q") ? "text" : name, v);
        });
        return filter;
    }

    /**
     * The sub-resource (e.g. a participant's meetings) is the list filtered by its parent, page for page; its slugs.
     */
    private static List<String> subResource(List<String> mismatches, String where, String subResource, String list,
            String filter, Sample s) {
        Map<String, Object> day = asOf(s.day());
        Map<String, Object> filtered = new LinkedHashMap<>(day);
        filtered.put(filter, s.slug());
        Apis.Answer sub = Apis.rest(subResource, day, Apis::slug);
        Apis.Answer all = Apis.rest(list, filtered, Apis::slug);
        if (!sub.equals(all)) {
            mismatches.add(where + ": the sub-resource is not the filtered list\n  " + subResource + " " + sub + "\n  "
                    + list + "?" + filter + "=" + s.slug() + " " + all);
        }
        return sub.keys();
    }

    private static List<String> firstPage(String path, Map<String, Object> params) {
        return Shapes.slugs(Apis.getObject(path, params), "items");
    }

    /** Both APIs have the record as of the day, or neither has; whether it is there. */
    private static boolean exists(List<String> mismatches, String where, Map<String, Object> graphql, Response rest) {
        if (rest.statusCode() != 200 && rest.statusCode() != 404) {
            throw new AssertionError(where + ": REST answered " + rest.statusCode() + " " + rest.asString());
        }
        boolean inRest = rest.statusCode() == 200;
        same(mismatches, where, "there", inRest, graphql != null);
        return inRest && graphql != null;
    }

    private static void same(List<String> mismatches, String where, String what, Object rest, Object graphql) {
        if (!Objects.equals(rest, graphql)) {
            mismatches.add(where + ": " + what + "\n  REST    " + rest + "\n  GraphQL " + graphql);
        }
    }

    private static void report(String what, int compared, List<String> mismatches) {
        Log.infof("%s: %d records compared in both APIs (seed %s)", what, compared, SEED);
        assertEquals(List.of(), mismatches, mismatches.size() + " differences in " + what);
        assertTrue(compared > 0, what + ": no record was there in both APIs");
    }

    private static String mention(Map<?, ?> m) {
        return Shapes.wire(m.get("kind")) + " " + m.get("start") + "-" + m.get("end") + " clean " + m.get("cleanStart") + "-"
                + m.get("cleanEnd") + " in " + Shapes.wire(m.get("segmentKind")) + " " + Shapes.slug(m.get("participant"))
                + " as " + Shapes.wire(m.get("nameKind")) + " " + m.get("confidence");
    }

    private static String participation(Map<?, ?> p) {
        return Shapes.slug(p.get("participant")) + " " + Shapes.wire(p.get("role")) + " at " + Shapes.slug(p.get("meeting"))
                + " " + Shapes.evidence(p);
    }

    private static String membershipInGroup(Map<?, ?> m) {
        return Shapes.wire(m.get("role")) + " of " + Shapes.slug(m.get("group")) + " " + Shapes.evidence(m);
    }

    private static String memberOfGroup(Map<?, ?> m) {
        return Shapes.slug(m.get("member")) + " " + Shapes.wire(m.get("role")) + " " + Shapes.evidence(m);
    }

    /** A parent record asked for as of a day (null: today), and for relations with {@code first}, how many. */
    record Sample(String slug, String day, int first) {
    }

    /** For each day (and for none), {@link #PER_DAY} distinct records, each with a drawn {@code first}. */
    private static List<Sample> samples(Arbitrary<String> slugs, List<Integer> firsts) {
        List<Sample> samples = new ArrayList<>();
        JqwikSession.start(SEED);
        try {
            Arbitrary<List<String>> parents = slugs.list().uniqueElements().ofSize(PER_DAY);
            Arbitrary<Integer> first = Arbitraries.of(firsts);
            for (String day : days()) {
                List<String> drawn = parents.sample();
                for (String slug : drawn) {
                    samples.add(new Sample(slug, day, first.sample()));
                }
            }
        } finally {
            JqwikSession.finish();
        }
        return samples;
    }

    /** No day (today), then every day the answers may change and the day before each. */
    private static List<String> days() {
        return Corpus.noDayThen(corpus.asOfDays);
    }

    private static Map<String, Object> asOf(String day) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (day != null) {
            params.put("asOf", day);
        }
        return params;
    }

    private static <T> List<T> sample(Arbitrary<T> arbitrary, int tries) {
        JqwikSession.start(SEED);
        try {
            return arbitrary.sampleStream().limit(tries).toList();
        } finally {
            JqwikSession.finish();
        }
    }

    /** A combination of the list's filters: each present or left out, as drawn. */
    private static Arbitrary<Map<String, Object>> combine(List<Param> params) {
        double absent = 1 - 1.5 / params.stream().filter(p -> p.absent() == null).count();
        return Combinators.combine(params.stream().map(p -> p.values().injectNull(p.absent() == null ? absent : p.absent()))
                .toList()).as(values -> {
                    Map<String, Object> combination = new LinkedHashMap<>();
                    for (int i = 0; i < params.size(); i++) {
                        if (values.get(i) != null) {
                            combination.put(params.get(i).name(), values.get(i));
                        }
                    }
                    return combination;
                });
    }

    /** A single value. */
    private static Param one(String name, List<String> values) {
        return new Param(name, Arbitraries.of(values).map(v -> (Object) v), null);
    }

    /** One or two values (any of them matches). */
    private static Param some(String name, List<String> values) {
        return new Param(name, Arbitraries.of(values).list().uniqueElements().ofMinSize(1).ofMaxSize(2)
                .map(v -> (Object) v), null);
    }

    /**
     * Participants of the list's records (by slug or any name) three times in four, any participant the fourth: most
     * participants take part in few records, and empty answers prove little.
     */
    private static Param party(String name, List<String> parties) {
        Arbitrary<String> any = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(parties)),
                Tuple.of(1, Arbitraries.of(corpus.participantRefs())));
        return new Param(name, any.list().uniqueElements().ofMinSize(1).ofMaxSize(2).map(v -> (Object) v), null);
    }

    /** Slugs of the participants of any meeting. */
    private static List<String> participantsOfMeetings() {
        List<String> slugs = new ArrayList<>();
        corpus.meetings.forEach(m -> Shapes.list(m, "participants").forEach(p -> slugs.add(Shapes.slug(((Map<?, ?>) p)
                .get("participant")))));
        return Shapes.distinct(slugs);
    }

    private static Param date(String name) {
        return one(name, corpus.dates);
    }

    /** A day the answers may change on or the day before, in most combinations. */
    private static Param asOf() {
        return new Param("asOf", Arbitraries.of(corpus.asOfDays).map(v -> (Object) v), 0.3);
    }
}
