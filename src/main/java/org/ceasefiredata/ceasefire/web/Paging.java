package org.ceasefiredata.ceasefire.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ceasefiredata.ceasefire.kernel.Checks;
import org.ceasefiredata.ceasefire.paging.PageRequest;
import org.ceasefiredata.ceasefire.paging.SortField;
import org.ceasefiredata.ceasefire.paging.SortKey;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The paging parameters of every REST list: {@code limit} and {@code cursor} (with the list's {@code sort}). */
public class Paging {

    @RestQuery("limit")
    @Parameter(ref = "limit")
    public String limit;

    @RestQuery("cursor")
    @Parameter(ref = "cursor")
    public String cursor;

    /**
     * The page asked for, checked: {@code limit} is plain digits from 1 to 100 (no sign, no other script's digits),
     * {@code sort} names the list's fields ({@code -} for descending), each once.
     */
    public PageRequest request(String sort, List<SortField> fields, List<SortKey> defaults) {
        Checks checks = new Checks();
        int size = PageRequest.DEFAULT_LIMIT;
        if (limit != null) {
            if (!limit.matches("[0-9]{1,9}")) {
                checks.reject("limit", "must be a whole number written with the digits 0-9, was '" + limit + "'");
            } else if (Integer.parseInt(limit) < 1 || Integer.parseInt(limit) > PageRequest.MAX_LIMIT) {
                checks.reject("limit", "must be between 1 and " + PageRequest.MAX_LIMIT + ", was " + Integer.parseInt(limit));
            } else {
                size = Integer.parseInt(limit);
            }
        }
        if (cursor != null && cursor.isBlank()) {
            checks.reject("cursor", "is empty");
        }
        List<SortKey> order = sort(sort, fields, defaults, checks);
        checks.done();
        return new PageRequest(size, cursor, order, true, "limit", "cursor");
    }

    private static List<SortKey> sort(String value, List<SortField> fields, List<SortKey> defaults, Checks checks) {
        if (value == null) {
            return defaults;
        }
        Map<String, SortField> byName = new LinkedHashMap<>();
        fields.forEach(f -> byName.put(f.name(), f));
        List<SortKey> keys = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            String p = part.trim();
            boolean descending = p.startsWith("-");
            String name = descending || p.startsWith("+") ? p.substring(1) : p;
            SortField field = byName.get(name);
            if (field == null) {
                checks.reject("sort", "cannot sort by '" + name + "'; allowed: " + String.join(", ", byName.keySet())
                        + " (prefix - for descending)");
            } else {
                keys.add(new SortKey(field, descending));
            }
        }
        return SortKey.requested(keys, defaults, checks, "sort");
    }
}
