package org.ceasefiredata.ceasefire.web;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 */
public class KnownParameters {

    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Set<String> allowed = known.computeIfAbsent(method, KnownParameters::parameters);
        List<InvalidInput.Violation> unknown = new ArrayList<>();
        Set<String> given;
        try {
            given = request.getUriInfo().getQueryParameters().keySet();
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(InvalidInput.of("query", "is not a valid URL query string (a '%' must start a valid"
                    + " escape such as %20)"));
        }
        for (String name : given) {
            if (!allowed.contains(name)) {
                unknown.add(new InvalidInput.Violation(name, "is not a parameter of this resource; allowed: "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed))));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidParameter(new InvalidInput(unknown));
        }
    }

    static Set<String> parameters(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter p : method.getParameters()) {
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Field f : p.getType().getFields()) {
                    add(names, f.getAnnotation(RestQuery.class), f.getAnnotation(QueryParam.class), f.getName());
                }
            } else {
                add(names, p.getAnnotation(RestQuery.class), p.getAnnotation(QueryParam.class), p.getName());
            }
        }
        return Set.copyOf(names);
    }

    private static void add(Set<String> names, RestQuery rest, QueryParam query, String fallback) {
        if (rest != null) {
            names.add(rest.value().isEmpty() ? fallback : rest.value());
        } else if (query != null) {
            names.add(query.value());
        }
    }
}
