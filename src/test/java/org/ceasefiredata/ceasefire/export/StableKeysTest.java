package org.ceasefiredata.ceasefire.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVRecord;
import org.ceasefiredata.ceasefire.ingest.SeedConfig;
import org.ceasefiredata.ceasefire.ingest.SeedService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;

import io.agroal.api.AgroalDataSource;

/**
 * Keys survive a new version of the data: the seeds are exported, a copy of them gets one more citation and one more
 * mention, and in the second export every row of the first keeps its key and every foreign key its value; the only new
 * keys are the two new rows'. The configured seeds are loaded again afterwards.
 */
@QuarkusTest
class StableKeysTest {

    static final Path SEEDS = Path.of("seeds");
    static final String TEXT = "000_3b44d8aa9f8155de.txt";

    @Inject
    ExportWriter writer;
    @Inject
    SeedService seeds;
    @Inject
    SeedConfig config;
    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void restoreConfiguredSeeds() {
        seeds.load(Path.of(config.dir()), false, true);
    }

    @Test
    void addingACitationAndAMentionChangesNoOtherKeyOrForeignKey(@TempDir Path exports) throws Exception {
        Instant at = Instant.parse(ExportFiles.PINNED);
        Path copy = copyOfTheSeeds();
        seeds.load(copy, false, false);
        writer.writeAll(exports.resolve("before"), at);

        // One more citation of a meeting (a sentence of the same document the meeting already cites elsewhere) ...
        replaceOnce(copy.resolve("annotations/meetings.yaml"),
                "    citations:\n      - doc: issg-overview-2016\n"
                        + "        quote: \"was established during the ['Vienna Talks'](#) in the [fall of 2015](#)\"\n",
                "    citations:\n      - doc: issg-overview-2016\n"
                        + "        quote: \"was established during the ['Vienna Talks'](#) in the [fall of 2015](#)\"\n"
                        + "      - doc: issg-overview-2016\n"
                        + "        quote: \"The ISSG is co-chaired by the US and Russia\"\n");
        // ... and one more mention: a participant named in a sentence added at the end of a text (whose SHA-256 the
        // annotations then record anew).
        Path text = copy.resolve(TEXT);
        String before = sha256(Files.readAllBytes(text));
        Files.writeString(text, Files.readString(text, StandardCharsets.UTF_8) + "\n\nQatar declined to comment.\n",
                StandardCharsets.UTF_8);
        replaceOnce(copy.resolve("annotations/documents.yaml"), before, sha256(Files.readAllBytes(text)));
        assertTrue(seeds.load(copy, false, false).written());
        writer.writeAll(exports.resolve("after"), at);

        Map<String, Integer> added = new TreeMap<>();
        Map<String, CSVRecord> newRows = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (ExportTable table : ExportTables.ALL) {
            Map<String, CSVRecord> first = keyed(exports.resolve("before"), table);
            Map<String, CSVRecord> second = keyed(exports.resolve("after"), table);
            for (Map.Entry<String, CSVRecord> row : first.entrySet()) {
                CSVRecord now = second.get(row.getKey());
                if (now == null) {
                    problems.add(table.name() + ": key " + row.getKey() + " is gone");
                    continue;
                }
                for (ExportColumn column : table.columns()) {
                    if (!column.references().isEmpty() && !row.getValue().get(column.name()).equals(now.get(column.name()))) {
                        problems.add(table.name() + " " + row.getKey() + ": " + column.name() + " was "
                                + row.getValue().get(column.name()) + ", is " + now.get(column.name()));
                    }
                }
            }
            for (Map.Entry<String, CSVRecord> row : second.entrySet()) {
                if (!first.containsKey(row.getKey())) {
                    added.merge(table.name(), 1, Integer::sum);
                    newRows.put(table.name(), row.getValue());
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(Map.of("citations", 1, "mentions", 1), added);
        assertEquals(List.of("Qatar", "qatar"), List.of(newRows.get("mentions").get("text"),
                newRows.get("mentions").get("participant")));
        assertEquals(List.of("meeting", "vienna-talks-2015", "The ISSG is co-chaired by the US and Russia"),
                List.of(newRows.get("citations").get("fact"), newRows.get("citations").get("meeting"),
                        newRows.get("citations").get("quote")));
    }

    @Test
    void aRepeatedRecordGetsAKeyOfItsOwnAndItsCitationsPointAtIt(@TempDir Path exports) throws Exception {
        // The curated data could repeat a claim (the database does not forbid it): both rows need a key, and each
        // citation must point at its own. Written straight into the database, removed afterwards.
        long claim;
        long citation;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select max(id) + 1000 from claim");
            rs.next();
            claim = rs.getLong(1);
            rs = s.executeQuery("select max(id) + 1000 from citation");
            rs.next();
            citation = rs.getLong(1);
            s.executeUpdate("insert into claim (id, participant_id, meeting_id, commitment_id, deadline_id, about, value) "
                    + "select " + claim + ", participant_id, meeting_id, commitment_id, deadline_id, about, value "
                    + "from claim order by id limit 1");
            s.executeUpdate("insert into citation (id, document_id, quote, clean_quote, start_offset, end_offset, "
                    + "document_sha256, claim_id) select " + citation + ", document_id, quote, clean_quote, start_offset, "
                    + "end_offset, document_sha256, "
                    + claim + " from citation where claim_id = (select min(id) from claim)");
        }
        try {
            writer.writeAll(exports, Instant.parse(ExportFiles.PINNED));
            List<CSVRecord> claims = ExportFiles.csv(Files.readAllBytes(exports.resolve("claims.csv"))).rows();
            Map<String, List<String>> idsByNaturalKey = new TreeMap<>();
            for (CSVRecord row : claims) {
                idsByNaturalKey.computeIfAbsent(String.join("|", row.get("participant"), row.get("meeting"),
                        row.get("commitment"), row.get("deadline"), row.get("about"), row.get("claimed")),
                        k -> new ArrayList<>()).add(row.get("id"));
            }
            List<String> repeated = idsByNaturalKey.values().stream().filter(ids -> ids.size() > 1).findFirst()
                    .orElseThrow();
            assertEquals(2, Set.copyOf(repeated).size(), "two distinct ids: " + repeated);
            CSVRecord first = claims.stream().filter(r -> r.get("id").equals(repeated.get(0))).findFirst().orElseThrow();
            List<String> naturalKey = Arrays.asList(first.get("participant"), first.get("meeting"), first.get("commitment"),
                    first.get("deadline"), first.get("about"), first.get("claimed"));
            assertEquals(List.of(StableId.of("claims", naturalKey, 1), StableId.of("claims", naturalKey, 2)), repeated);
            List<String> citedClaims = ExportFiles.csv(Files.readAllBytes(exports.resolve("citations.csv"))).rows()
                    .stream().map(r -> r.get("claim_id")).filter(id -> !id.isEmpty()).toList();
            // The later row (by database id) is the repeat: the new citation points at it, the old ones at the first.
            assertTrue(citedClaims.contains(repeated.get(0)) && citedClaims.contains(repeated.get(1)), citedClaims.toString());
            assertTrue(Set.copyOf(claims.stream().map(r -> r.get("id")).toList()).containsAll(citedClaims));
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("delete from citation where id = " + citation);
                s.executeUpdate("delete from claim where id = " + claim);
            }
            // The CSV hashes are kept per dataset version, which writes straight into the database do not change:
            // an export of the restored data puts the right ones back for the tests that follow.
            writer.writeAll(exports.resolve("restored"), Instant.parse(ExportFiles.PINNED));
        }
    }

    private static Map<String, CSVRecord> keyed(Path dir, ExportTable table) throws IOException {
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        for (CSVRecord row : ExportFiles.csv(Files.readAllBytes(dir.resolve(table.csvName()))).rows()) {
            rows.put(row.get(table.primaryKey()), row);
        }
        return rows;
    }

    /** A copy of the seeds under target/, to change. */
    private static Path copyOfTheSeeds() throws IOException {
        Path target = Path.of("target", "seed-copies", UUID.randomUUID().toString());
        try (Stream<Path> files = Files.walk(SEEDS)) {
            for (Path source : files.toList()) {
                Path dest = target.resolve(SEEDS.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest);
                }
            }
        }
        return target;
    }

    private static void replaceOnce(Path file, String from, String to) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int at = content.indexOf(from);
        assertTrue(at >= 0 && content.indexOf(from, at + 1) < 0, file + " holds exactly once: " + from);
        Files.writeString(file, content.replace(from, to), StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
