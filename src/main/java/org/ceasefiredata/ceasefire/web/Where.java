package org.ceasefiredata.ceasefire.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.TypedQuery;

/** An HQL {@code where} clause under construction: predicates joined by {@code and}, with named parameters. */
public final class Where {

    private final List<String> predicates = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Binds {@code value} to a fresh parameter and returns its placeholder ({@code :p0}). */
    public String param(Object value) {
        String name = "p" + parameters.size();
        parameters.put(name, value);
        return ":" + name;
    }

    /**
     * Binds a case-insensitive "contains" pattern for {@code text}, with LIKE's wildcards escaped, so that {@code q=%}
     * finds a percent sign rather than everything. Use as {@code lower(x) like <placeholder> escape '!'}.
     */
    public String contains(String text) {
        String escaped = text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
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

    /** A copy, so that a count and a page query can diverge (the page adds the keyset predicate). */
    public Where copy() {
        Where copy = new Where();
        copy.predicates.addAll(predicates);
        copy.parameters.putAll(parameters);
        return copy;
    }

    /** The bound values, in a stable textual form (for cache keys). */
    public String parameters() {
        return parameters.toString();
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
