package org.ceasefiredata.ceasefire.export;

import static io.restassured.RestAssured.given;
import static org.ceasefiredata.ceasefire.export.ExportFiles.csv;
import static org.ceasefiredata.ceasefire.export.ExportFiles.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The provenance columns of the exports (#13: basis, clean quotes, segment kinds, name kinds and confidence, as-of
 * dates) hold what the REST API serves for the same record, and the seeds' telling cases come out as curated.
 */
@QuarkusTest
class ExportProvenanceTest {

    private static List<CSVRecord> rows(String table) throws IOException {
        return csv(get(table + ".csv")).rows();
    }

    private static JsonNode rest(String path) throws IOException {
        return ExportFiles.JSON.readTree(given().when().get("/api/v1/" + path).then().statusCode(200).extract().asByteArray());
    }

    /** An empty field (no value) as the API's null. */
    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "" : node.asText();
    }

    @Test
    void everyRecordsBasisIsTheOneTheApiServes() throws IOException {
        Map<String, Integer> nonStated = new LinkedHashMap<>();
        for (String table : List.of("documents", "participants", "meetings", "commitments", "deadlines")) {
            for (CSVRecord row : rows(table)) {
                JsonNode record = rest(table + "/" + row.get("slug"));
                assertEquals(record.path("basis").asText(), row.get("basis"), table + " " + row.get("slug"));
                if (!row.get("basis").equals("stated")) {
                    nonStated.merge(table, 1, Integer::sum);
                }
            }
        }
        // The seeds mark inferred and external prose: the column is not a constant.
        assertEquals(Set.of("documents", "participants", "meetings", "commitments", "deadlines"), nonStated.keySet(),
                nonStated.toString());
    }

    @Test
    void statusAssessmentsAndClaimsMatchTheApiWithTheirBasisAndAsOfDate() throws IOException {
        Map<String, List<CSVRecord>> history = new HashMap<>();
        for (CSVRecord row : rows("status_assessments")) {
            String record = row.get("commitment").isEmpty()
                    ? "deadlines/" + row.get("deadline")
                    : "commitments/" + row.get("commitment");
            history.computeIfAbsent(record, k -> new ArrayList<>()).add(row);
        }
        Map<String, List<String>> claims = new HashMap<>();
        for (CSVRecord row : rows("claims")) {
            for (String column : List.of("participant", "meeting", "commitment", "deadline")) {
                if (!row.get(column).isEmpty()) {
                    claims.computeIfAbsent(column + "s/" + row.get(column), k -> new ArrayList<>())
                            .add(row.get("about") + " | " + row.get("claimed") + " | " + row.get("basis"));
                }
            }
        }
        int assessments = 0;
        int claimCount = 0;
        for (String table : List.of("commitments", "deadlines", "meetings", "participants")) {
            for (CSVRecord record : rows(table)) {
                String path = table + "/" + record.get("slug");
                JsonNode view = rest(path);
                if (table.equals("commitments") || table.equals("deadlines")) {
                    List<CSVRecord> exported = new ArrayList<>(history.getOrDefault(path, List.of()));
                    exported.sort(Comparator.comparingLong(r -> Long.parseLong(r.get("history_position"))));
                    JsonNode served = view.path("history");
                    assertEquals(served.size(), exported.size(), path + " history");
                    for (int i = 0; i < exported.size(); i++) {
                        CSVRecord row = exported.get(i);
                        JsonNode a = served.path(i);
                        String where = path + " assessment " + i;
                        assertEquals(a.path("status").asText(), row.get("status"), where);
                        assertEquals(text(a.path("note")), row.get("note"), where);
                        assertEquals(a.path("basis").asText(), row.get("basis"), where);
                        assertEquals(text(a.path("asOf").path("value")), row.get("as_of_value"), where);
                        assertEquals(text(a.path("asOf").path("earliest")), row.get("as_of_earliest"), where);
                        assertEquals(text(a.path("asOf").path("latest")), row.get("as_of_latest"), where);
                        assertEquals(text(a.path("asOf").path("precision")), row.get("as_of_precision"), where);
                        assessments++;
                    }
                }
                List<String> served = new ArrayList<>();
                view.path("claims").forEach(c -> served.add(c.path("about").asText() + " | " + c.path("value").asText()
                        + " | " + c.path("basis").asText()));
                List<String> exported = claims.getOrDefault(path, List.of());
                assertEquals(served.stream().sorted().toList(), exported.stream().sorted().toList(), path + " claims");
                claimCount += exported.size();
            }
        }
        assertEquals(rows("status_assessments").size(), assessments, "every assessment compared");
        assertEquals(rows("claims").size(), claimCount, "every claim compared");
    }

    @Test
    void anAssessmentIsAsOfThePublicationOfItsLatestCitedDocument() throws IOException {
        Map<String, CSVRecord> documents = new HashMap<>();
        rows("documents").forEach(d -> documents.put(d.get("slug"), d));
        Map<String, List<CSVRecord>> cited = new HashMap<>();
        for (CSVRecord c : rows("citations")) {
            if (!c.get("status_assessment_id").isEmpty()) {
                cited.computeIfAbsent(c.get("status_assessment_id"), k -> new ArrayList<>())
                        .add(documents.get(c.get("document")));
            }
        }
        int dated = 0;
        for (CSVRecord a : rows("status_assessments")) {
            List<CSVRecord> sources = cited.get(a.get("id"));
            String where = "assessment " + a.get("commitment") + a.get("deadline") + " #" + a.get("history_position");
            assertTrue(sources != null && !sources.isEmpty(), where + " cites something");
            if (sources.stream().anyMatch(d -> d.get("published_latest").isEmpty())) {
                assertEquals("", a.get("as_of_latest"), where + ": an undated source leaves it without an as-of date");
                continue;
            }
            CSVRecord latest = sources.stream()
                    .max(Comparator.comparing((CSVRecord d) -> LocalDate.parse(d.get("published_latest")))
                            .thenComparing(d -> LocalDate.parse(d.get("published_earliest"))))
                    .orElseThrow();
            assertEquals(latest.get("published_latest"), a.get("as_of_latest"), where);
            assertEquals(latest.get("published_earliest"), a.get("as_of_earliest"), where);
            assertEquals(latest.get("published_value"), a.get("as_of_value"), where);
            assertEquals(latest.get("published_precision"), a.get("as_of_precision"), where);
            dated++;
        }
        assertTrue(dated > 0, "assessments with an as-of date");
        // Issue #13's case: the cessation of hostilities of 27 February 2016 is assessed from a text of May 2016 or
        // later, so the assessment is not known as of 12 February.
        CSVRecord cessation = rows("status_assessments").stream()
                .filter(a -> a.get("commitment").equals("cessation-of-hostilities-2016-02")
                        && a.get("history_position").equals("0"))
                .findFirst().orElseThrow();
        assertTrue(LocalDate.parse(cessation.get("as_of_earliest")).isAfter(LocalDate.parse("2016-04-30")),
                cessation.toString());
    }

    @Test
    void citationsCarryTheCleanQuoteAndSegmentKindTheApiServes() throws IOException {
        // Export: the clean quote of each quoted range (document, start, end).
        Map<String, String> exported = new HashMap<>();
        for (CSVRecord c : rows("citations")) {
            String clean = c.get("clean_quote") + " | " + c.get("clean_start_offset") + " | " + c.get("clean_end_offset")
                    + " | " + c.get("segment_kind");
            String previous = exported.put(c.get("document") + "@" + c.get("start_offset") + "-" + c.get("end_offset"), clean);
            assertTrue(previous == null || previous.equals(clean), "one clean quote per range: " + clean);
            assertFalse(c.get("clean_quote").isEmpty(), "a clean quote for every citation");
            assertEquals(c.get("clean_start_offset").isEmpty(), !c.get("segment_kind").isEmpty(),
                    "no cleaned offsets exactly for a quote in a set-apart segment: " + clean);
        }
        // The API: every citation of every commitment, deadline, meeting and participant, and of their assessments and
        // claims.
        int compared = 0;
        Set<String> kinds = new TreeSet<>();
        for (String table : List.of("commitments", "deadlines", "meetings", "participants")) {
            for (CSVRecord record : rows(table)) {
                JsonNode view = rest(table + "/" + record.get("slug"));
                List<JsonNode> citations = new ArrayList<>();
                view.path("citations").forEach(citations::add);
                view.path("history").forEach(a -> a.path("citations").forEach(citations::add));
                view.path("claims").forEach(c -> c.path("citations").forEach(citations::add));
                for (JsonNode c : citations) {
                    String range = c.path("document").asText() + "@" + c.path("start").asText() + "-" + c.path("end").asText();
                    String served = c.path("cleanQuote").asText() + " | " + text(c.path("cleanStart")) + " | "
                            + text(c.path("cleanEnd")) + " | " + text(c.path("segmentKind"));
                    assertEquals(served, exported.get(range), table + "/" + record.get("slug") + " " + range);
                    kinds.add(text(c.path("segmentKind")));
                    compared++;
                }
            }
        }
        assertTrue(compared > 100, compared + " citations compared");
        assertTrue(kinds.contains("teaser"), "a quote in a teaser among those compared: " + kinds);
        // The seed case: the Geneva preview's teaser announces the fourth round; its citation says so, with no cleaned
        // offsets (the cleaned text leaves teasers out) and the quote as a reader sees it.
        CSVRecord teaser = rows("citations").stream()
                .filter(c -> c.get("commitment").equals("turkey-call-for-fourth-round")
                        && c.get("quote").equals("Turkey calls for fourth round of Syria talks"))
                .findFirst().orElseThrow();
        assertEquals("teaser", teaser.get("segment_kind"));
        assertEquals("", teaser.get("clean_start_offset"));
        assertEquals("Turkey calls for fourth round of Syria talks", teaser.get("clean_quote"));
        // Markdown residue: the verbatim quote keeps it, the clean quote does not.
        assertTrue(rows("citations").stream().anyMatch(c -> c.get("quote").contains("](#)")
                && !c.get("clean_quote").contains("](#)") && !c.get("clean_start_offset").isEmpty()),
                "a quote with markdown residue has a clean quote without it");
    }

    @Test
    void mentionsCarryTheSegmentKindNameKindAndConfidenceTheApiServes() throws IOException {
        Map<String, List<String>> exported = new HashMap<>();
        for (CSVRecord m : rows("mentions")) {
            exported.computeIfAbsent(m.get("document"), k -> new ArrayList<>()).add(String.join(" | ", m.get("kind"),
                    m.get("text"), m.get("start_offset"), m.get("end_offset"), m.get("participant"), m.get("segment_kind"),
                    m.get("name_kind"),
                    m.get("confidence").isEmpty() ? "" : Double.toString(Double.parseDouble(m.get("confidence")))));
        }
        int compared = 0;
        for (CSVRecord d : rows("documents")) {
            List<String> served = new ArrayList<>();
            for (JsonNode m : rest("documents/" + d.get("slug") + "/mentions")) {
                served.add(String.join(" | ", m.path("kind").asText(), m.path("text").asText(), m.path("start").asText(),
                        m.path("end").asText(), text(m.path("participant").path("slug")), text(m.path("segmentKind")),
                        text(m.path("nameKind")),
                        m.path("confidence").isNumber() ? Double.toString(m.path("confidence").asDouble()) : ""));
            }
            assertEquals(served.stream().sorted().toList(), exported.getOrDefault(d.get("slug"), List.of()).stream().sorted()
                    .toList(), d.get("slug") + " mentions");
            compared += served.size();
        }
        assertEquals(rows("mentions").size(), compared, "every mention compared");

        List<CSVRecord> mentions = rows("mentions");
        // A metonym ("Moscow" for Russia) is linked with less confidence than a name proper.
        CSVRecord moscow = mentions.stream()
                .filter(m -> m.get("text").equals("Moscow") && m.get("participant").equals("russia"))
                .findFirst().orElseThrow();
        assertEquals("metonym", moscow.get("name_kind"));
        assertTrue(Double.parseDouble(moscow.get("confidence")) < 1, moscow.toString());
        // Names proper have confidence 1; date mentions have neither a name kind nor a confidence.
        assertTrue(mentions.stream().filter(m -> m.get("name_kind").equals("preferred"))
                .allMatch(m -> Double.parseDouble(m.get("confidence")) == 1.0));
        assertTrue(mentions.stream().filter(m -> m.get("kind").equals("date"))
                .allMatch(m -> m.get("name_kind").isEmpty() && m.get("confidence").isEmpty()));
        // Mentions are looked for in set-apart segments too, marked with the segment's kind.
        assertTrue(mentions.stream().anyMatch(m -> !m.get("segment_kind").isEmpty()), "a mention in a set-apart segment");
        // NDJSON: confidence is a JSON number.
        String ndjson = new String(get("mentions.ndjson"), StandardCharsets.UTF_8);
        JsonNode first = ndjson.lines().map(l -> {
            try {
                return ExportFiles.JSON.readTree(l);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).filter(n -> n.path("name_kind").asText().equals("metonym")).findFirst().orElseThrow();
        assertTrue(first.path("confidence").isNumber() && first.path("confidence").asDouble() < 1, first.toString());
    }
}
