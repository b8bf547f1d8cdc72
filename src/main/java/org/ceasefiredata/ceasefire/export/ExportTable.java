package org.ceasefiredata.ceasefire.export;

import java.util.Arrays;
import java.util.List;

/**
 * An exported table: its name, description, primary key and columns (from its row record) and the query that reads
 * its rows in their stable order.
 */
public record ExportTable(String name, String description, String primaryKey, Class<? extends Record> row,
        List<ExportColumn> columns, String from, String sql) {

    /** @param from the database table with one row per exported row (for counts) */
    static ExportTable of(Class<? extends Record> row, String from, String sql) {
        Table table = row.getAnnotation(Table.class);
        List<ExportColumn> columns = Arrays.stream(row.getRecordComponents()).map(ExportColumn::of).toList();
        return new ExportTable(table.name(), table.value(), table.primaryKey(), row, columns, from, sql);
    }

    public String csvName() {
        return name + ".csv";
    }

    public String ndjsonName() {
        return name + ".ndjson";
    }
}
