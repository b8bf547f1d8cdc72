package org.ceasefiredata.ceasefire.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ceasefiredata.ceasefire.kernel.Wire;
import org.ceasefiredata.ceasefire.meeting.MeetingKind;

import io.restassured.path.json.JsonPath;

/**
 * The analyst's questions of the README's Exports section, run as SQL on any JDBC connection holding the exported
 * tables (DuckDB over CSV or Parquet, PostgreSQL loaded with schema.sql), and the same questions answered by the
 * service: the REST API, and for citations per document (which no endpoint counts) the service's own database.
 */
final class AnalystQueries {

    static final Path README = Path.of("README.md");

    private AnalystQueries() {
    }

    /** The four answers, in a form that compares equal whatever the engine. */
    record Answers(Map<LocalDate, Long> meetingsPerMonth, Map<String, Long> meetingsAttended,
            Set<List<String>> missedDeadlines, Map<String, Long> citationsPerDocument) {
    }

    /** The README's queries by their label (Q1 ... Q4): the sql blocks of the Exports section. */
    static Map<String, String> fromReadme() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("## Exports\n");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Map<String, String> queries = new LinkedHashMap<>();
        Matcher block = Pattern.compile("```sql\n(-- (Q\\d) .*?)```", Pattern.DOTALL).matcher(section);
        while (block.find()) {
            queries.put(block.group(2), block.group(1));
        }
        assertEquals(List.of("Q1", "Q2", "Q3", "Q4"), List.copyOf(queries.keySet()), "the README's analyst queries");
        return queries;
    }

    /** Runs the README's queries on a connection whose tables are the exported ones. */
    static Answers run(Connection c) throws IOException, SQLException {
        Map<String, String> queries = fromReadme();
        Map<LocalDate, Long> perMonth = new TreeMap<>();
        for (List<Object> row : rows(c, queries.get("Q1"))) {
            perMonth.put(LocalDate.parse(row.get(0).toString().substring(0, 10)), ((Number) row.get(1)).longValue());
        }
        Map<String, Long> attended = new TreeMap<>();
        for (List<Object> row : rows(c, queries.get("Q2"))) {
            attended.put(row.get(0).toString(), ((Number) row.get(2)).longValue());
        }
        Set<List<String>> missed = new HashSet<>();
        for (List<Object> row : rows(c, queries.get("Q3"))) {
            missed.add(Arrays.asList(text(row.get(0)), text(row.get(2)), text(row.get(4))));
        }
        Map<String, Long> perDocument = new TreeMap<>();
        for (List<Object> row : rows(c, queries.get("Q4"))) {
            perDocument.put(row.get(0).toString(), ((Number) row.get(2)).longValue());
        }
        return new Answers(perMonth, attended, missed, perDocument);
    }

    /**
     * The same questions asked of the service: meetings per month and per participant through the list filters
     * (status=held, every kind but series, from/to overlapping the month), missed deadlines as
     * GET /api/v1/deadlines?status=missed lists them, citations per document from its database.
     */
    static Answers fromService(Set<LocalDate> months, Connection database) throws SQLException {
        String notSeries = String.join(",", Arrays.stream(MeetingKind.values()).filter(k -> k != MeetingKind.SERIES)
                .map(Wire::of).toList());
        Map<LocalDate, Long> perMonth = new TreeMap<>();
        for (LocalDate month : months) {
            perMonth.put(month, given().queryParam("status", "held").queryParam("kind", notSeries)
                    .queryParam("from", month.toString()).queryParam("to", YearMonth.from(month).atEndOfMonth().toString())
                    .queryParam("limit", 1).when().get("/api/v1/meetings").then().statusCode(200).extract()
                    .jsonPath().getLong("total"));
        }
        Map<String, List<Map<String, Object>>> participantsByMeeting = new HashMap<>();
        Map<String, Long> attended = new TreeMap<>();
        for (Map<String, Object> p : all("/api/v1/participants", Map.of())) {
            String participant = (String) p.get("slug");
            long count = 0;
            for (Map<String, Object> meeting : all("/api/v1/participants/" + participant + "/meetings",
                    Map.of("status", "held", "kind", notSeries))) {
                // The list does not say in which role: a participant named only as excluded did not attend.
                List<Map<String, Object>> roles = participantsByMeeting.computeIfAbsent((String) meeting.get("slug"),
                        slug -> given().when().get("/api/v1/meetings/" + slug).then().statusCode(200).extract()
                                .jsonPath().getList("participants"));
                if (roles.stream().anyMatch(r -> participant.equals(r.get("participant"))
                        && !"excluded-party".equals(r.get("role")))) {
                    count++;
                }
            }
            if (count > 0) {
                attended.put(participant, count);
            }
        }
        Set<List<String>> missed = new HashSet<>();
        for (Map<String, Object> deadline : all("/api/v1/deadlines", Map.of("status", "missed"))) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> setBy = (List<Map<String, Object>>) deadline.get("setBy");
            @SuppressWarnings("unchecked")
            Map<String, Object> commitment = (Map<String, Object>) deadline.get("commitment");
            List<String> setters = setBy.stream().map(s -> (String) s.get("slug")).toList();
            for (String setter : setters.isEmpty() ? Arrays.asList((String) null) : setters) {
                missed.add(Arrays.asList((String) deadline.get("slug"),
                        commitment == null ? null : (String) commitment.get("slug"), setter));
            }
        }
        Map<String, Long> perDocument = new TreeMap<>();
        for (List<Object> row : rows(database, "select d.slug, count(c.id) from source_document d "
                + "left join citation c on c.document_id = d.id group by d.slug")) {
            perDocument.put(row.get(0).toString(), ((Number) row.get(1)).longValue());
        }
        return new Answers(perMonth, attended, missed, perDocument);
    }

    /** Every item of a paged list, following the cursors. */
    private static List<Map<String, Object>> all(String path, Map<String, String> filters) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParams(filters).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get(path).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("next");
        } while (cursor != null);
        return items;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static List<List<Object>> rows(Connection c, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
