package org.ceasefiredata.ceasefire.export;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ceasefiredata.ceasefire.kernel.DatasetVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;

/**
 * Writes the exports — dataset.json, NDJSON, CSV and Parquet per table, the data package descriptor, schema.sql and
 * the zip, the JSON Schema — onto any output stream (an HTTP response, a file), reading the database with server-side
 * cursors so that memory stays constant whatever the size of the dataset. Each export reads one snapshot (a read-only
 * repeatable-read transaction), so that the counts, the tables and the foreign keys between them agree; the sizes and
 * hashes in the descriptor are those of the CSVs of the same dataset version.
 */
@ApplicationScoped
public class ExportWriter {

    /** Rows fetched per round trip; PostgreSQL uses a cursor only with autocommit off. */
    static final int FETCH_SIZE = 2000;
    public static final String DATASET = "dataset.json";
    public static final String SCHEMA = "dataset.schema.json";
    public static final String DESCRIPTOR = "datapackage.json";
    public static final String PACKAGE = "datapackage.zip";
    public static final String DDL = "schema.sql";
    /** RFC 4180: comma, double quotes doubled, CRLF; the header row names the columns. */
    static final CSVFormat CSV = CSVFormat.RFC4180;

    @Inject
    AgroalDataSource dataSource;
    /** Statement and socket budget of an export's snapshot (the request-sized defaults would cut a large table off). */
    @ConfigProperty(name = "ceasefire.export.timeout", defaultValue = "300s")
    java.time.Duration timeout;
    @Inject
    DatasetVersion version;
    @Inject
    ObjectMapper mapper;

    private final JsonFactory json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    /** Generated on first use: it depends on the code only. */
    private volatile byte[] schema;

    /** True while the startup load has not finished: the exports would be incomplete. */
    public boolean isLoading() {
        return version.get() == null;
    }

    /**
     * The version every export carries in its body: the export format's semantic version with the dataset version
     * (the seeds' fingerprint and the loader version, also the ETag) as build metadata, e.g. 2.1.0+a450dcd4b89b3832.2.
     */
    public String version() {
        String v = version.get();
        if (v == null) {
            throw new IllegalStateException("The dataset is not loaded yet.");
        }
        return Dataset.FORMAT_VERSION + "+" + v;
    }

    public void csv(ExportTable table, OutputStream out) {
        inSnapshot(c -> writeCsv(c, table, out));
    }

    public void ndjson(ExportTable table, OutputStream out) {
        inSnapshot(c -> writeNdjson(c, table, out));
    }

    /** One table as Parquet: its CSV, read back by DuckDB with the Table Schema's types (see {@link ParquetFiles}). */
    public void parquet(ExportTable table, Instant generatedAt, OutputStream out) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ceasefire-parquet-");
            Path csv = dir.resolve(table.csvName());
            Path parquet = dir.resolve(table.parquetName());
            String v = version();
            inSnapshot(c -> toFile(csv, o -> writeCsv(c, table, o)));
            ParquetFiles.write(table, csv, parquet, v, generatedAt);
            Files.copy(parquet, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ParquetFiles.deleteQuietly(dir);
        }
    }

    public void dataset(Instant generatedAt, OutputStream out) {
        inSnapshot(c -> writeDataset(c, generatedAt, out));
    }

    /**
     * datapackage.json. The sizes and hashes of the CSVs it lists are those computed for the current dataset version by
     * an earlier descriptor, zip or folder export; the first time, every CSV is written (and thrown away) first.
     */
    public void descriptor(Instant generatedAt, OutputStream out) {
        String loaded = version.get();
        inSnapshot(c -> {
            Map<String, Digest> digests = digestsOf(loaded);
            if (digests == null) {
                digests = new LinkedHashMap<>();
                for (ExportTable table : ExportTables.ALL) {
                    digests.put(table.name(), digest(OutputStream.nullOutputStream(), d -> writeCsv(c, table, d)));
                }
                keep(loaded, digests);
            }
            writeDescriptor(c, generatedAt, digests, out);
        });
    }

    /** The CSV sizes and hashes of one dataset version (the data change only with it, as for every ETag). */
    private record Digests(String version, Map<String, Digest> byTable) {
    }

    private final AtomicReference<Digests> knownDigests = new AtomicReference<>();

    private Map<String, Digest> digestsOf(String loaded) {
        Digests known = knownDigests.get();
        return known != null && known.version().equals(loaded) ? known.byTable() : null;
    }

    /** Keeps the digests computed from data of version {@code loaded}, unless a load has changed the version since. */
    private void keep(String loaded, Map<String, Digest> computed) {
        if (loaded != null && loaded.equals(version.get()) && computed.size() == ExportTables.ALL.size()) {
            knownDigests.set(new Digests(loaded, Map.copyOf(computed)));
        }
    }

    /** schema.sql: PostgreSQL DDL generated from the Table Schemas of datapackage.json. */
    public void ddl(Instant generatedAt, OutputStream out) {
        String v = version();
        try {
            out.write(SqlSchema.generate(DataPackage.resources(null), v, generatedAt).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** datapackage.zip: every CSV, schema.sql, then the descriptor with their sizes and hashes, from one snapshot. */
    public void dataPackage(Instant generatedAt, OutputStream out) {
        String loaded = version.get();
        inSnapshot(c -> keep(loaded, writePackage(c, generatedAt, out, (table, o) -> writeCsv(c, table, o))));
    }

    /** The JSON Schema of dataset.json, as served and committed (openapi/dataset.schema.json). */
    public byte[] schema() {
        byte[] generated = schema;
        if (generated == null) {
            try {
                generated = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsBytes(DatasetSchema.generate());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            schema = generated;
        }
        return generated.clone();
    }

    /**
     * Writes every export file into a folder (the command line's output), from one snapshot: the CSVs first, then the
     * files made from them (the descriptor with their hashes, the zip, the Parquet files), so that each table is read
     * from the database twice only (CSV and NDJSON), besides dataset.json.
     */
    public List<Path> writeAll(Path dir, Instant generatedAt) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Files.write(dir.resolve(SCHEMA), schema());
        written.add(dir.resolve(SCHEMA));
        String v = version();
        String loaded = version.get();
        inSnapshot(c -> {
            Map<String, Digest> digests = new LinkedHashMap<>();
            for (ExportTable table : ExportTables.ALL) {
                Path csv = dir.resolve(table.csvName());
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 16)) {
                    digests.put(table.name(), digest(out, d -> writeCsv(c, table, d)));
                }
                written.add(csv);
                written.add(toFile(dir.resolve(table.ndjsonName()), out -> writeNdjson(c, table, out)));
            }
            written.add(toFile(dir.resolve(DATASET), out -> writeDataset(c, generatedAt, out)));
            keep(loaded, digests);
            written.add(toFile(dir.resolve(DESCRIPTOR), out -> writeDescriptor(c, generatedAt, digests, out)));
            written.add(toFile(dir.resolve(DDL), out -> ddl(generatedAt, out)));
            written.add(toFile(dir.resolve(PACKAGE), out -> writePackage(c, generatedAt, out,
                    (table, o) -> Files.copy(dir.resolve(table.csvName()), o))));
        });
        for (ExportTable table : ExportTables.ALL) {
            Path parquet = dir.resolve(table.parquetName());
            ParquetFiles.write(table, dir.resolve(table.csvName()), parquet, v, generatedAt);
            written.add(parquet);
        }
        return written;
    }

    private interface Output {
        void write(OutputStream out) throws IOException, SQLException;
    }

    private interface Work {
        void run(Connection connection) throws IOException, SQLException;
    }

    /** Where the CSV of a table comes from when the zip is written: the database, or a file written before. */
    private interface CsvSource {
        void write(ExportTable table, OutputStream out) throws IOException, SQLException;
    }

    /** The size and SHA-256 of a written file, for the descriptor. */
    record Digest(long bytes, String sha256) {
    }

    private static Path toFile(Path file, Output output) throws IOException, SQLException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            output.write(out);
        }
        return file;
    }

    /** Writes through to {@code out}, counting and hashing what passes. */
    private static Digest digest(OutputStream out, Output output) throws IOException, SQLException {
        Hashing hashing = new Hashing(out);
        output.write(hashing);
        hashing.flush();
        return new Digest(hashing.count, HexFormat.of().formatHex(hashing.sha256.digest()));
    }

    private static final class Hashing extends FilterOutputStream {
        final MessageDigest sha256;
        long count;

        Hashing(OutputStream out) {
            super(out);
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            sha256.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            sha256.update(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            // Never closes the stream below (the zip, the response): its owner does.
            flush();
        }
    }

    private static ZipEntry entry(String name, LocalDateTime time) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        return entry;
    }

    private void inSnapshot(Work work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            // Agroal resets the network timeout when the connection goes back to the pool; "set local" ends with the
            // transaction.
            int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
            c.setNetworkTimeout(Runnable::run, millis);
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("set local statement_timeout = " + millis);
            }
            try {
                work.run(c);
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the dataset failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Receives the rows of a table, one array of column values at a time (reused between calls). */
    private interface RowSink {
        void accept(Object[] row) throws IOException;
    }

    /**
     * Streams a table's rows in order; returns how many there were. Ids derived from natural keys are computed here: a
     * row's own from its natural key columns (and its rank among adjacent rows of the same natural key), a reference
     * from the natural key the query gives for the row it points at.
     */
    private static long rows(Connection c, ExportTable table, RowSink sink) throws SQLException, IOException {
        try (PreparedStatement statement = c.prepareStatement(table.sql(), ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery()) {
                List<ExportColumn> columns = table.columns();
                int[] index = new int[columns.size()];
                int self = -1;
                for (int i = 0; i < index.length; i++) {
                    if (table.derivedKey() && columns.get(i).name().equals(table.primaryKey())) {
                        self = i;
                    } else {
                        index[i] = rs.findColumn(columns.get(i).name());
                    }
                }
                int[] naturalKey = table.naturalKey().stream().mapToInt(k -> columns.indexOf(table.column(k))).toArray();
                Object[] row = new Object[index.length];
                List<String> key = new ArrayList<>(naturalKey.length);
                String previous = null;
                long repeat = 0;
                long count = 0;
                while (rs.next()) {
                    for (int i = 0; i < index.length; i++) {
                        if (i == self) {
                            continue;
                        }
                        ExportColumn column = columns.get(i);
                        row[i] = switch (column.type()) {
                            case STRING -> rs.getString(index[i]);
                            case ID -> {
                                String referenced = rs.getString(index[i]);
                                yield referenced == null ? null : StableId.of(column.references(), referenced);
                            }
                            case DATE -> rs.getObject(index[i], LocalDate.class);
                            case INTEGER -> {
                                long value = rs.getLong(index[i]);
                                yield rs.wasNull() ? null : value;
                            }
                            case NUMBER -> {
                                double value = rs.getDouble(index[i]);
                                yield rs.wasNull() ? null : value;
                            }
                            case BOOLEAN -> {
                                boolean value = rs.getBoolean(index[i]);
                                yield rs.wasNull() ? null : value;
                            }
                        };
                    }
                    if (self >= 0) {
                        key.clear();
                        for (int k : naturalKey) {
                            key.add(row[k] == null ? null : row[k].toString());
                        }
                        // Rows come sorted by natural key, then database id: a repeat follows its first.
                        String name = StableId.name(key, 1);
                        repeat = name.equals(previous) ? repeat + 1 : 1;
                        previous = name;
                        row[self] = StableId.of(table.name(), key, repeat);
                    }
                    sink.accept(row);
                    count++;
                }
                return count;
            }
        }
    }

    private static void writeCsv(Connection c, ExportTable table, OutputStream out) throws IOException, SQLException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        // Not closed: closing would close the stream it writes to (the zip of the data package, for one).
        CSVPrinter printer = new CSVPrinter(writer, CSV);
        printer.printRecord(table.columns().stream().map(ExportColumn::name));
        rows(c, table, printer::printRecord);
        printer.flush();
    }

    private void writeNdjson(Connection c, ExportTable table, OutputStream out) throws IOException, SQLException {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            rows(c, table, row -> writeRow(g, table, row));
            g.writeRaw('\n');
        }
    }

    private static void writeRow(JsonGenerator g, ExportTable table, Object[] row) throws IOException {
        g.writeStartObject();
        List<ExportColumn> columns = table.columns();
        for (int i = 0; i < row.length; i++) {
            g.writeFieldName(columns.get(i).name());
            Object value = row[i];
            if (value == null) {
                g.writeNull();
            } else if (value instanceof Long n) {
                g.writeNumber(n);
            } else if (value instanceof Double n) {
                g.writeNumber(n);
            } else if (value instanceof Boolean b) {
                g.writeBoolean(b);
            } else {
                g.writeString(value.toString());
            }
        }
        g.writeEndObject();
    }

    private void writeDataset(Connection c, Instant generatedAt, OutputStream out) throws IOException, SQLException {
        try (JsonGenerator g = json.createGenerator(out)) {
            // One record per line, so that two versions of the file diff record by record.
            g.setPrettyPrinter(new LinePerRecord());
            g.writeStartObject();
            g.writeStringField("name", Dataset.NAME);
            g.writeStringField("title", Dataset.TITLE);
            g.writeStringField("version", version());
            g.writeStringField("generated_at", generatedAt.toString());
            g.writeStringField("license", Dataset.LICENSE);
            g.writeStringField("attribution", Dataset.ATTRIBUTION);
            g.writeObjectFieldStart("counts");
            for (Map.Entry<String, Long> count : counts(c).entrySet()) {
                g.writeNumberField(count.getKey(), count.getValue());
            }
            g.writeEndObject();
            for (ExportTable table : ExportTables.ALL) {
                g.writeArrayFieldStart(table.name());
                rows(c, table, row -> writeRow(g, table, row));
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** Rows per exported table (each has one row per row of its database table). */
    private static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ExportTable table : ExportTables.ALL) {
            try (PreparedStatement s = c.prepareStatement("select count(*) from " + table.from());
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                counts.put(table.name(), rs.getLong(1));
            }
        }
        return counts;
    }

    private void writeDescriptor(Connection c, Instant generatedAt, Map<String, Digest> digests, OutputStream out)
            throws IOException, SQLException {
        ExportTable documents = ExportTables.named("documents").orElseThrow();
        int title = documents.columns().indexOf(documents.column("title"));
        int outlet = documents.columns().indexOf(documents.column("outlet"));
        int url = documents.columns().indexOf(documents.column("url"));
        int slug = documents.columns().indexOf(documents.column("slug"));
        List<ObjectNode> sources = new ArrayList<>();
        rows(c, documents, row -> {
            ObjectNode source = mapper.createObjectNode();
            source.put("title", (row[title] == null ? row[slug] : row[title])
                    + (row[outlet] == null ? "" : " (" + row[outlet] + ")"));
            if (row[url] != null) {
                source.put("path", row[url].toString());
            }
            sources.add(source);
        });
        ObjectNode descriptor = DataPackage.descriptor(version(), generatedAt, sources, digests);
        try (JsonGenerator g = json.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            mapper.writeTree(g, descriptor);
            g.writeRaw('\n');
        }
    }

    /** Writes the zip; returns the sizes and hashes of its CSVs. */
    private Map<String, Digest> writePackage(Connection c, Instant generatedAt, OutputStream out, CsvSource csvs)
            throws IOException, SQLException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // A fixed entry time (the generation time, in UTC) keeps the archive identical for the same data; the times a
        // zip can hold bound the generatedAt parameter (ExportResource.EARLIEST, LATEST).
        LocalDateTime time = LocalDateTime.ofInstant(generatedAt, ZoneOffset.UTC);
        Map<String, Digest> digests = new LinkedHashMap<>();
        for (ExportTable table : ExportTables.ALL) {
            zip.putNextEntry(entry(table.csvName(), time));
            digests.put(table.name(), digest(zip, d -> csvs.write(table, d)));
            zip.closeEntry();
        }
        zip.putNextEntry(entry(DDL, time));
        ddl(generatedAt, zip);
        zip.closeEntry();
        // Last: it lists the sizes and hashes of the CSVs written above.
        zip.putNextEntry(entry(DESCRIPTOR, time));
        writeDescriptor(c, generatedAt, digests, zip);
        zip.closeEntry();
        zip.finish();
        return digests;
    }

    /** Compact JSON with every element of an array on a line of its own. */
    private static final class LinePerRecord extends MinimalPrettyPrinter {

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            g.writeRaw(nrOfValues == 0 ? "]" : "\n]");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            if (g.getOutputContext().getParent().inRoot()) {
                g.writeRaw(",\n");
            } else {
                g.writeRaw(',');
            }
        }
    }
}
