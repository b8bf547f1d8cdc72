package org.ceasefiredata.ceasefire.paging;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The named parameters of one SQL statement ({@code :p0}, {@code :ids}); values are bound by {@link Sql}, collections
 * as PostgreSQL arrays (use them with {@code = any(:ids)}).
 */
public final class Params {

    private final Map<String, Object> values = new LinkedHashMap<>();
    private int next;

    /** Binds {@code value} to a fresh parameter and returns its placeholder. */
    public String add(Object value) {
        String name = "p" + next++;
        values.put(name, value);
        return ":" + name;
    }

    /** Binds {@code value} to the parameter {@code name} (written {@code :name} in the statement). */
    public Params bind(String name, Object value) {
        values.put(name, value);
        return this;
    }

    /** An independent copy. */
    public Params copy() {
        Params copy = new Params();
        copy.values.putAll(values);
        copy.next = next;
        return copy;
    }

    /** A fresh parameter name, bound to nothing yet (for {@link #bindAll}). */
    String fresh() {
        return "p" + next++;
    }

    /** Binds every parameter of {@code other} here too, each under its name with {@code prefix} before it. */
    void bindAll(Params other, String prefix) {
        other.values.forEach((name, value) -> values.put(prefix + name, value));
    }

    Object get(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalStateException("No value bound to :" + name);
        }
        return values.get(name);
    }

    /** The bound values in a stable textual form (for memo keys). */
    @Override
    public String toString() {
        return values.toString();
    }
}
