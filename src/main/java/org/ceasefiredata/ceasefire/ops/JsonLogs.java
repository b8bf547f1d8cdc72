package org.ceasefiredata.ceasefire.ops;

import java.util.function.Supplier;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;

import io.quarkus.logging.LoggingFilter;

/**
 * Switches the console log to one JSON object per line ({@code ceasefire.log.json=true}, or
 * {@code CEASEFIRE_LOG_JSON=true}), for log collectors that parse fields rather than text.
 * <p>
 * quarkus-logging-json, the usual way, does not resolve from the registry this project builds against, and only an
 * extension can hand Quarkus a console formatter. So this console filter (registered by
 * {@code quarkus.log.console.filter}) puts a {@link JsonLogFormatter} on the console handler when the first record
 * reaches it: a handler asks its filter before it formats, so that record and every later one, including
 * the start-up lines Quarkus replays once logging is set up, come out as JSON. It never drops a record.
 */
@LoggingFilter(name = "ceasefire-json-logs")
public final class JsonLogs implements Filter {

    /** Where the console handlers are: the root logger (tests point it at a logger of their own). */
    Supplier<Logger> root = () -> LogContext.getLogContext().getLogger("");
    private volatile boolean pending;

    /** One constructor only: Quarkus creates logging filters itself, passing the configuration. */
    public JsonLogs(@ConfigProperty(name = "ceasefire.log.json", defaultValue = "false") boolean json) {
        this.pending = json;
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (pending) {
            synchronized (this) {
                if (pending && install(root.get()) > 0) {
                    pending = false;
                }
            }
        }
        return true;
    }

    /** Puts a JSON formatter on every console handler under {@code root}; returns how many it changed. */
    static int install(Logger root) {
        int changed = 0;
        for (Handler handler : root.getHandlers()) {
            changed += install(handler);
        }
        return changed;
    }

    private static int install(Handler handler) {
        if (handler instanceof ConsoleHandler console) {
            if (!(console.getFormatter() instanceof JsonLogFormatter)) {
                console.setFormatter(new JsonLogFormatter());
            }
            return 1;
        }
        int changed = 0;
        // Quarkus wraps the console handler (delayed start-up handler, optional async handler).
        if (handler instanceof ExtHandler wrapper) {
            for (Handler nested : wrapper.getHandlers()) {
                changed += install(nested);
            }
        }
        return changed;
    }
}
