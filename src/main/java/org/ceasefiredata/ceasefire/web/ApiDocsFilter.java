package org.ceasefiredata.ceasefire.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Writes into the OpenAPI document what holds for whole groups of operations, so that it is stated once and cannot
 * drift: every API GET may answer 400 (invalid parameters) and 406 (unsupported Accept), every path with a slug 404;
 * every paged list (one answering a {@code PageView}) takes {@code limit} and {@code cursor}; and a related list ({@code /meetings/{slug}/commitments}) takes every parameter of the list it narrows
 * ({@code /commitments}).
 */
public class ApiDocsFilter implements OASFilter {

    static final Map<String, String> NARROWS = Map.of(
            "/api/v1/meetings/{slug}/commitments", "/api/v1/commitments",
            "/api/v1/meetings/{slug}/deadlines", "/api/v1/deadlines",
            "/api/v1/participants/{slug}/meetings", "/api/v1/meetings",
            "/api/v1/participants/{slug}/commitments", "/api/v1/commitments",
            "/api/v1/participants/{slug}/deadlines", "/api/v1/deadlines",
            "/api/v1/commitments/{slug}/deadlines", "/api/v1/deadlines");

    private static boolean isPaged(Operation operation) {
        var ok = operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null) {
            return false;
        }
        var json = ok.getContent().getMediaType("application/json");
        return json != null && json.getSchema() != null && json.getSchema().getRef() != null
                && json.getSchema().getRef().startsWith("#/components/schemas/PageView");
    }

    private static void addIfAbsent(Operation operation, String code, String component) {
        if (!operation.getResponses().hasAPIResponse(code)) {
            operation.getResponses().addAPIResponse(code,
                    OASFactory.createAPIResponse().ref("#/components/responses/" + component));
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Operation get = item.getGET();
            if (!path.startsWith("/api/") || get == null || get.getResponses() == null) {
                return;
            }
            addIfAbsent(get, "400", "BadRequest");
            if (path.contains("{slug}")) {
                addIfAbsent(get, "404", "NotFound");
            }
            addIfAbsent(get, "406", "NotAcceptable");
            if (isPaged(get)) {
                List<Parameter> parameters = new ArrayList<>();
                parameters.add(OASFactory.createParameter().ref("#/components/parameters/limit"));
                parameters.add(OASFactory.createParameter().ref("#/components/parameters/cursor"));
                if (get.getParameters() != null) {
                    parameters.addAll(get.getParameters());
                }
                get.setParameters(parameters);
            }
        });
        NARROWS.forEach((sub, main) -> {
            PathItem subItem = openAPI.getPaths().getPathItem(sub);
            PathItem mainItem = openAPI.getPaths().getPathItem(main);
            if (subItem == null || mainItem == null || subItem.getGET() == null || mainItem.getGET() == null) {
                return;
            }
            Operation op = subItem.getGET();
            List<Parameter> parameters = new ArrayList<>();
            op.getParameters().stream().filter(p -> p.getIn() == Parameter.In.PATH).forEach(parameters::add);
            parameters.addAll(mainItem.getGET().getParameters());
            op.setParameters(parameters);
            if (mainItem.getGET().getResponses() != null) {
                mainItem.getGET().getResponses().getAPIResponses().forEach((code, response) -> {
                    if (!code.equals("200")) {
                        op.getResponses().addAPIResponse(code, response);
                    }
                });
            }
        });
    }
}
