package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Batched resolution of GraphQL fields: a field asked of many parents is loaded with one query per kind of data for
 * all of them, so the number of SQL statements of an operation depends on its shape, not on how many records it
 * returns.
 * <p>
 * Parents carry the {@code asOf} day they were read as of; a batch mixing days (two root fields with different
 * {@code asOf}) is loaded once per day. (Repeated operations are answered whole by {@link HttpGate}.)
 */
public final class Batch {

    private Batch() {
    }

    /**
     * The value of a field for each parent, in the parents' order.
     *
     * @param key the parent's key (usually its id)
     * @param asOf the day the parent was read as of (null: today)
     * @param load the values of a batch of keys, as of a day; a key without a value gets {@code missing}
     */
    public static <S, K extends Comparable<K>, R> List<R> of(List<S> parents, Function<S, K> key,
            Function<S, LocalDate> asOf, BiFunction<List<K>, LocalDate, Map<K, R>> load, R missing) {
        Map<LocalDate, Set<K>> byDay = new LinkedHashMap<>();
        for (S parent : parents) {
            K k = key.apply(parent);
            if (k != null) {
                byDay.computeIfAbsent(asOf.apply(parent), d -> new TreeSet<>()).add(k);
            }
        }
        Map<LocalDate, Map<K, R>> loaded = new LinkedHashMap<>();
        byDay.forEach((day, keys) -> loaded.put(day, load.apply(new ArrayList<>(keys), day)));
        List<R> result = new ArrayList<>(parents.size());
        for (S parent : parents) {
            K k = key.apply(parent);
            Map<K, R> values = k == null ? null : loaded.get(asOf.apply(parent));
            R value = values == null ? null : values.get(k);
            result.add(value == null ? missing : value);
        }
        return result;
    }

    /** Groups rows by their first column (a parent key) into lists, in row order. */
    public static <K, R> Map<K, List<R>> group(List<R> rows, Function<R, K> key) {
        Map<K, List<R>> grouped = new LinkedHashMap<>();
        for (R row : rows) {
            grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        return grouped;
    }
}
