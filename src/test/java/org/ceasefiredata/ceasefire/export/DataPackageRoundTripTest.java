package org.ceasefiredata.ceasefire.export;

import static org.ceasefiredata.ceasefire.export.ExportFiles.JSON;
import static org.ceasefiredata.ceasefire.export.ExportFiles.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The data package loads into a fresh PostgreSQL database: tables created from its Table Schemas alone (types,
 * required fields, primary keys), the CSVs copied in with COPY, then the foreign keys added, which PostgreSQL checks
 * against every row. The database is created on the server the tests use and dropped afterwards.
 */
@QuarkusTest
class DataPackageRoundTripTest {

    @Test
    void csvsLoadWithCopyIntoTablesMadeFromTheTableSchemasAndTheForeignKeysHold() throws Exception {
        Map<String, byte[]> files = unzip(get("datapackage.zip"));
        JsonNode descriptor = JSON.readTree(files.get("datapackage.json"));
        String database = "ceasefire_roundtrip_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = config("quarkus.datasource.jdbc.url");
        try (Connection admin = connect(url)) {
            admin.createStatement().execute("create database " + database);
        }
        try (Connection c = connect(url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"))) {
            try (Statement s = c.createStatement()) {
                for (JsonNode resource : descriptor.path("resources")) {
                    s.execute(createTable(resource));
                }
                for (JsonNode resource : descriptor.path("resources")) {
                    String table = quote(resource.path("name").asText());
                    long copied = ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI().copyIn(
                            "copy " + table + " from stdin with (format csv, header true, encoding 'UTF8')",
                            new ByteArrayInputStream(files.get(resource.path("path").asText())));
                    assertEquals(ExportFiles.csv(files.get(resource.path("path").asText())).rows().size(), copied,
                            table);
                }
                for (JsonNode resource : descriptor.path("resources")) {
                    for (String fk : foreignKeys(resource)) {
                        s.execute(fk);
                    }
                }
                // The foreign keys are enforced: a citation of a document that is not there is refused.
                assertThrows(SQLException.class, () -> s.execute(
                        "update citations set document = 'no-such-document' where id = 1"));
                try (ResultSet rs = s.executeQuery("select count(*) from meetings m join meeting_participants p "
                        + "on p.meeting = m.slug join citations c on c.meeting_participant_id = p.id")) {
                    rs.next();
                    assertEquals(true, rs.getLong(1) > 0, "participations are cited");
                }
            }
        } finally {
            try (Connection admin = connect(url)) {
                admin.createStatement().execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    /** {@code create table} from a Table Schema: its types, required fields and primary key. */
    static String createTable(JsonNode resource) {
        List<String> columns = new ArrayList<>();
        for (JsonNode field : resource.path("schema").path("fields")) {
            String type = switch (field.path("type").asText()) {
                case "string" -> "text";
                case "integer" -> "bigint";
                case "date" -> "date";
                case "boolean" -> "boolean";
                default -> throw new IllegalArgumentException("type " + field.path("type"));
            };
            columns.add(quote(field.path("name").asText()) + " " + type
                    + (field.path("constraints").path("required").asBoolean() ? " not null" : ""));
        }
        List<String> key = new ArrayList<>();
        resource.path("schema").path("primaryKey").forEach(k -> key.add(quote(k.asText())));
        columns.add("primary key (" + String.join(", ", key) + ")");
        return "create table " + quote(resource.path("name").asText()) + " (" + String.join(", ", columns) + ")";
    }

    static List<String> foreignKeys(JsonNode resource) {
        String table = resource.path("name").asText();
        List<String> statements = new ArrayList<>();
        for (JsonNode fk : resource.path("schema").path("foreignKeys")) {
            String target = fk.path("reference").path("resource").asText();
            statements.add("alter table " + quote(table) + " add foreign key (" + quote(fk.path("fields").path(0).asText())
                    + ") references " + quote(target.isEmpty() ? table : target) + " ("
                    + quote(fk.path("reference").path("fields").path(0).asText()) + ")");
        }
        return statements;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
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
