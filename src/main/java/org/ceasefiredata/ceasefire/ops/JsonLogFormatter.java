package org.ceasefiredata.ceasefire.ops;

import java.io.Writer;
import java.util.Map;

import org.jboss.logmanager.formatters.StructuredFormatter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * A log record as one JSON object: JBoss LogManager's structured fields ({@code timestamp}, {@code level},
 * {@code loggerName}, {@code threadName}, {@code message}, {@code mdc}, {@code hostName}, {@code exception} and
 * {@code stackTrace}...), written with Jackson.
 * <p>
 * Not LogManager's own {@code JsonFormatter}: that one writes with JSON-P, which Quarkus loads in the application class
 * loader while the log manager lives in the boot class loader, so in the packaged application it cannot find JSON-P
 * and writes nothing. This class is loaded with the application and sees Jackson.
 */
final class JsonLogFormatter extends StructuredFormatter {

    private static final JsonFactory JSON = new JsonFactory()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    JsonLogFormatter() {
        setExceptionOutputType(ExceptionOutputType.DETAILED_AND_FORMATTED);
        setRecordDelimiter("\n");
    }

    @Override
    protected Generator createGenerator(Writer writer) throws Exception {
        return new JacksonGenerator(JSON.createGenerator(writer));
    }

    /** Writes what the structured formatter hands it; a null key means a value inside an array. */
    private record JacksonGenerator(JsonGenerator json) implements Generator {

        @Override
        public Generator begin() throws Exception {
            json.writeStartObject();
            return this;
        }

        @Override
        public Generator add(String key, int value) throws Exception {
            name(key);
            json.writeNumber(value);
            return this;
        }

        @Override
        public Generator add(String key, long value) throws Exception {
            name(key);
            json.writeNumber(value);
            return this;
        }

        @Override
        public Generator add(String key, Map<String, ?> value) throws Exception {
            name(key);
            json.writeStartObject();
            if (value != null) {
                for (Map.Entry<String, ?> entry : value.entrySet()) {
                    json.writeFieldName(entry.getKey());
                    json.writeString(entry.getValue() == null ? null : String.valueOf(entry.getValue()));
                }
            }
            json.writeEndObject();
            return this;
        }

        @Override
        public Generator add(String key, String value) throws Exception {
            name(key);
            json.writeString(value);
            return this;
        }

        @Override
        public Generator startObject(String key) throws Exception {
            name(key);
            json.writeStartObject();
            return this;
        }

        @Override
        public Generator endObject() throws Exception {
            json.writeEndObject();
            return this;
        }

        @Override
        public Generator startArray(String key) throws Exception {
            name(key);
            json.writeStartArray();
            return this;
        }

        @Override
        public Generator endArray() throws Exception {
            json.writeEndArray();
            return this;
        }

        @Override
        public Generator end() throws Exception {
            json.writeEndObject();
            json.close();
            return this;
        }

        private void name(String key) throws Exception {
            if (key != null) {
                json.writeFieldName(key);
            }
        }
    }
}
