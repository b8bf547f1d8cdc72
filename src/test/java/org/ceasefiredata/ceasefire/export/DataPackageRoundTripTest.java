package org.ceasefiredata.ceasefire.export;

import static org.ceasefiredata.ceasefire.export.ExportFiles.JSON;
import static org.ceasefiredata.ceasefire.export.ExportFiles.get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

import io.agroal.api.AgroalDataSource;

/**
 * The data package loads into a fresh PostgreSQL database with no hand work: the tables created by the schema.sql it
 * ships (generated from its Table Schemas), the CSVs copied in with COPY in the order it gives, PostgreSQL checking
 * every type, vocabulary, key and foreign key on the way; the README's queries then answer as the API does. The
 * database is created on the server the tests use and dropped afterwards.
 */
@QuarkusTest
class DataPackageRoundTripTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void csvsLoadWithCopyIntoTheShippedSchemaAndAnswerTheReadmeQueriesAsTheApiDoes() throws Exception {
        Map<String, byte[]> files = unzip(get("datapackage.zip?generatedAt=" + ExportFiles.PINNED));
        JsonNode descriptor = JSON.readTree(files.get("datapackage.json"));
        String ddl = new String(files.get("schema.sql"), StandardCharsets.UTF_8);
        assertArrayEquals(get("schema.sql?generatedAt=" + ExportFiles.PINNED), files.get("schema.sql"));
        String database = "ceasefire_roundtrip_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = config("quarkus.datasource.jdbc.url");
        try (Connection admin = connect(url)) {
            admin.createStatement().execute("create database " + database);
        }
        try (Connection c = connect(url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"))) {
            try (Statement s = c.createStatement()) {
                s.execute(ddl);
                for (JsonNode resource : descriptor.path("resources")) {
                    String table = resource.path("name").asText();
                    long copied = ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI().copyIn(
                            "copy " + table + " from stdin with (format csv, header true, encoding 'UTF8')",
                            new ByteArrayInputStream(files.get(resource.path("path").asText())));
                    assertEquals(ExportFiles.csv(files.get(resource.path("path").asText())).rows().size(), copied, table);
                }
                // The constraints hold: a citation of a document that is not there, or a meeting status outside the
                // vocabulary, is refused.
                assertThrows(SQLException.class, () -> s.execute(
                        "update citations set document = 'no-such-document' where fact = 'meeting'"));
                assertThrows(SQLException.class, () -> s.execute("update meetings set status = 'happened'"));
                // The provenance columns (#13) load typed and constrained, and hold what the service's database holds.
                assertThrows(SQLException.class, () -> s.execute("update meetings set basis = 'rumoured'"));
                assertThrows(SQLException.class, () -> s.execute("update citations set segment_kind = 'sidebar'"));
                assertThrows(SQLException.class, () -> s.execute("update mentions set name_kind = 'nickname'"));
                try (Connection service = dataSource.getConnection()) {
                    for (String[] query : new String[][]{
                            {"select count(*), round(sum(confidence)::numeric, 9) from mentions where name_kind = 'metonym'",
                                    "select count(*), round(sum(confidence)::numeric, 9) from mention where name_kind = 'METONYM'"},
                            {"select count(*), max(as_of_latest)::text from status_assessments where basis = 'inferred'",
                                    "select count(*), max(as_of_latest)::text from status_assessment where basis = 'INFERRED'"},
                            {"select count(*), sum(clean_end_offset - clean_start_offset) from citations "
                                    + "where segment_kind is null",
                                    "select count(*), sum(clean_end_offset - clean_start_offset) from citation "
                                            + "where segment_kind is null"}}) {
                        List<Object> loaded = row(c, query[0]);
                        assertEquals(row(service, query[1]), loaded, query[0]);
                        assertTrue(((Number) loaded.get(0)).longValue() > 0, query[0] + ": " + loaded);
                    }
                }
                try (ResultSet rs = s.executeQuery("select count(*) from meetings m join meeting_participants p "
                        + "on p.meeting = m.slug join citations c on c.meeting_participant_id = p.id")) {
                    rs.next();
                    assertEquals(true, rs.getLong(1) > 0, "participations are cited");
                }
                AnalystQueries.Answers postgres = AnalystQueries.run(c);
                try (Connection service = dataSource.getConnection()) {
                    assertEquals(AnalystQueries.fromService(postgres.meetingsPerMonth().keySet(), service), postgres);
                }
            }
        } finally {
            try (Connection admin = connect(url)) {
                admin.createStatement().execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    @Test
    void noTableOrColumnNameIsAPostgresReservedWord() throws Exception {
        Set<String> reserved = new HashSet<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                // R: reserved; T: reserved, but allowed as a function or type name (not as a column).
                ResultSet rs = s.executeQuery("select word from pg_get_keywords() where catcode in ('R', 'T')")) {
            while (rs.next()) {
                reserved.add(rs.getString(1));
            }
        }
        assertTrue(reserved.contains("end") && reserved.contains("group"), reserved.toString());
        List<String> clashes = new ArrayList<>();
        for (ExportTable table : ExportTables.ALL) {
            if (reserved.contains(table.name())) {
                clashes.add(table.name());
            }
            table.columns().stream().filter(col -> reserved.contains(col.name()))
                    .forEach(col -> clashes.add(table.name() + "." + col.name()));
        }
        assertEquals(List.of(), clashes);
    }

    /** The first row of a query, as a list of values (numbers as doubles, so that bigint and numeric compare). */
    private static List<Object> row(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            List<Object> values = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                Object value = rs.getObject(i);
                values.add(value instanceof Number n ? (Object) n.doubleValue() : value);
            }
            return values;
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, config("quarkus.datasource.username"),
                ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    private static String config(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }
}
