package org.ceasefiredata.ceasefire.web;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Writes into the OpenAPI document what holds for every API operation, so that it is stated once and cannot drift:
 * every API GET may answer 400 (invalid parameters) and 406 (unsupported Accept), every path with a slug 404.
 * Parameters are not added here: each endpoint declares its own in code (the list filters are the same classes REST
 * binds and GraphQL takes as input). A sub-resource ({@code /participants/{slug}/meetings}) is its list filtered by
 * the parent, so the filter naming the parent ({@code participant}) is fixed by the path and left out of its parameters.
 * <p>
 * An optional query parameter's example is written into its description instead of its {@code example}: Swagger UI
 * pre-fills every {@code example} into "Try it out", and a list asked with every filter's example at once is empty (a
 * newcomer's first "Execute" on the meetings list found no meeting). Required parameters keep theirs, which a request
 * needs anyway.
 */
public class ApiDocsFilter implements OASFilter {

    private static void addIfAbsent(Operation operation, String code, String component) {
        if (!operation.getResponses().hasAPIResponse(code)) {
            operation.getResponses().addAPIResponse(code,
                    OASFactory.createAPIResponse().ref("#/components/responses/" + component));
        }
    }

    /** Moves an optional query parameter's example into its description, where "Try it out" does not pre-fill it. */
    private static void exampleIntoDescription(Parameter parameter) {
        if (parameter.getIn() != Parameter.In.QUERY || Boolean.TRUE.equals(parameter.getRequired())
                || parameter.getExample() == null) {
            return;
        }
        String description = parameter.getDescription() == null ? "" : parameter.getDescription().strip() + " ";
        parameter.setDescription(description + "Example: `" + parameter.getExample() + "`.");
        parameter.setExample(null);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getParameters() != null) {
            openAPI.getComponents().getParameters().values().forEach(ApiDocsFilter::exampleIntoDescription);
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Operation get = item.getGET();
            if (!path.startsWith("/api/") || get == null || get.getResponses() == null) {
                return;
            }
            if (get.getParameters() != null) {
                get.getParameters().forEach(ApiDocsFilter::exampleIntoDescription);
            }
            addIfAbsent(get, "400", "BadRequest");
            if (path.contains("{slug}")) {
                addIfAbsent(get, "404", "NotFound");
            }
            addIfAbsent(get, "406", "NotAcceptable");
            String[] segments = path.split("/");
            if (segments.length == 6 && segments[4].equals("{slug}") && get.getParameters() != null) {
                // /api/v1/{parents}/{slug}/{children}: the children's filter named after the parent is the path's.
                String parent = segments[3].substring(0, segments[3].length() - 1);
                get.setParameters(get.getParameters().stream()
                        .filter(p -> !(p.getIn() == Parameter.In.QUERY && parent.equals(p.getName()))).toList());
            }
        });
    }
}
