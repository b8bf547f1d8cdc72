package org.ceasefiredata.ceasefire.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * schema.sql: the PostgreSQL DDL of the data package, generated from its Table Schemas (not kept by hand): one
 * {@code create table} per resource in load order, with the Table Schema's types, required fields, vocabularies (as
 * checks), primary and foreign keys, and its descriptions as comments. No identifier needs quoting: no table or
 * column name is a reserved word.
 */
public final class SqlSchema {

    private SqlSchema() {
    }

    /** The DDL for the resources of a descriptor (their names, descriptions and Table Schemas). */
    public static String generate(List<? extends JsonNode> resources, String version, Instant generatedAt) {
        StringBuilder sql = new StringBuilder();
        sql.append("-- ").append(Dataset.TITLE).append("\n");
        sql.append("-- PostgreSQL tables of the data package ").append(Dataset.NAME).append(" version ").append(version)
                .append(", generated ").append(generatedAt).append(",\n");
        sql.append("-- from the Table Schemas of datapackage.json. Tables come in load order (each after the tables it\n");
        sql.append(
                "-- references; meetings.part_of references meetings itself). Load the CSVs in that order, e.g. with psql:\n");
        for (JsonNode resource : resources) {
            sql.append("--   \\copy ").append(resource.path("name").asText()).append(" from '")
                    .append(resource.path("path").asText()).append("' with (format csv, header true)\n");
        }
        for (JsonNode resource : resources) {
            sql.append('\n');
            table(sql, resource);
        }
        return sql.toString();
    }

    private static void table(StringBuilder sql, JsonNode resource) {
        String table = resource.path("name").asText();
        JsonNode schema = resource.path("schema");
        List<String> lines = new ArrayList<>();
        for (JsonNode field : schema.path("fields")) {
            String name = field.path("name").asText();
            ExportColumn.Type type = ExportColumn.Type.of(field.path("type").asText(), field.path("format").asText());
            lines.add(
                    name + " " + type.postgres() + (field.path("constraints").path("required").asBoolean() ? " not null" : ""));
        }
        List<String> key = new ArrayList<>();
        schema.path("primaryKey").forEach(k -> key.add(k.asText()));
        lines.add("constraint " + table + "_pkey primary key (" + String.join(", ", key) + ")");
        for (JsonNode field : schema.path("fields")) {
            JsonNode values = field.path("constraints").path("enum");
            if (values.isArray()) {
                List<String> literals = new ArrayList<>();
                values.forEach(v -> literals.add(literal(v.asText())));
                String name = field.path("name").asText();
                lines.add("constraint " + table + "_" + name + "_check check (" + name + " in ("
                        + String.join(", ", literals) + "))");
            }
        }
        for (JsonNode fk : schema.path("foreignKeys")) {
            String target = fk.path("reference").path("resource").asText();
            List<String> fields = new ArrayList<>();
            fk.path("fields").forEach(f -> fields.add(f.asText()));
            List<String> referenced = new ArrayList<>();
            fk.path("reference").path("fields").forEach(f -> referenced.add(f.asText()));
            lines.add("constraint " + table + "_" + String.join("_", fields) + "_fkey foreign key ("
                    + String.join(", ", fields) + ") references " + (target.isEmpty() ? table : target) + " ("
                    + String.join(", ", referenced) + ")");
        }
        sql.append("create table ").append(table).append(" (\n    ").append(String.join(",\n    ", lines))
                .append("\n);\n");
        sql.append("comment on table ").append(table).append(" is ").append(literal(resource.path("description").asText()))
                .append(";\n");
        for (JsonNode field : schema.path("fields")) {
            sql.append("comment on column ").append(table).append('.').append(field.path("name").asText()).append(" is ")
                    .append(literal(field.path("description").asText())).append(";\n");
        }
    }

    /** A standard SQL string literal: single quotes doubled. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
