package org.ceasefiredata.ceasefire.export;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ceasefiredata.ceasefire.kernel.DatasetVersion;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.agroal.api.AgroalDataSource;

/**
 * Writes the exports — dataset.json, NDJSON and CSV per table, the data package descriptor and zip, the JSON Schema —
 * onto any output stream (an HTTP response, a file), reading the database with server-side cursors so that memory stays
 * constant whatever the size of the dataset. Each export reads one snapshot (a read-only repeatable-read transaction),
 * so that the counts, the tables and the foreign keys between them agree.
 */
@ApplicationScoped
public class ExportWriter {

    /** Rows fetched per round trip; PostgreSQL uses a cursor only with autocommit off. */
    static final int FETCH_SIZE = 2000;
    public static final String DATASET = "dataset.json";
    public static final String SCHEMA = "dataset.schema.json";
    public static final String DESCRIPTOR = "datapackage.json";
    public static final String PACKAGE = "datapackage.zip";
    /** RFC 4180: comma, double quotes doubled, CRLF; the header row names the columns. */
    static final CSVFormat CSV = CSVFormat.RFC4180;

    @Inject
    AgroalDataSource dataSource;
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

    /** The dataset version the exports carry. */
    public String version() {
        String v = version.get();
        if (v == null) {
            throw new IllegalStateException("The dataset is not loaded yet.");
        }
        return v;
    }

    public void csv(ExportTable table, OutputStream out) {
        inSnapshot(c -> writeCsv(c, table, out));
    }

    public void ndjson(ExportTable table, OutputStream out) {
        inSnapshot(c -> writeNdjson(c, table, out));
    }

    public void dataset(Instant generatedAt, OutputStream out) {
        inSnapshot(c -> writeDataset(c, generatedAt, out));
    }

    public void descriptor(Instant generatedAt, OutputStream out) {
        inSnapshot(c -> writeDescriptor(c, generatedAt, out));
    }

    /** datapackage.zip: the descriptor, then every CSV, all from one snapshot. */
    public void dataPackage(Instant generatedAt, OutputStream out) {
        inSnapshot(c -> writePackage(c, generatedAt, out));
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

    /** Writes every export file into a folder (the command line's output), from one snapshot. */
    public List<Path> writeAll(Path dir, Instant generatedAt) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Files.write(dir.resolve(SCHEMA), schema());
        written.add(dir.resolve(SCHEMA));
        inSnapshot(c -> {
            written.add(toFile(dir.resolve(DATASET), out -> writeDataset(c, generatedAt, out)));
            written.add(toFile(dir.resolve(DESCRIPTOR), out -> writeDescriptor(c, generatedAt, out)));
            for (ExportTable table : ExportTables.ALL) {
                written.add(toFile(dir.resolve(table.csvName()), out -> writeCsv(c, table, out)));
                written.add(toFile(dir.resolve(table.ndjsonName()), out -> writeNdjson(c, table, out)));
            }
            written.add(toFile(dir.resolve(PACKAGE), out -> writePackage(c, generatedAt, out)));
        });
        return written;
    }

    private interface Output {
        void write(OutputStream out) throws IOException, SQLException;
    }

    private interface Work {
        void run(Connection connection) throws IOException, SQLException;
    }

    private static Path toFile(Path file, Output output) throws IOException, SQLException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            output.write(out);
        }
        return file;
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

    /** Streams a table's rows in order; returns how many there were. */
    private static long rows(Connection c, ExportTable table, RowSink sink) throws SQLException, IOException {
        try (PreparedStatement statement = c.prepareStatement(table.sql(), ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery()) {
                List<ExportColumn> columns = table.columns();
                int[] index = new int[columns.size()];
                for (int i = 0; i < index.length; i++) {
                    index[i] = rs.findColumn(columns.get(i).name());
                }
                Object[] row = new Object[index.length];
                long count = 0;
                while (rs.next()) {
                    for (int i = 0; i < index.length; i++) {
                        row[i] = switch (columns.get(i).type()) {
                            case STRING -> rs.getString(index[i]);
                            case DATE -> rs.getObject(index[i], LocalDate.class);
                            case INTEGER -> {
                                long value = rs.getLong(index[i]);
                                yield rs.wasNull() ? null : value;
                            }
                            case BOOLEAN -> {
                                boolean value = rs.getBoolean(index[i]);
                                yield rs.wasNull() ? null : value;
                            }
                        };
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

    private void writeDescriptor(Connection c, Instant generatedAt, OutputStream out) throws IOException, SQLException {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("profile", "tabular-data-package");
            g.writeStringField("name", Dataset.NAME);
            g.writeStringField("title", Dataset.TITLE);
            g.writeStringField("description", "Meetings, participants, commitments and deadlines of the 2015-2016 "
                    + "Syria ceasefire process, each fact citing the exact words of its source text (table citations). "
                    + Dataset.ATTRIBUTION);
            g.writeStringField("version", version());
            g.writeStringField("created", generatedAt.toString());
            g.writeArrayFieldStart("licenses");
            g.writeStartObject();
            g.writeStringField("name", Dataset.LICENSE);
            g.writeStringField("path", Dataset.LICENSE_URL);
            g.writeStringField("title", "Creative Commons Attribution 4.0 (curated annotations; the source texts keep "
                    + "their publishers' terms)");
            g.writeEndObject();
            g.writeEndArray();
            g.writeArrayFieldStart("sources");
            ExportTable documents = ExportTables.named("documents").orElseThrow();
            int title = documents.columns().indexOf(column(documents, "title"));
            int outlet = documents.columns().indexOf(column(documents, "outlet"));
            int url = documents.columns().indexOf(column(documents, "url"));
            int slug = documents.columns().indexOf(column(documents, "slug"));
            rows(c, documents, row -> {
                g.writeStartObject();
                g.writeStringField("title", (row[title] == null ? row[slug] : row[title])
                        + (row[outlet] == null ? "" : " (" + row[outlet] + ")"));
                if (row[url] != null) {
                    g.writeStringField("path", row[url].toString());
                }
                g.writeEndObject();
            });
            g.writeEndArray();
            g.writeArrayFieldStart("resources");
            for (ExportTable table : ExportTables.ALL) {
                writeResource(g, table);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private void writePackage(Connection c, Instant generatedAt, OutputStream out) throws IOException, SQLException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // A fixed entry time (the generation time, in UTC) keeps the archive identical for the same data.
        LocalDateTime time = LocalDateTime.ofInstant(generatedAt, ZoneOffset.UTC);
        zip.putNextEntry(entry(DESCRIPTOR, time));
        writeDescriptor(c, generatedAt, zip);
        zip.closeEntry();
        for (ExportTable table : ExportTables.ALL) {
            zip.putNextEntry(entry(table.csvName(), time));
            writeCsv(c, table, zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    private static ExportColumn column(ExportTable table, String name) {
        return table.columns().stream().filter(col -> col.name().equals(name)).findFirst().orElseThrow();
    }

    /** A Tabular Data Resource: the CSV, its dialect and its Table Schema (types, keys, foreign keys). */
    private static void writeResource(JsonGenerator g, ExportTable table) throws IOException {
        g.writeStartObject();
        g.writeStringField("profile", "tabular-data-resource");
        g.writeStringField("name", table.name());
        g.writeStringField("path", table.csvName());
        g.writeStringField("description", table.description());
        g.writeStringField("format", "csv");
        g.writeStringField("mediatype", "text/csv");
        g.writeStringField("encoding", "utf-8");
        g.writeObjectFieldStart("dialect");
        g.writeStringField("delimiter", ",");
        g.writeStringField("lineTerminator", "\r\n");
        g.writeStringField("quoteChar", "\"");
        g.writeBooleanField("doubleQuote", true);
        g.writeBooleanField("header", true);
        g.writeEndObject();
        g.writeObjectFieldStart("schema");
        g.writeArrayFieldStart("fields");
        for (ExportColumn column : table.columns()) {
            g.writeStartObject();
            g.writeStringField("name", column.name());
            g.writeStringField("type", column.type().tableSchema());
            g.writeStringField("format", "default");
            g.writeStringField("description", column.description());
            boolean key = column.name().equals(table.primaryKey());
            if (column.required() || key || !column.values().isEmpty()) {
                g.writeObjectFieldStart("constraints");
                if (column.required() || key) {
                    g.writeBooleanField("required", true);
                }
                if (key) {
                    g.writeBooleanField("unique", true);
                }
                if (!column.values().isEmpty()) {
                    g.writeArrayFieldStart("enum");
                    for (String value : column.values()) {
                        g.writeString(value);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("missingValues");
        g.writeString("");
        g.writeEndArray();
        g.writeArrayFieldStart("primaryKey");
        g.writeString(table.primaryKey());
        g.writeEndArray();
        g.writeArrayFieldStart("foreignKeys");
        for (ExportColumn column : table.columns()) {
            if (column.references().isEmpty()) {
                continue;
            }
            ExportTable target = ExportTables.named(column.references()).orElseThrow();
            g.writeStartObject();
            g.writeArrayFieldStart("fields");
            g.writeString(column.name());
            g.writeEndArray();
            g.writeObjectFieldStart("reference");
            // The Table Schema spelling of a reference to the same table is an empty resource name.
            g.writeStringField("resource", target == table ? "" : target.name());
            g.writeArrayFieldStart("fields");
            g.writeString(target.primaryKey());
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
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
