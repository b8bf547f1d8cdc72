package org.ceasefiredata.ceasefire.export;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;

/**
 * The JSON Schema of dataset.json, generated from {@link Dataset} and the row records (victools jsonschema-generator):
 * property names, types, descriptions, nullability and vocabularies come from the same {@link Column} annotations as
 * the Table Schemas of the data package.
 */
public final class DatasetSchema {

    public static final String ID = "https://ceasefiredata.org/api/v1/export/dataset.schema.json";

    private DatasetSchema() {
    }

    /** The schema; the same code gives the same document, byte for byte. */
    public static ObjectNode generate() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.EXTRA_OPEN_API_FORMAT_VALUES,
                        Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.DEFINITIONS_FOR_ALL_OBJECTS);
        config.forFields()
                .withPropertyNameOverrideResolver(field -> ExportColumn.snake(field.getDeclaredName()))
                .withDescriptionResolver(field -> column(field).value())
                .withRequiredCheck(field -> true)
                .withNullableCheck(field -> !column(field).required())
                .withEnumResolver(field -> {
                    List<String> values = new ArrayList<>(ExportColumn.vocabulary(column(field).vocabulary()));
                    if (!values.isEmpty() && !column(field).required()) {
                        // enum applies to null too: an optional column with a vocabulary may be null.
                        values.add(null);
                    }
                    return values.isEmpty() ? null : values;
                });
        config.forTypesInGeneral().withDescriptionResolver(scope -> {
            Class<?> type = scope.getType().getErasedType();
            Table table = type.getAnnotation(Table.class);
            if (table != null) {
                return "A row of " + table.name() + ": " + table.value();
            }
            return type == Dataset.class ? "The Syria ceasefire dataset in one document: " + Dataset.TITLE + "." : null;
        });
        config.forTypesInGeneral().withIdResolver(
                scope -> scope.getType().getErasedType() == Dataset.class ? ID : null);
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(Dataset.class);
        schema.put("title", "dataset.json");
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
