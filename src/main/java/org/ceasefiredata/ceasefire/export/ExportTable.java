package org.ceasefiredata.ceasefire.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An exported table: its name, description, primary key, natural key (for a table keyed by a derived id) and columns
 * (from its row record), and the query that reads its rows in their stable order.
 *
 * @param from the database table with one row per exported row (for counts)
 * @param sql the query: one result column per exported column, of the same name, except for a derived id, which the
 *        writer computes from the natural key columns (rows sorted by natural key, then database id, so that repeats
 *        are adjacent and numbered in that order); a column that references a table keyed by a derived id holds that
 *        row's natural key, joined as by {@link StableId#name}
 */
public record ExportTable(String name, String description, String primaryKey, List<String> naturalKey,
        Class<? extends Record> row, List<ExportColumn> columns, String from, String sql) {

    static ExportTable of(Class<? extends Record> row, String from, String sql) {
        Table table = row.getAnnotation(Table.class);
        List<String> naturalKey = List.of(table.naturalKey());
        List<ExportColumn> columns = new ArrayList<>(Arrays.stream(row.getRecordComponents()).map(ExportColumn::of).toList());
        for (int i = 0; i < columns.size(); i++) {
            ExportColumn c = columns.get(i);
            if (c.name().equals(table.primaryKey()) && !naturalKey.isEmpty()) {
                columns.set(i, new ExportColumn(c.name(), c.type(), idDescription(table.name(), naturalKey), true,
                        c.references(), c.values()));
            }
        }
        for (String key : naturalKey) {
            if (columns.stream().noneMatch(c -> c.name().equals(key))) {
                throw new IllegalArgumentException(table.name() + ": natural key column " + key + " is not a column");
            }
        }
        return new ExportTable(table.name(), table.value(), table.primaryKey(), naturalKey, row, List.copyOf(columns), from,
                sql);
    }

    /** How the ids of a table are made, for the descriptions of its id column. */
    static String idDescription(String table, List<String> naturalKey) {
        return "Stable key of the row, derived from its natural key (" + String.join(", ", naturalKey)
                + "): the UUID version 5 (RFC 9562), in namespace " + StableId.NAMESPACE + ", of the text '" + table
                + "' followed by the values of those columns as exported, each preceded by U+001F (an empty string for "
                + "no value; a record the curated data repeat gets U+001F #2, #3... appended). It changes only when one of "
                + "those values does, never when other rows are added, removed or edited.";
    }

    /** True when the table is keyed by an id derived from its natural key rather than by a slug. */
    public boolean derivedKey() {
        return !naturalKey.isEmpty();
    }

    public ExportColumn column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(this.name + " has no column " + name));
    }

    public String csvName() {
        return name + ".csv";
    }

    public String ndjsonName() {
        return name + ".ndjson";
    }

    public String parquetName() {
        return name + ".parquet";
    }
}
