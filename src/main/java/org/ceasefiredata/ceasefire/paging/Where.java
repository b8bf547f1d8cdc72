package org.ceasefiredata.ceasefire.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An SQL {@code where} clause under construction: predicates joined by {@code and}, with named parameters. */
public final class Where {

    private final List<String> predicates = new ArrayList<>();
    private final Params params;

    public Where() {
        this(new Params());
    }

    public Where(Params params) {
        this.params = params;
    }

    /** Binds {@code value} to a fresh parameter and returns its placeholder ({@code :p0}). */
    public String param(Object value) {
        return params.add(value);
    }

    /**
     * Binds a case-insensitive "contains" pattern for {@code text}, with LIKE's wildcards escaped, so that {@code q=%}
     * finds a percent sign rather than everything. Use as {@code lower(x) like <placeholder> escape '!'}.
     */
    public String contains(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return param("%" + escaped + "%");
    }

    /** Adds a predicate; it may use placeholders obtained from {@link #param}. */
    public Where and(String predicate) {
        predicates.add("(" + predicate + ")");
        return this;
    }

    /** The clause, {@code ""} when there is no predicate, else {@code " where ..."}. */
    public String clause() {
        return predicates.isEmpty() ? "" : " where " + String.join(" and ", predicates);
    }

    /** A copy sharing nothing, so that a count and a page can diverge (the page adds the keyset predicate). */
    public Where copy() {
        Where copy = new Where(params.copy());
        copy.predicates.addAll(predicates);
        return copy;
    }

    public Params params() {
        return params;
    }
}
