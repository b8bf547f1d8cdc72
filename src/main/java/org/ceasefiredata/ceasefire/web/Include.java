package org.ceasefiredata.ceasefire.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.ceasefiredata.ceasefire.kernel.Checks;

/**
 * The related records a REST answer embeds, from {@code include=}: names of relations, dotted for a relation of an
 * embedded record ({@code commitments.deadlines}: a meeting's commitments, each with its deadlines); and, from
 * {@code fields=}, which of the records' properties it keeps ({@link Fields}): a relation left out of those is not
 * embedded, and records whose citations and claims are left out get no evidence read.
 */
public final class Include {

    private final Set<String> paths;
    private final Fields fields;

    private Include(Set<String> paths, Fields fields) {
        this.paths = paths;
        this.fields = fields;
    }

    public static Include none() {
        return new Include(Set.of(), Fields.all());
    }

    public static Include of(String... paths) {
        return new Include(Set.of(paths), Fields.all());
    }

    /**
     * The include and fields parameters of a resource whose records are {@code view}s, checked: include against what
     * the answer can embed ({@code allowed}), defaulting to {@code defaults}; fields against the view's properties and
     * what is embedded.
     */
    public static Include parse(List<String> values, List<String> fields, Set<String> allowed, Include defaults,
            Class<?> view) {
        Include include = parse(values, allowed, defaults);
        Fields kept = Fields.parse(fields, view, allowed, include);
        if (kept.keepsAll()) {
            return include;
        }
        Set<String> embedded = new LinkedHashSet<>();
        include.paths.stream().filter(path -> kept(kept, path)).forEach(embedded::add);
        return new Include(embedded, kept);
    }

    /**
     * The fields parameter of a resource whose records are {@code view}s and which embeds nothing on request (a
     * document, a list of mentions or participations, search, timeline), checked.
     */
    public static Include fields(List<String> fields, Class<?> view) {
        return parse(null, fields, Set.of(), none(), view);
    }

    /** Whether a dotted path of relations is kept by the fields. */
    private static boolean kept(Fields fields, String path) {
        Fields at = fields;
        for (String name : path.split("\\.")) {
            if (!at.keeps(name)) {
                return false;
            }
            at = at.under(name);
        }
        return true;
    }

    /**
     * The include parameter checked against what the answer can embed ({@code allowed}, dotted paths included); absent,
     * the {@code defaults}.
     */
    public static Include parse(List<String> values, Set<String> allowed, Include defaults) {
        if (values == null || values.isEmpty()) {
            return defaults;
        }
        Checks checks = new Checks();
        Set<String> paths = new LinkedHashSet<>();
        for (String value : values) {
            String path = value.trim();
            if (path.isEmpty()) {
                checks.reject("include", "has an empty entry");
                continue;
            }
            if (!allowed.contains(path)) {
                checks.reject("include", "cannot include '" + path + "'; allowed: "
                        + (allowed.isEmpty() ? "nothing" : String.join(", ", new TreeSet<>(allowed))));
            }
            paths.add(path);
            // a.b implies a
            for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
                paths.add(path.substring(0, dot));
            }
        }
        checks.done();
        return new Include(paths, Fields.all());
    }

    public boolean has(String relation) {
        return paths.contains(relation);
    }

    /** What to include in the records embedded under {@code relation}, and what to keep of them. */
    public Include under(String relation) {
        Set<String> nested = new LinkedHashSet<>();
        String prefix = relation + ".";
        paths.stream().filter(p -> p.startsWith(prefix)).forEach(p -> nested.add(p.substring(prefix.length())));
        return new Include(nested, fields.under(relation));
    }

    /** Whether a property of the records is kept (every one is, without {@code fields=}). */
    public boolean keeps(String property) {
        return fields.keeps(property);
    }
}
