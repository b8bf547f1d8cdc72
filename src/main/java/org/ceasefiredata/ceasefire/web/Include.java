package org.ceasefiredata.ceasefire.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.ceasefiredata.ceasefire.kernel.Checks;

/**
 * The related records a REST answer embeds, from {@code include=}: names of relations, dotted for a relation of an
 * embedded record ({@code commitments.deadlines}: a meeting's commitments, each with its deadlines).
 */
public final class Include {

    private final Set<String> paths;

    private Include(Set<String> paths) {
        this.paths = paths;
    }

    public static Include none() {
        return new Include(Set.of());
    }

    public static Include of(String... paths) {
        return new Include(Set.of(paths));
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
        return new Include(paths);
    }

    public boolean has(String relation) {
        return paths.contains(relation);
    }

    /** What to include in the records embedded under {@code relation}. */
    public Include under(String relation) {
        Set<String> nested = new LinkedHashSet<>();
        String prefix = relation + ".";
        paths.stream().filter(p -> p.startsWith(prefix)).forEach(p -> nested.add(p.substring(prefix.length())));
        return new Include(nested);
    }
}
