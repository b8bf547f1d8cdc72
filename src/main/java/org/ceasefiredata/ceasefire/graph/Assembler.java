package org.ceasefiredata.ceasefire.graph;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.paging.Keys;
import org.ceasefiredata.ceasefire.paging.Pending;
import org.eclipse.microprofile.graphql.Type;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;

/**
 * Resolves a root field's whole selection before the engine walks it: looking ahead at the fields asked for, it loads
 * each relation once for all the objects at its level (one statement per relation and level, whatever the number of
 * objects), keeps the values on the objects ({@link GraphNode#related()}), and descends. The engine then only reads
 * properties: no per-field loaders, futures or context switches.
 */
@ApplicationScoped
public class Assembler {

    @Inject
    Relations relations;

    private static final Map<Class<?>, String> TYPE_NAMES = new ConcurrentHashMap<>();
    /**
     * Property readers by class, then by name: found by the class itself and the field's name (a constant of the schema,
     * its hash kept), where a key made of both was a string built and hashed again for every field read.
     */
    private static final ClassValue<Map<String, MethodHandle>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** Loads what the selection of a root field returning {@code value} (an object or a list) asks for. */
    public <T> T resolve(T value, DataFetchingEnvironment env, LocalDate asOf) {
        if (value != null) {
            load(flatten(List.of(value)), env.getSelectionSet().getImmediateFields(), asOf, "", Map.of());
        }
        return value;
    }

    /**
     * Loads what the selection of a root field asks for, the root being the record (of GraphQL type {@code type}) a
     * lookup not yet run will give: the lookup goes to the database in one round trip with the relations of the
     * selection that can be keyed by it ({@link Relations.Chain}: a meeting's commitments), and with theirs keyed by
     * those in turn (the commitments' deadlines); the rest is loaded level by level as {@link #resolve(Object,
     * DataFetchingEnvironment, LocalDate)} does.
     */
    public <R, T> T resolve(Pending<Optional<R>> root, String type, Function<R, T> node, DataFetchingEnvironment env,
            LocalDate asOf) {
        List<SelectedField> fields = env.getSelectionSet().getImmediateFields();
        List<Pending<?>> lookups = new ArrayList<>(List.of(root));
        Map<String, Relations.Loader> sent = new HashMap<>();
        send(root.keys(), type, fields, asOf, "", sent, lookups);
        Pending.runTogether(lookups);
        T value = root.result().map(node).orElse(null);
        if (value != null) {
            load(flatten(List.of(value)), fields, asOf, "", sent);
        }
        return value;
    }

    /**
     * Sends for the chained relations among {@code fields} of records of {@code type} whose ids {@code keys} gives,
     * and for theirs below; each one's loader kept under its path in the selection.
     */
    private void send(Keys keys, String type, List<SelectedField> fields, LocalDate asOf, String path,
            Map<String, Relations.Loader> sent, List<Pending<?>> lookups) {
        for (SelectedField field : fields) {
            Relations.Chain chain = field.getObjectTypeNames().contains(type)
                    ? relations.chain(type, field.getName())
                    : null;
            if (chain != null) {
                Relations.Sent s = chain.send().apply(keys, asOf);
                String at = path(path, type, field);
                sent.put(at, s.loader());
                lookups.add(s.lookup());
                send(s.lookup().keys(), chain.type(), field.getSelectionSet().getImmediateFields(), asOf, at, sent,
                        lookups);
            }
        }
    }

    /** A field's place in the selection: the path of its parent, its parent's type and the key of its result. */
    private static String path(String parent, String type, SelectedField field) {
        return parent + "/" + type + "." + field.getResultKey();
    }

    /** Loads what the selection of a root field returning a connection asks for its nodes. */
    public <T> Connection<T> connection(Connection<T> connection, DataFetchingEnvironment env, LocalDate asOf) {
        load(new ArrayList<>(connection.nodes()), nodeFields(env.getSelectionSet().getImmediateFields()), asOf, "",
                Map.of());
        return connection;
    }

    /** The fields a connection's selection asks of its nodes (under nodes, and under edges' node). */
    private static List<SelectedField> nodeFields(List<SelectedField> selection) {
        List<SelectedField> fields = new ArrayList<>();
        for (SelectedField f : selection) {
            if (f.getName().equals("nodes")) {
                fields.addAll(f.getSelectionSet().getImmediateFields());
            } else if (f.getName().equals("edges")) {
                for (SelectedField e : f.getSelectionSet().getImmediateFields()) {
                    if (e.getName().equals("node")) {
                        fields.addAll(e.getSelectionSet().getImmediateFields());
                    }
                }
            }
        }
        return fields;
    }

    /** Whether the root field's selection asks for {@code field} (e.g. a connection's totalCount). */
    public static boolean selects(DataFetchingEnvironment env, String field) {
        return env.getSelectionSet().contains(field);
    }

    /**
     * Loads the relations {@code fields} ask of {@code values} (at {@code path} in the selection), with the loaders of
     * relations already sent for ({@code sent}, by path) where there are some, and descends.
     */
    private void load(List<Object> values, List<SelectedField> fields, LocalDate asOf, String path,
            Map<String, Relations.Loader> sent) {
        if (values.isEmpty() || fields.isEmpty()) {
            return;
        }
        Map<String, List<Object>> byType = new LinkedHashMap<>();
        for (Object v : values) {
            byType.computeIfAbsent(typeName(v.getClass()), t -> new ArrayList<>()).add(v);
        }
        byType.forEach((type, objects) -> {
            for (SelectedField field : fields) {
                if (!field.getObjectTypeNames().contains(type)) {
                    continue;
                }
                List<SelectedField> below = field.getSelectionSet().getImmediateFields();
                // Paths matter only to find relations already sent for; without any, none is made.
                String at = sent.isEmpty() ? path : path(path, type, field);
                Relations.Loader loader = sent.containsKey(at) ? sent.get(at) : relations.get(type, field.getName());
                List<Object> children = new ArrayList<>();
                if (loader != null) {
                    List<?> loaded = loader.load(objects, field.getArguments(), asOf);
                    for (int i = 0; i < objects.size(); i++) {
                        ((GraphNode) objects.get(i)).related().put(field.getResultKey(), loaded.get(i));
                    }
                    children.addAll(loaded);
                } else if (!below.isEmpty()) {
                    // A plain property holding objects (an assessment's citations): their relations are loaded too.
                    for (Object o : objects) {
                        children.add(property(o, field.getName()));
                    }
                }
                if (!below.isEmpty()) {
                    // A nested connection (a document's mentions): the relations of its nodes are loaded.
                    List<Object> records = new ArrayList<>();
                    List<Object> nodes = new ArrayList<>();
                    for (Object child : flatten(children)) {
                        if (child instanceof Connection<?> connection) {
                            nodes.addAll(connection.nodes());
                        } else {
                            records.add(child);
                        }
                    }
                    load(records, below, asOf, at, sent);
                    load(nodes, nodeFields(below), asOf, at + "/nodes", sent);
                }
            }
        });
    }

    private static List<Object> flatten(Collection<?> values) {
        List<Object> flat = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof Collection<?> c) {
                c.forEach(x -> {
                    if (x != null) {
                        flat.add(x);
                    }
                });
            } else if (v != null) {
                flat.add(v);
            }
        }
        return flat;
    }

    /** The GraphQL type a record class is exposed as: its {@code @Type} name, else its simple name. */
    static String typeName(Class<?> type) {
        return TYPE_NAMES.computeIfAbsent(type, t -> {
            Type annotation = t.getAnnotation(Type.class);
            return annotation != null && !annotation.value().isEmpty() ? annotation.value() : t.getSimpleName();
        });
    }

    /** A record component's (or a getter's) value; null when the class has no such property. */
    static Object property(Object source, String name) {
        Class<?> type = source.getClass();
        MethodHandle accessor = ACCESSORS.get(type).computeIfAbsent(name, k -> accessor(type, name));
        try {
            return accessor.invoke(source);
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot read " + name + " of " + source.getClass().getSimpleName(), e);
        }
    }

    private static MethodHandle accessor(Class<?> type, String name) {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (String method : List.of(name, "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1),
                "is" + Character.toUpperCase(name.charAt(0)) + name.substring(1))) {
            try {
                return lookup.unreflect(type.getMethod(method)).asType(MethodType.methodType(Object.class, Object.class));
            } catch (ReflectiveOperationException e) {
                // next candidate
            }
        }
        try {
            return lookup.unreflectGetter(type.getField(name)).asType(MethodType.methodType(Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            return MethodHandles.dropArguments(MethodHandles.constant(Object.class, null), 0, Object.class);
        }
    }
}
