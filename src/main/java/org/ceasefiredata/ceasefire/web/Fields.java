package org.ceasefiredata.ceasefire.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ceasefiredata.ceasefire.kernel.Checks;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonStreamContext;

/**
 * The properties a REST answer keeps, from {@code fields=} (sparse fieldsets): names of a record's properties,
 * comma-separated, dotted for the properties of what it embeds ({@code participants.name}: of each participation, its
 * name). A name given whole keeps the property whole. Without the parameter, every property. A page's own properties
 * (limit, total, next, prev) always come; the selection applies to each of its items.
 * <p>
 * What the selection leaves out is not read either: a relation not kept is not embedded, and records whose citations
 * and claims are not kept get none read. The answer is the full answer with the other properties removed, nothing
 * else (the parity suite checks this on every record).
 */
public final class Fields {

    static final String PARAMETER = "fields";
    private static final Fields ALL = new Fields(null);

    /** Each property kept, with what is kept of it; null: every property. */
    private final Map<String, Fields> kept;

    private Fields(Map<String, Fields> kept) {
        this.kept = kept;
    }

    /** Every property. */
    public static Fields all() {
        return ALL;
    }

    /**
     * The selection of a resource whose records are {@code view}s, checked: every name must be a property of the record
     * (or of what it embeds, when dotted), a dotted name may go into embedded records only, and a property that is a
     * relation ({@code includable}) must be embedded by {@code include} (the answer has no such property otherwise).
     */
    static Fields parse(List<String> values, Class<?> view, Set<String> includable, Include include) {
        if (values == null || values.isEmpty()) {
            return ALL;
        }
        Checks checks = new Checks();
        for (String value : values) {
            String path = value.trim();
            if (path.isEmpty()) {
                checks.reject(PARAMETER, "has an empty entry");
                continue;
            }
            check(path, view, includable, include, checks);
        }
        checks.done();
        return of(values);
    }

    private static void check(String path, Class<?> view, Set<String> includable, Include include, Checks checks) {
        Class<?> at = view;
        String[] names = path.split("\\.", -1);
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            String prefix = String.join(".", Arrays.asList(names).subList(0, i + 1));
            if (at == null) {
                checks.reject(PARAMETER, "cannot select '" + path + "': " + names[i - 1]
                        + " is a value, not a record with properties of its own");
                return;
            }
            Map<String, Optional<Class<?>>> properties = PROPERTIES.get(at);
            Optional<Class<?>> values = properties.get(name);
            if (values == null) {
                checks.reject(PARAMETER, "cannot select '" + path + "': '" + name + "' is not a property of "
                        + schemaName(at) + "; its properties: " + String.join(", ", properties.keySet()));
                return;
            }
            if (includable.contains(prefix) && !include.has(prefix)) {
                checks.reject(PARAMETER, "cannot select '" + path + "': " + prefix
                        + " is embedded only when asked for; add include=" + prefix);
                return;
            }
            at = values.orElse(null);
        }
    }

    /**
     * Each view's properties in order, with the view their values are (the element's, for a list) when it can be
     * narrowed in turn: read from the record's components once per class (reflection allocates on every call).
     */
    private static final ClassValue<Map<String, Optional<Class<?>>>> PROPERTIES = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Class<?>>> computeValue(Class<?> view) {
            Map<String, Optional<Class<?>>> properties = new LinkedHashMap<>();
            for (RecordComponent c : view.getRecordComponents()) {
                properties.put(c.getName(), Optional.ofNullable(prunable(element(c.getGenericType()))));
            }
            return Collections.unmodifiableMap(properties);
        }
    };

    /** The selection the paths give, unchecked: {@link #parse} checked them before the answer was made. */
    static Fields of(List<String> values) {
        if (values == null || values.isEmpty()) {
            return ALL;
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        for (String value : values) {
            // a raw query parameter, as the answer's writer sees it, is not split yet
            for (String path : value.split(",")) {
                if (!path.isBlank()) {
                    add(tree, path.trim().split("\\."));
                }
            }
        }
        return build(tree);
    }

    /** Marks a path in a tree of maps, where {@code WHOLE} stands for a property kept whole. */
    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> tree, String[] names) {
        Map<String, Object> node = tree;
        for (int i = 0; i < names.length; i++) {
            Object below = node.get(names[i]);
            if (below == WHOLE) {
                return;
            }
            if (i == names.length - 1) {
                node.put(names[i], WHOLE);
                return;
            }
            if (below == null) {
                below = new LinkedHashMap<String, Object>();
                node.put(names[i], below);
            }
            node = (Map<String, Object>) below;
        }
    }

    private static final Object WHOLE = new Object();

    @SuppressWarnings("unchecked")
    private static Fields build(Map<String, Object> tree) {
        Map<String, Fields> kept = new LinkedHashMap<>();
        tree.forEach((name, below) -> kept.put(name, below == WHOLE ? ALL : build((Map<String, Object>) below)));
        return new Fields(Map.copyOf(kept));
    }

    /** Whether the property is kept (whole or in part). */
    public boolean keeps(String property) {
        return kept == null || kept.containsKey(property);
    }

    /** What is kept of a property's records: all of them when the property is kept whole (or not at all). */
    public Fields under(String property) {
        if (kept == null) {
            return ALL;
        }
        Fields below = kept.get(property);
        return below == null ? ALL : below;
    }

    /** Whether every property is kept. */
    public boolean keepsAll() {
        return kept == null;
    }

    /** The selection for a page of such records: its items are the records, its own properties all kept. */
    Fields forPage() {
        return kept == null ? ALL : new Fields(Map.of("items", this));
    }

    /**
     * What is kept of the record being written in {@code context} (the JSON writer's context inside that record): the
     * selection under the names of the properties that lead to it from the answer's root, array levels skipped.
     */
    Fields at(JsonStreamContext context) {
        return kept == null ? ALL : within(context.getParent());
    }

    /** The selection below the properties that lead to {@code context} (no allocation: it runs for every property). */
    private Fields within(JsonStreamContext context) {
        if (context == null) {
            return this;
        }
        Fields outer = within(context.getParent());
        return context.inObject() ? outer.under(context.getCurrentName()) : outer;
    }

    /**
     * The records whose properties can be chosen: this package's views (a page excepted, whose properties always come).
     * Null for any other type, which is written whole: a reference, a date, a text.
     */
    static Class<?> prunable(Class<?> type) {
        return type != null && type.isRecord() && type.getPackage() == Fields.class.getPackage() && type != PageView.class
                ? type
                : null;
    }

    /** The type of a property's values: the element type of a list. */
    private static Class<?> element(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return type instanceof Class<?> c ? c : null;
    }

    private static String schemaName(Class<?> type) {
        Schema schema = type.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName().replaceFirst("View$", "");
    }
}
