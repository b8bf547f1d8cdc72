package org.ceasefiredata.ceasefire.export;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ceasefiredata.ceasefire.kernel.Wire;

/** One column of an exported table, read from a component of its row record. */
public record ExportColumn(String name, Type type, String description, boolean required, String references,
        List<String> values) {

    /** Table Schema types (Frictionless), each with the Java type of the row component. */
    public enum Type {
        STRING, INTEGER, DATE, BOOLEAN;

        public String tableSchema() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Type of(Class<?> java) {
            if (java == String.class) {
                return STRING;
            } else if (java == Long.class) {
                return INTEGER;
            } else if (java == LocalDate.class) {
                return DATE;
            } else if (java == Boolean.class) {
                return BOOLEAN;
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
                column.required(), column.references(), vocabulary(column.vocabulary()));
    }

    /** The wire spellings of an enumeration's constants; none for {@code Void}. */
    static List<String> vocabulary(Class<?> enumeration) {
        if (!enumeration.isEnum()) {
            return List.of();
        }
        return Arrays.stream(enumeration.getEnumConstants()).map(e -> Wire.of((Enum<?>) e)).toList();
    }

    /** {@code documentSha256} → {@code document_sha256}: the column names of every export. */
    public static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
