package org.ceasefiredata.ceasefire.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.duckdb.DuckDBDriver;

/**
 * The Parquet file of an exported table, written by DuckDB (its JDBC driver, in memory): the table's CSV is read back
 * with the types of its Table Schema (dates as DATE, integers as BIGINT, booleans as BOOLEAN, text and ids as VARCHAR)
 * and copied to Parquet, so the Parquet file holds exactly the CSV's rows, typed. One DuckDB thread, insertion order
 * kept and a fixed compression make the same CSV give the same bytes; the footer's key-value metadata carries the
 * version, the generation time and the Table Schema.
 */
public final class ParquetFiles {

    /** IANA-registered media type (2024) of Parquet files. */
    public static final String MEDIA_TYPE = "application/vnd.apache.parquet";

    private ParquetFiles() {
    }

    public static void write(ExportTable table, Path csv, Path parquet, String version, Instant generatedAt) {
        Properties settings = new Properties();
        // Nothing is fetched at run time: Parquet and CSV support are built into the driver.
        settings.setProperty("autoinstall_known_extensions", "false");
        settings.setProperty("autoload_known_extensions", "false");
        Path spill = null;
        try (Connection duck = new DuckDBDriver().connect("jdbc:duckdb:", settings);
                Statement s = duck.createStatement()) {
            spill = Files.createTempDirectory("ceasefire-duckdb-");
            // One thread: the same row groups in the same order, so the same bytes for the same CSV.
            s.execute("set threads = 1");
            s.execute("set preserve_insertion_order = true");
            // Bounded, spilling to a temporary folder rather than growing the process.
            s.execute("set memory_limit = '128MB'");
            s.execute("set temp_directory = " + SqlSchema.literal(spill.toString()));
            List<String> columns = new ArrayList<>();
            for (ExportColumn column : table.columns()) {
                columns.add(SqlSchema.literal(column.name()) + ": " + SqlSchema.literal(column.type().duckdb()));
            }
            String schema = DataPackage.tableSchema(table).toString();
            s.execute("copy (select * from read_csv(" + SqlSchema.literal(csv.toAbsolutePath().toString())
                    + ", header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"', "
                    + "new_line = '\\r\\n', nullstr = '', columns = {" + String.join(", ", columns) + "})) to "
                    + SqlSchema.literal(parquet.toAbsolutePath().toString()) + " (format parquet, compression zstd, "
                    // Row groups of 32,768 rows rather than 122,880: on the 510,000 citations of the bench data the
                    // copy needs about 65 MB less native memory, and the file is no larger.
                    + "row_group_size 32768, "
                    + "kv_metadata {dataset: " + SqlSchema.literal(Dataset.NAME) + ", table_name: "
                    + SqlSchema.literal(table.name()) + ", version: " + SqlSchema.literal(version) + ", generated_at: "
                    + SqlSchema.literal(generatedAt.toString()) + ", table_schema: " + SqlSchema.literal(schema) + "})");
        } catch (SQLException e) {
            throw new IllegalStateException("Writing " + parquet.getFileName() + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(spill);
        }
    }

    /** Removes a temporary folder and what it holds, if it exists; failures are ignored (it is in the temp folder). */
    static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Left for the system to clean the temp folder.
        }
    }
}
