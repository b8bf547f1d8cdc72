package org.ceasefiredata.ceasefire.export;

import static org.ceasefiredata.ceasefire.export.ExportFiles.PINNED;
import static org.ceasefiredata.ceasefire.export.ExportFiles.get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.junit.QuarkusTest;

import picocli.CommandLine;

/** {@code export --out DIR} writes the same files as the HTTP endpoints, and fails clearly. */
@QuarkusTest
class ExportCommandTest {

    @Inject
    ExportWriter writer;

    @Test
    void writesTheSameFilesAsTheHttpEndpoints(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("exports");
        assertEquals(0, command(new StringWriter()).execute("--out", out.toString(), "--generated-at", PINNED));
        for (String file : new String[]{"dataset.json", "datapackage.json", "schema.sql", "datapackage.zip"}) {
            assertArrayEquals(get(file + "?generatedAt=" + PINNED), Files.readAllBytes(out.resolve(file)), file);
        }
        assertArrayEquals(get("dataset.schema.json"), Files.readAllBytes(out.resolve("dataset.schema.json")));
        for (ExportTable table : ExportTables.ALL) {
            assertArrayEquals(get(table.csvName()), Files.readAllBytes(out.resolve(table.csvName())), table.csvName());
            assertArrayEquals(get(table.ndjsonName()), Files.readAllBytes(out.resolve(table.ndjsonName())));
            assertArrayEquals(get(table.parquetName() + "?generatedAt=" + PINNED),
                    Files.readAllBytes(out.resolve(table.parquetName())), table.parquetName());
        }
        try (var files = Files.list(out)) {
            assertEquals(5 + 3 * ExportTables.ALL.size(), files.count(), "no other file (DuckDB's spill folder, say)");
        }
    }

    @Test
    void anUnwritableFolderIsAnErrorWithAMessage(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        StringWriter err = new StringWriter();
        assertEquals(1, command(err).execute("--out", file.resolve("exports").toString()));
        assertTrue(err.toString().startsWith("export: cannot write to " + file.resolve("exports")), err.toString());
    }

    @Test
    void badArgumentsStopBeforeAnythingStarts() {
        assertEquals(CommandLine.ExitCode.USAGE, ExportCommand.precheck("--out"));
        assertEquals(CommandLine.ExitCode.USAGE, ExportCommand.precheck("--out", "x", "--generated-at", "yesterday"));
        assertEquals(CommandLine.ExitCode.USAGE,
                ExportCommand.precheck("--out", "x", "--generated-at", "-1000000000-01-01T00:00:00Z"));
        assertEquals(CommandLine.ExitCode.USAGE, ExportCommand.precheck("--out", "x", "--bogus"));
        assertEquals(CommandLine.ExitCode.OK, ExportCommand.precheck("--help"));
        assertEquals(-1, ExportCommand.precheck("--out", "x"));
    }

    private CommandLine command(StringWriter err) {
        return new CommandLine(new ExportCommand.Export(writer)).setErr(new PrintWriter(err, true))
                .setOut(new PrintWriter(new StringWriter(), true));
    }
}
