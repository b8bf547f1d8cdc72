package org.ceasefiredata.ceasefire.ops;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The log records the application writes while a test runs (those that pass their category's level, as the console
 * would print them), caught by a handler on the root logger: tests assert what is logged, and what is not.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger root = Logger.getLogger("");

    private LogCapture() {
        setLevel(Level.ALL);
        root.addHandler(this);
    }

    /** Starts capturing; close it to stop. */
    public static LogCapture start() {
        return new LogCapture();
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** Records that carry a throwable, i.e. that print a stack trace. */
    public List<LogRecord> withStackTraces() {
        return records.stream().filter(r -> r.getThrown() != null).toList();
    }

    /** The formatted messages, in order. */
    public List<String> messages() {
        return records.stream().map(LogCapture::message).toList();
    }

    static String message(LogRecord r) {
        String m = r.getMessage();
        Object[] p = r.getParameters();
        if (m != null && p != null && p.length > 0) {
            try {
                m = m.contains("%") ? String.format(m, p) : java.text.MessageFormat.format(m, p);
            } catch (RuntimeException e) {
                // Keep the raw message.
            }
        }
        return m;
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        root.removeHandler(this);
    }
}
