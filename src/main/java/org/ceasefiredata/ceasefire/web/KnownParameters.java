package org.ceasefiredata.ceasefire.web;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.ceasefiredata.ceasefire.kernel.InvalidInput;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses query parameters an endpoint does not take, listing those it does: a typo ({@code ?partcipant=russia}) must
 * never silently answer everything. The known parameters are read from the endpoint's own declaration (its
 * {@code @RestQuery} parameters and the fields of its {@code @BeanParam}s), so the check cannot drift from the code.
 * A parameter declared as a collection may be repeated ({@code participant=russia&participant=iran}); any other given
 * twice is refused too, since taking the first or the last value would silently answer a question nobody asked, and
 * so is an empty value ({@code ?limit=}), which the framework would otherwise read as no parameter at all.
 */
public class KnownParameters {

    private final Map<Method, Map<String, Boolean>> known = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Map<String, Boolean> allowed = known.computeIfAbsent(method, KnownParameters::parameters);
        List<InvalidInput.Violation> unknown = new ArrayList<>();
        Map<String, List<String>> given;
        try {
            given = request.getUriInfo().getQueryParameters();
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(InvalidInput.of("query", "is not a valid URL query string (a '%' must start a valid"
                    + " escape such as %20)"));
        }
        for (Map.Entry<String, List<String>> entry : given.entrySet()) {
            String name = entry.getKey();
            Boolean repeatable = allowed.get(name);
            if (repeatable == null) {
                unknown.add(new InvalidInput.Violation(name, "is not a parameter of this resource; allowed: "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed.keySet()))));
            } else if (!repeatable && entry.getValue().size() > 1) {
                unknown.add(new InvalidInput.Violation(name, "is given " + entry.getValue().size()
                        + " times; it takes one value"));
            } else if (entry.getValue().stream().anyMatch(String::isEmpty)) {
                unknown.add(new InvalidInput.Violation(name, "is empty; give it a value or leave it out"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidParameter(new InvalidInput(unknown));
        }
    }

    /** The query parameters a method takes, each with whether it may be repeated (declared as a collection). */
    static Map<String, Boolean> parameters(Method method) {
        Map<String, Boolean> names = new TreeMap<>();
        for (Parameter p : method.getParameters()) {
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Field f : p.getType().getFields()) {
                    add(names, f.getAnnotation(RestQuery.class), f.getAnnotation(QueryParam.class), f.getName(),
                            f.getType());
                }
            } else {
                add(names, p.getAnnotation(RestQuery.class), p.getAnnotation(QueryParam.class), p.getName(),
                        p.getType());
            }
        }
        return Collections.unmodifiableMap(names);
    }

    private static void add(Map<String, Boolean> names, RestQuery rest, QueryParam query, String fallback,
            Class<?> type) {
        boolean repeatable = Collection.class.isAssignableFrom(type);
        if (rest != null) {
            names.put(rest.value().isEmpty() ? fallback : rest.value(), repeatable);
        } else if (query != null) {
            names.put(query.value(), repeatable);
        }
    }
}
