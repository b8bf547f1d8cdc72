package org.ceasefiredata.ceasefire.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.ceasefiredata.ceasefire.kernel.InvalidInput;
import org.ceasefiredata.ceasefire.kernel.Wire;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Query parameters holding the dataset's vocabularies ({@code kind=negotiation-round}, {@code status=partly-kept}) are
 * read in their wire spelling; a value outside the vocabulary is the client's error, named with the parameter and the
 * allowed values (never the 404 that JAX-RS gives an unconvertible query parameter).
 */
@Provider
public class WireParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum() || !rawType.getName().startsWith("org.ceasefiredata.")) {
            return null;
        }
        String name = parameter(annotations);
        Class<? extends Enum> type = (Class<? extends Enum>) rawType;
        return (ParamConverter<T>) new ParamConverter<Enum>() {
            @Override
            public Enum fromString(String value) {
                if (value == null) {
                    return null;
                }
                String v = value.trim();
                if (v.isEmpty()) {
                    throw new InvalidParameter(InvalidInput.of(name, "has an empty entry"));
                }
                try {
                    return Wire.parse(type, v);
                } catch (IllegalArgumentException e) {
                    throw new InvalidParameter(InvalidInput.of(name, e.getMessage()));
                }
            }

            @Override
            public String toString(Enum value) {
                return value == null ? null : Wire.of(value);
            }
        };
    }

    private static String parameter(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof RestQuery q && !q.value().isEmpty()) {
                return q.value();
            }
            if (a instanceof jakarta.ws.rs.QueryParam q) {
                return q.value();
            }
        }
        return "parameter";
    }
}
