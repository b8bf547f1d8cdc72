package org.ceasefiredata.ceasefire.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.Wire;

/**
 * The query parameters of a list request, checked against what the list allows: {@code limit}, {@code cursor},
 * {@code sort}, {@code asOf}, {@code include} and the list's filters. Every problem is collected and reported at
 * once as a 400 naming each parameter; an unknown parameter is a problem too, so that a typo never silently returns
 * everything.
 */
public final class ListRequest {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;
    static final Set<String> COMMON = Set.of("limit", "cursor", "sort", "asOf", "include");
    static final Set<String> RECORD = Set.of("asOf");

    private final Map<String, String> raw = new TreeMap<>();
    private String path = "";
    private final List<Problem.Violation> violations = new ArrayList<>();
    private final int limit;
    private final List<SortKey> sort;
    private final LocalDate asOf;
    private final Set<String> include;

    private ListRequest(Map<String, List<String>> params, Set<String> common, Set<String> filters,
            List<SortField> sortFields, List<SortKey> defaultSort, Set<String> includes) {
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            String name = e.getKey();
            if (!common.contains(name) && !filters.contains(name)) {
                violations.add(new Problem.Violation(name, "is not a parameter of this resource; allowed: "
                        + String.join(", ", new TreeSet<>(union(common, filters)))));
                continue;
            }
            // Repeating a parameter means the same as listing its values with commas.
            raw.put(name, String.join(",", e.getValue()));
        }
        this.limit = parseLimit(raw.get("limit"));
        this.sort = parseSort(raw.get("sort"), sortFields, defaultSort);
        this.asOf = raw.containsKey("asOf") ? date("asOf", raw.get("asOf"), true) : null;
        this.include = parseInclude(raw.get("include"), includes);
    }

    /** Reads the request's query parameters. Call {@link #validate()} after reading the filters. */
    public static ListRequest of(UriInfo uri, Set<String> filters, List<SortField> sortFields, List<SortKey> defaultSort,
            Set<String> includes) {
        ListRequest request = new ListRequest(parameters(uri), COMMON, filters, sortFields, defaultSort, includes);
        request.path = uri.getPath();
        return request;
    }

    /**
     * Reads parameters given otherwise than in a query string (GraphQL arguments), with the same names, spellings and
     * checks as the REST query parameters. {@code path} names the list, so that its cursors are refused by another.
     */
    public static ListRequest of(Map<String, List<String>> params, String path, Set<String> filters,
            List<SortField> sortFields, List<SortKey> defaultSort, Set<String> includes) {
        ListRequest request = new ListRequest(params, COMMON, filters, sortFields, defaultSort, includes);
        request.path = path;
        return request;
    }

    /** The decoded query parameters; a malformed query string (a bad %-escape) is the client's error. */
    private static MultivaluedMap<String, String> parameters(UriInfo uri) {
        try {
            return uri.getQueryParameters();
        } catch (IllegalArgumentException e) {
            throw new BadRequestProblem("The query string is malformed (a '%' must start a valid escape such as %20).",
                    List.of(new Problem.Violation("query", "is not a valid URL query string")));
        }
    }

    /** The query parameters of a single-record request: only {@code asOf}. Validated. */
    public static ListRequest record(UriInfo uri) {
        return new ListRequest(parameters(uri), RECORD, Set.of(), List.of(), List.of(), Set.of()).validate();
    }

    /** @throws BadRequestProblem listing every invalid parameter seen so far */
    public ListRequest validate() {
        if (!violations.isEmpty()) {
            throw new BadRequestProblem("Invalid query parameters: " + violations.stream()
                    .map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")) + ".", violations);
        }
        return this;
    }

    /** Records a problem found by the caller (e.g. a parameter this resource accepts only in some forms). */
    public void reject(String parameter, String message) {
        violations.add(new Problem.Violation(parameter, message));
    }

    /** The raw value of a common parameter, for resources that interpret it themselves. */
    public boolean has(String parameter) {
        return raw.containsKey(parameter);
    }

    public int limit() {
        return limit;
    }

    public List<SortKey> sort() {
        return sort;
    }

    /** The day the answer should be as of, or null for today's knowledge. */
    public LocalDate asOf() {
        return asOf;
    }

    public boolean includes(String relation) {
        return include.contains(relation);
    }

    public String cursor() {
        return raw.get("cursor");
    }

    /** Values of a multi-valued filter ({@code status=missed,pending}), or an empty list when absent. */
    public List<String> values(String name) {
        String value = raw.get(name);
        if (value == null) {
            return List.of();
        }
        List<String> values = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (values.isEmpty()) {
            violations.add(new Problem.Violation(name, "is empty"));
        }
        return values;
    }

    /** A single-valued filter, or null. */
    public String value(String name) {
        String value = raw.get(name);
        if (value != null && value.isBlank()) {
            violations.add(new Problem.Violation(name, "is empty"));
            return null;
        }
        return value == null ? null : value.trim();
    }

    /** Values of an enumerated filter, spelt as on the wire ({@code partly-kept}). */
    public <E extends Enum<E>> List<E> enums(String name, Class<E> type) {
        List<E> result = new ArrayList<>();
        for (String v : values(name)) {
            try {
                result.add(Wire.parse(type, v));
            } catch (IllegalArgumentException e) {
                violations.add(new Problem.Violation(name, e.getMessage()));
            }
        }
        return result;
    }

    /** A date window asked for with {@code from} and {@code to}; either end may be open (null). */
    public record Range(LocalDate from, LocalDate to) {

        public boolean isOpen() {
            return from == null && to == null;
        }
    }

    /**
     * {@code from} (its first day, any precision: 2016, 2016-02, 2016-02-12, 2015-fall) and {@code to} (its last day).
     */
    public Range range() {
        LocalDate from = raw.containsKey("from") ? date("from", raw.get("from"), false) : null;
        LocalDate to = raw.containsKey("to") ? date("to", raw.get("to"), true) : null;
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(new Problem.Violation("to", "ends (" + to + ") before from starts (" + from + ")"));
        }
        return new Range(from, to);
    }

    /**
     * A stable identity of the filters, sort and asOf (not limit or cursor), which cursors carry so that one issued for
     * one query is refused by another.
     */
    public String identity() {
        Map<String, String> identity = new LinkedHashMap<>(raw);
        identity.remove("limit");
        identity.remove("cursor");
        identity.remove("include");
        identity.put("sort", sort.stream().map(SortKey::toString).collect(Collectors.joining(",")));
        // The path too: a cursor of one list (or one parent's sub-list) is no position in another.
        identity.put("", path);
        try {
            return Cursor.queryIdentity(JSON.writeValueAsString(identity));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The query string of this request with another cursor (or none), for Link headers. */
    public Map<String, String> parametersWithCursor(String cursor) {
        Map<String, String> copy = new LinkedHashMap<>(raw);
        copy.remove("cursor");
        if (cursor != null) {
            copy.put("cursor", cursor);
        }
        return copy;
    }

    private LocalDate date(String name, String value, boolean last) {
        try {
            PartialDate date = PartialDate.parse(value.trim());
            return last ? date.latest() : date.earliest();
        } catch (IllegalArgumentException e) {
            violations.add(new Problem.Violation(name, "is not a date: " + e.getMessage()));
            return null;
        }
    }

    private int parseLimit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 1 || n > MAX_LIMIT) {
                violations.add(new Problem.Violation("limit", "must be between 1 and " + MAX_LIMIT + ", was " + n));
            }
            return n;
        } catch (NumberFormatException e) {
            violations.add(new Problem.Violation("limit", "must be a whole number, was '" + value + "'"));
            return DEFAULT_LIMIT;
        }
    }

    private List<SortKey> parseSort(String value, List<SortField> fields, List<SortKey> defaults) {
        if (value == null) {
            return defaults;
        }
        Map<String, SortField> byName = new LinkedHashMap<>();
        fields.forEach(f -> byName.put(f.name(), f));
        List<SortKey> keys = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String p = part.trim();
            boolean descending = p.startsWith("-");
            String name = descending || p.startsWith("+") ? p.substring(1) : p;
            SortField field = byName.get(name);
            if (field == null) {
                violations.add(new Problem.Violation("sort", "cannot sort by '" + name + "'; allowed: "
                        + String.join(", ", byName.keySet()) + " (prefix - for descending)"));
            } else if (!seen.add(name)) {
                violations.add(new Problem.Violation("sort", "names '" + name + "' twice"));
            } else {
                keys.add(new SortKey(field, descending));
            }
        }
        return keys.isEmpty() ? defaults : keys;
    }

    private Set<String> parseInclude(String value, Set<String> allowed) {
        if (value == null) {
            return Set.of();
        }
        Set<String> result = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String p = part.trim();
            if (!allowed.contains(p)) {
                violations.add(new Problem.Violation("include", "cannot include '" + p + "'; allowed: "
                        + (allowed.isEmpty() ? "nothing" : String.join(", ", new TreeSet<>(allowed)))));
            } else {
                result.add(p);
            }
        }
        return result;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }
}
