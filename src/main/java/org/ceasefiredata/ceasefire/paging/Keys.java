package org.ceasefiredata.ceasefire.paging;

import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The ids of the records a relation is read for: either known, and bound as an array, or those of the rows of a lookup
 * not yet run ({@link Pending#keys}), whose statement is then written into the relation's as a subquery. The second
 * lets a chain of relations (a meeting by slug, its commitments, their deadlines) be sent in one round trip
 * ({@link Pending#runTogether}) where each link needed the ids the one before had returned: PostgreSQL runs the earlier
 * lookup again inside the later one, which costs less than a round trip. The relation's query is the same text either
 * way: only where its ids come from differs.
 */
public final class Keys {

    private final List<Long> ids;
    private final String lookup;
    private final Params params;
    private final String column;

    private Keys(List<Long> ids, String lookup, Params params, String column) {
        this.ids = ids;
        this.lookup = lookup;
        this.params = params;
        this.column = column;
    }

    /** Ids known already. */
    public static Keys of(Collection<Long> ids) {
        return new Keys(List.copyOf(ids), null, null, null);
    }

    /** The ids in column {@code column} of the rows of {@code lookup}, a statement with its {@code params}. */
    static Keys of(String lookup, Params params, String column) {
        return new Keys(null, lookup, params, column);
    }

    /** Whether there are certainly no ids (known, and none): a relation then needs no statement. */
    public boolean none() {
        return ids != null && ids.isEmpty();
    }

    /**
     * The ids as a from-item of one column ({@code from <this> as p(parent)}); what it needs is bound to {@code into}
     * under fresh names.
     */
    public String from(Params into) {
        return write(into, name -> "unnest(:" + name + ")", lookup -> "(" + lookup + ")");
    }

    /**
     * A test that a column's value is one of the ids, to follow the column ({@code x = any(:p0)} when they are known,
     * {@code x in (select ...)} when they are a lookup's); what it needs is bound to {@code into} under fresh names.
     */
    public String test(Params into) {
        return write(into, name -> "= any(:" + name + ")", lookup -> "in (" + lookup + ")");
    }

    /**
     * Binds the ids under a fresh name and writes {@code known} of that name, or binds the lookup's parameters and
     * writes {@code looked} of the subquery that selects its ids.
     */
    private String write(Params into, UnaryOperator<String> known, UnaryOperator<String> looked) {
        String name = into.fresh();
        if (ids != null) {
            into.bind(name, ids);
            return known.apply(name);
        }
        // The lookup's own parameter names are renamed under the fresh name, so that they meet no other name of the
        // statement it goes into, however deep the chain.
        into.bindAll(params, name + "_");
        return looked.apply("select k." + column + " from (" + Sql.Compiled.renamed(lookup, name + "_") + ") k");
    }
}
