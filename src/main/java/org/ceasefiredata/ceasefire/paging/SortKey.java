package org.ceasefiredata.ceasefire.paging;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ceasefiredata.ceasefire.kernel.Checks;

/** One key of a sort order: a field and a direction. */
public record SortKey(SortField field, boolean descending) {

    public static SortKey asc(SortField field) {
        return new SortKey(field, false);
    }

    /**
     * The order a client asked for (REST {@code sort}, GraphQL {@code orderBy}): each field at most once (reported on
     * {@code checks} under {@code parameter}); none asked for gives the list's default. As given, the keys are the whole
     * order (ties broken by id), on every surface alike.
     */
    public static List<SortKey> requested(List<SortKey> keys, List<SortKey> defaults, Checks checks, String parameter) {
        Set<String> seen = new HashSet<>();
        for (SortKey k : keys) {
            if (!seen.add(k.field().name())) {
                checks.reject(parameter, "names '" + k.field().name() + "' twice");
            }
        }
        return keys.isEmpty() ? defaults : List.copyOf(keys);
    }

    /** As written in {@code ?sort=}: {@code date} or {@code -date}. */
    @Override
    public String toString() {
        return (descending ? "-" : "") + field.name();
    }
}
