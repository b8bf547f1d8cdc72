package org.ceasefiredata.ceasefire.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ceasefiredata.ceasefire.export.ExportWriter.Digest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Frictionless Data Package descriptor (datapackage.json, Data Package and Table Schema v1, valid in strict mode):
 * what the dataset is, who makes it, its licence and sources, and for every CSV its size, SHA-256, dialect and Table
 * Schema (types, required fields, vocabularies, primary and foreign keys). schema.sql is generated from the same Table
 * Schemas ({@link SqlSchema}).
 */
public final class DataPackage {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DataPackage() {
    }

    /** The descriptor; {@code digests} holds the size and SHA-256 of each table's CSV by table name. */
    static ObjectNode descriptor(String version, Instant created, List<ObjectNode> sources, Map<String, Digest> digests) {
        ObjectNode d = JSON.objectNode();
        d.put("profile", "tabular-data-package");
        d.put("id", Dataset.ID);
        d.put("name", Dataset.NAME);
        d.put("title", Dataset.TITLE);
        d.put("description", "Meetings, participants, commitments and deadlines of the 2015-2016 Syria ceasefire "
                + "process, each fact citing the exact words of its source text (table citations). Keys: tables with a "
                + "slug are keyed by it, the others by an id derived from their natural key, stable across versions. "
                + "Counting: meetings mixes held, failed, planned and proposed meetings and series rows (filter status = "
                + "'held' and not is_series); a date's precision is that of the coarser end of an interval (use the "
                + "_earliest and _latest columns). schema.sql creates these tables in PostgreSQL; every table is also "
                + "served as Parquet. " + Dataset.ATTRIBUTION);
        d.put("homepage", Dataset.HOMEPAGE);
        d.put("version", version);
        d.put("created", created.toString());
        d.putArray("keywords").add("Syria").add("ceasefire").add("peace process").add("diplomacy").add("ISSG")
                .add("citations");
        ArrayNode contributors = d.putArray("contributors");
        contributors.addObject().put("title", "Syria ceasefire dataset curators").put("role", "author")
                .put("path", Dataset.HOMEPAGE);
        contributors.addObject().put("title", "ceasefiredata.org").put("role", "publisher").put("path", Dataset.HOMEPAGE);
        ObjectNode license = d.putArray("licenses").addObject();
        license.put("name", Dataset.LICENSE);
        license.put("path", Dataset.LICENSE_URL);
        license.put("title", "Creative Commons Attribution 4.0 (curated annotations; the source texts keep their "
                + "publishers' terms)");
        ArrayNode s = d.putArray("sources");
        sources.forEach(s::add);
        d.putArray("resources").addAll(resources(digests));
        return d;
    }

    /** A Tabular Data Resource per table; without {@code bytes} and {@code hash} when {@code digests} is null. */
    static List<ObjectNode> resources(Map<String, Digest> digests) {
        List<ObjectNode> resources = new ArrayList<>();
        for (ExportTable table : ExportTables.ALL) {
            resources.add(resource(table, digests == null ? null : digests.get(table.name())));
        }
        return resources;
    }

    private static ObjectNode resource(ExportTable table, Digest digest) {
        ObjectNode r = JSON.objectNode();
        r.put("profile", "tabular-data-resource");
        r.put("name", table.name());
        r.put("path", table.csvName());
        r.put("description", table.description());
        r.put("format", "csv");
        r.put("mediatype", "text/csv");
        r.put("encoding", "utf-8");
        if (digest != null) {
            r.put("bytes", digest.bytes());
            r.put("hash", "sha256:" + digest.sha256());
        }
        ObjectNode dialect = r.putObject("dialect");
        dialect.put("delimiter", ",");
        dialect.put("lineTerminator", "\r\n");
        dialect.put("quoteChar", "\"");
        dialect.put("doubleQuote", true);
        dialect.put("header", true);
        r.set("schema", tableSchema(table));
        return r;
    }

    /** The Table Schema of a table: fields with types, formats and constraints, missing values, keys. */
    static ObjectNode tableSchema(ExportTable table) {
        ObjectNode schema = JSON.objectNode();
        ArrayNode fields = schema.putArray("fields");
        for (ExportColumn column : table.columns()) {
            ObjectNode field = fields.addObject();
            field.put("name", column.name());
            field.put("type", column.type().tableSchema());
            field.put("format", column.type().format());
            field.put("description", column.description());
            boolean key = column.name().equals(table.primaryKey());
            if (column.required() || key || !column.values().isEmpty()) {
                ObjectNode constraints = field.putObject("constraints");
                if (column.required() || key) {
                    constraints.put("required", true);
                }
                if (key) {
                    constraints.put("unique", true);
                }
                if (!column.values().isEmpty()) {
                    ArrayNode values = constraints.putArray("enum");
                    column.values().forEach(values::add);
                }
            }
        }
        schema.putArray("missingValues").add("");
        schema.putArray("primaryKey").add(table.primaryKey());
        ArrayNode foreignKeys = JSON.arrayNode();
        for (ExportColumn column : table.columns()) {
            if (column.references().isEmpty()) {
                continue;
            }
            ExportTable target = ExportTables.named(column.references()).orElseThrow();
            ObjectNode fk = foreignKeys.addObject();
            fk.putArray("fields").add(column.name());
            ObjectNode reference = fk.putObject("reference");
            // The Table Schema spelling of a reference to the same table is an empty resource name.
            reference.put("resource", target == table ? "" : target.name());
            reference.putArray("fields").add(target.primaryKey());
        }
        // The profile forbids an empty list: a table that references nothing has no foreignKeys at all.
        if (!foreignKeys.isEmpty()) {
            schema.set("foreignKeys", foreignKeys);
        }
        return schema;
    }
}
