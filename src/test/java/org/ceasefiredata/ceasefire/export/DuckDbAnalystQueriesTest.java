package org.ceasefiredata.ceasefire.export;

import static org.ceasefiredata.ceasefire.export.ExportFiles.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import jakarta.inject.Inject;

import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

import io.agroal.api.AgroalDataSource;

/**
 * The exports as an analyst reads them with DuckDB: the CSVs with the types of their Table Schemas, and the Parquet
 * files as they come. In both, the README's queries give the answers the API gives.
 */
@QuarkusTest
class DuckDbAnalystQueriesTest {

    @Inject
    ExportWriter writer;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void csvAndParquetAnswerTheReadmeQueriesAsTheApiDoes(@TempDir Path dir) throws Exception {
        writer.writeAll(dir, Instant.parse(ExportFiles.PINNED));
        JsonNode descriptor = JSON.readTree(dir.resolve("datapackage.json").toFile());
        Map<String, AnalystQueries.Answers> answers = new LinkedHashMap<>();
        try (Connection duck = duckdb(); Statement s = duck.createStatement()) {
            for (JsonNode resource : descriptor.path("resources")) {
                List<String> columns = new ArrayList<>();
                for (JsonNode field : resource.path("schema").path("fields")) {
                    columns.add("'" + field.path("name").asText() + "': '" + type(field) + "'");
                }
                s.execute("create view " + resource.path("name").asText() + " as select * from read_csv('"
                        + dir.resolve(resource.path("path").asText()) + "', header = true, auto_detect = false, "
                        + "columns = {" + String.join(", ", columns) + "})");
            }
            answers.put("CSV", AnalystQueries.run(duck));
        }
        try (Connection duck = duckdb(); Statement s = duck.createStatement()) {
            for (JsonNode resource : descriptor.path("resources")) {
                String name = resource.path("name").asText();
                s.execute("create view " + name + " as from '" + dir.resolve(name + ".parquet") + "'");
                // The Parquet file has the Table Schema's columns, in order, with its types.
                List<String> expected = new ArrayList<>();
                resource.path("schema").path("fields").forEach(f -> expected.add(f.path("name").asText() + " " + type(f)));
                List<String> actual = new ArrayList<>();
                for (List<Object> column : AnalystQueries.rows(duck, "describe " + name)) {
                    actual.add(column.get(0) + " " + column.get(1));
                }
                assertEquals(expected, actual, name + ".parquet columns");
            }
            answers.put("Parquet", AnalystQueries.run(duck));
        }
        AnalystQueries.Answers api;
        try (Connection database = dataSource.getConnection()) {
            api = AnalystQueries.fromService(answers.get("CSV").meetingsPerMonth().keySet(), database);
        }
        answers.forEach((source, answer) -> assertEquals(api, answer, source));
        // The answers are not empty, and the counting trap of the issue is avoided: Russia attended six meetings, not
        // the seven rows (one a series) it has in meeting_participants.
        assertEquals(6L, api.meetingsAttended().get("russia"));
        assertTrue(api.meetingsPerMonth().values().stream().anyMatch(n -> n > 1), api.meetingsPerMonth().toString());
        assertFalse(api.missedDeadlines().isEmpty());
        assertEquals(5, api.citationsPerDocument().size());
    }

    @Test
    void noTableOrColumnNameIsADuckDbReservedWord() throws Exception {
        Set<String> reserved = new HashSet<>();
        try (Connection duck = duckdb()) {
            for (List<Object> row : AnalystQueries.rows(duck,
                    "select keyword_name from duckdb_keywords() where keyword_category = 'reserved'")) {
                reserved.add(row.get(0).toString().toLowerCase());
            }
        }
        assertTrue(reserved.contains("group") && reserved.contains("end"), "DuckDB's reserved words: " + reserved);
        List<String> clashes = new ArrayList<>();
        for (ExportTable table : ExportTables.ALL) {
            if (reserved.contains(table.name())) {
                clashes.add(table.name());
            }
            table.columns().stream().filter(c -> reserved.contains(c.name()))
                    .forEach(c -> clashes.add(table.name() + "." + c.name()));
        }
        assertEquals(List.of(), clashes);
    }

    /** The DuckDB type of a Table Schema field. */
    private static String type(JsonNode field) {
        return ExportColumn.Type.of(field.path("type").asText(), field.path("format").asText()).duckdb();
    }

    private static Connection duckdb() throws SQLException {
        Properties settings = new Properties();
        settings.setProperty("autoinstall_known_extensions", "false");
        settings.setProperty("autoload_known_extensions", "false");
        return new DuckDBDriver().connect("jdbc:duckdb:", settings);
    }
}
