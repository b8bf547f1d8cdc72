package org.ceasefiredata.ceasefire.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.impl.PropertySortUtils;

/**
 * The JSON Schema of dataset.json, the whole ceasefire dataset in one document, generated from {@link Dataset} and the
 * row records (victools jsonschema-generator): property names, types, descriptions, nullability and vocabularies come
 * from the same {@link Column} annotations as the Table Schemas of the data package. It compiles in a strict JSON
 * Schema 2020-12 validator (ajv's strict mode): every keyword has the type it applies to, and the only formats are the
 * standard date, date-time and uuid.
 */
public final class DatasetSchema {

    public static final String ID = "https://ceasefiredata.org/api/v1/export/dataset.schema.json";

    private DatasetSchema() {
    }

    /** The schema; the same code gives the same document, byte for byte. */
    public static ObjectNode generate() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.DEFINITIONS_FOR_ALL_OBJECTS);
        config.forFields()
                .withPropertyNameOverrideResolver(field -> ExportColumn.snake(field.getDeclaredName()))
                .withDescriptionResolver(field -> {
                    // A derived id says how it is derived, as in the Table Schemas.
                    Table table = field.getDeclaringType().getErasedType().getAnnotation(Table.class);
                    if (table != null && table.naturalKey().length > 0
                            && ExportColumn.snake(field.getDeclaredName()).equals(table.primaryKey())) {
                        return ExportTable.idDescription(table.name(), List.of(table.naturalKey()));
                    }
                    return column(field).value();
                })
                .withRequiredCheck(field -> true)
                .withNullableCheck(field -> !column(field).required())
                .withEnumResolver(field -> {
                    List<String> values = new ArrayList<>(ExportColumn.vocabulary(column(field)));
                    if (!values.isEmpty() && !column(field).required()) {
                        // enum applies to null too: an optional column with a vocabulary may be null.
                        values.add(null);
                    }
                    return values.isEmpty() ? null : values;
                });
        config.forTypesInGeneral()
                // Columns in the order of the files, not alphabetical.
                .withPropertySorter(PropertySortUtils.SORT_PROPERTIES_FIELDS_BEFORE_METHODS)
                .withStringFormatResolver(scope -> {
                    Class<?> type = scope.getType().getErasedType();
                    return type == LocalDate.class
                            ? "date"
                            : type == Instant.class ? "date-time" : type == UUID.class ? "uuid" : null;
                })
                .withDescriptionResolver(scope -> {
                    Class<?> type = scope.getType().getErasedType();
                    Table table = type.getAnnotation(Table.class);
                    if (table != null) {
                        return "A row of " + table.name() + ": " + table.value();
                    }
                    return type == Dataset.class
                            ? "The Syria ceasefire dataset in one document: " + Dataset.TITLE + "."
                            : null;
                })
                .withIdResolver(scope -> scope.getType().getErasedType() == Dataset.class ? ID : null);
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(Dataset.class);
        schema.put("title", "dataset.json");
        // Counts: one non-negative integer per table, each required, nothing else (a Map would allow any key).
        ObjectNode counts = schema.objectNode();
        counts.put("type", "object");
        counts.put("description", ((ObjectNode) schema.path("properties").path("counts")).path("description").asText());
        ObjectNode properties = counts.putObject("properties");
        ArrayNode required = counts.putArray("required");
        for (ExportTable table : ExportTables.ALL) {
            properties.putObject(table.name()).put("type", "integer").put("minimum", 0);
            required.add(table.name());
        }
        counts.put("additionalProperties", false);
        ((ObjectNode) schema.path("properties")).set("counts", counts);
        ((ObjectNode) schema.path("$defs")).remove("Map(String,Long)");
        return schema;
    }

    private static Column column(FieldScope field) {
        Column column = field.getAnnotationConsideringFieldAndGetter(Column.class);
        if (column == null) {
            throw new IllegalStateException(field + " has no @Column");
        }
        return column;
    }
}
