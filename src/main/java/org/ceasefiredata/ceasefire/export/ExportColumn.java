package org.ceasefiredata.ceasefire.export;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.ceasefiredata.ceasefire.kernel.Wire;

/** One column of an exported table, read from a component of its row record. */
public record ExportColumn(String name, Type type, String description, boolean required, String references,
        List<String> values) {

    /**
     * The column types, each with its Java type in the row record, its Table Schema type and format (Frictionless),
     * its PostgreSQL type in schema.sql and its DuckDB type in the Parquet files.
     */
    public enum Type {
        STRING(String.class, "string", "default", "text", "VARCHAR"),
        /** A derived key (see {@link StableId}): text in the files, uuid in PostgreSQL. */
        ID(UUID.class, "string", "uuid", "uuid", "VARCHAR"), INTEGER(Long.class, "integer", "default", "bigint", "BIGINT"),
        /** A binary floating-point number, written as Java's shortest round-tripping decimal (0.8, 1.0). */
        NUMBER(Double.class, "number", "default", "double precision", "DOUBLE"), DATE(LocalDate.class, "date", "default",
                "date", "DATE"), BOOLEAN(Boolean.class, "boolean", "default", "boolean", "BOOLEAN");

        private final Class<?> java;
        private final String tableSchema;
        private final String format;
        private final String postgres;
        private final String duckdb;

        Type(Class<?> java, String tableSchema, String format, String postgres, String duckdb) {
            this.java = java;
            this.tableSchema = tableSchema;
            this.format = format;
            this.postgres = postgres;
            this.duckdb = duckdb;
        }

        public String tableSchema() {
            return tableSchema;
        }

        public String format() {
            return format;
        }

        /** The type of a Table Schema field ({@code type}, {@code format}). */
        public static Type of(String tableSchema, String format) {
            for (Type type : values()) {
                if (type.tableSchema.equals(tableSchema) && type.format.equals(format)) {
                    return type;
                }
            }
            throw new IllegalArgumentException("no export type for Table Schema type " + tableSchema + "/" + format);
        }

        public String postgres() {
            return postgres;
        }

        public String duckdb() {
            return duckdb;
        }

        static Type of(Class<?> java) {
            for (Type type : values()) {
                if (type.java == java) {
                    return type;
                }
            }
            throw new IllegalArgumentException("no export type for " + java);
        }
    }

    static ExportColumn of(RecordComponent component) {
        Column column = component.getAnnotation(Column.class);
        if (column == null) {
            throw new IllegalArgumentException(component + " has no @Column");
        }
        return new ExportColumn(snake(component.getName()), Type.of(component.getType()), column.value(),
                column.required(), column.references(), vocabulary(column));
    }

    /** The allowed values of a column: its spelt-out values, then the wire spellings of its enumerations; none: any. */
    static List<String> vocabulary(Column column) {
        Set<String> values = new LinkedHashSet<>(Arrays.asList(column.values()));
        for (Class<?> enumeration : column.vocabulary()) {
            if (!enumeration.isEnum()) {
                throw new IllegalArgumentException(enumeration + " is not an enumeration");
            }
            Arrays.stream(enumeration.getEnumConstants()).map(e -> Wire.of((Enum<?>) e)).forEach(values::add);
        }
        return List.copyOf(new ArrayList<>(values));
    }

    /** {@code documentSha256} → {@code document_sha256}: the column names of every export. */
    public static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
