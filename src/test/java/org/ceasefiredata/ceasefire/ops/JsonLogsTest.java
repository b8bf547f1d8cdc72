package org.ceasefiredata.ceasefire.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** With JSON logs on, every console line is one JSON object with the record's fields. */
class JsonLogsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesOneJsonObjectPerRecordFromTheFirstRecordOn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsoleHandler console = new ConsoleHandler(new PatternFormatter("%s%n"));
        console.setOutputStream(out);
        // Stands for Quarkus' wrappers (delayed start-up handler, async handler): they pass records to nested ones.
        ExtHandler wrapper = new ExtHandler() {
            @Override
            protected void doPublish(ExtLogRecord record) {
                publishToNestedHandlers(record);
            }
        };
        wrapper.addHandler(console);
        Logger root = LogContext.create().getLogger("");
        root.addHandler(wrapper);

        console.setFilter(filter(true, root));
        Logger logger = root.getLogContext().getLogger("org.ceasefiredata.ceasefire.ingest.SeedLoader");
        logger.info("seeds: 5 texts, \"quoted\"\nand a second line");
        logger.log(org.jboss.logmanager.Level.ERROR, "load failed", new IllegalStateException("no seeds dir"));
        console.flush();

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), "one line per record: " + lines);
        JsonNode info = JSON.readTree(lines.get(0));
        assertEquals("INFO", info.path("level").asText());
        assertEquals("org.ceasefiredata.ceasefire.ingest.SeedLoader", info.path("loggerName").asText());
        assertEquals("seeds: 5 texts, \"quoted\"\nand a second line", info.path("message").asText());
        assertTrue(info.path("timestamp").asText().matches("\\d{4}-\\d{2}-\\d{2}T.*"), info.toString());
        JsonNode error = JSON.readTree(lines.get(1));
        assertEquals("ERROR", error.path("level").asText());
        assertEquals("java.lang.IllegalStateException", error.path("exception").path("exceptionType").asText());
        assertTrue(error.path("stackTrace").asText().contains("no seeds dir"), error.toString());
    }

    @Test
    void leavesThePlainFormatWhenOff() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsoleHandler console = new ConsoleHandler(new PatternFormatter("%p %s%n"));
        console.setOutputStream(out);
        Logger root = LogContext.create().getLogger("");
        console.setFilter(filter(false, root));
        root.addHandler(console);
        root.info("plain");
        console.flush();
        assertEquals("INFO plain", out.toString(StandardCharsets.UTF_8).strip());
    }

    private static JsonLogs filter(boolean json, Logger root) {
        JsonLogs filter = new JsonLogs(json);
        filter.root = () -> root;
        return filter;
    }
}
