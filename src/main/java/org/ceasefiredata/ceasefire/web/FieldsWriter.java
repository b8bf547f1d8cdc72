package org.ceasefiredata.ceasefire.web;

import java.util.List;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.impl.SimpleBeanPropertyFilter;
import com.fasterxml.jackson.databind.ser.impl.SimpleFilterProvider;

/**
 * Writes a REST answer keeping the properties {@code fields=} selects ({@link Fields}). Jackson's own property
 * filters do the pruning, on a copy of the application's mapper (same modules, same settings) whose views carry a
 * filter; the selection travels with each write as an attribute. An answer without {@code fields=} is written by the
 * application's mapper itself, untouched.
 */
@Singleton
public class FieldsWriter {

    private static final String FILTER = "fields";

    private final ObjectMapper mapper;
    private final ObjectWriter pruning;

    FieldsWriter(ObjectMapper mapper) {
        this.mapper = mapper;
        ObjectMapper copy = mapper.copy();
        copy.setAnnotationIntrospector(AnnotationIntrospector.pair(new NopAnnotationIntrospector() {
            @Override
            public Version version() {
                return Version.unknownVersion();
            }

            @Override
            public Object findFilterId(Annotated annotated) {
                return annotated instanceof AnnotatedClass c && Fields.prunable(c.getRawType()) != null ? FILTER : null;
            }
        }, copy.getSerializationConfig().getAnnotationIntrospector()));
        this.pruning = copy.writer(new SimpleFilterProvider().addFilter(FILTER, new Pruning()));
    }

    /** The answer's bytes with the properties {@code fields} keeps ({@code fields} being the raw parameter's values). */
    public byte[] write(Object answer, List<String> fields) throws JsonProcessingException {
        Fields kept = Fields.of(fields);
        if (kept.keepsAll()) {
            return mapper.writeValueAsBytes(answer);
        }
        return pruning.withAttribute(Fields.class, answer instanceof PageView<?> ? kept.forPage() : kept)
                .writeValueAsBytes(answer);
    }

    /** Writes a property of a view when the selection at the view's place in the answer keeps it. */
    private static final class Pruning extends SimpleBeanPropertyFilter {
        @Override
        public void serializeAsField(Object pojo, JsonGenerator gen, SerializerProvider provider, PropertyWriter writer)
                throws Exception {
            Fields kept = (Fields) provider.getAttribute(Fields.class);
            if (kept == null || kept.at(gen.getOutputContext()).keeps(writer.getName())) {
                writer.serializeAsField(pojo, gen, provider);
            } else if (!gen.canOmitFields()) {
                writer.serializeAsOmittedField(pojo, gen, provider);
            }
        }
    }
}
