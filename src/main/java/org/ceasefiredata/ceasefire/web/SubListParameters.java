package org.ceasefiredata.ceasefire.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * A related list ({@code /meetings/{slug}/commitments}) takes every parameter of the list it narrows
 * ({@code /commitments}); this filter copies them into its OpenAPI operation, so that they are documented once, on the
 * main list, and cannot drift apart.
 */
public class SubListParameters implements OASFilter {

    static final Map<String, String> NARROWS = Map.of(
            "/api/v1/meetings/{slug}/commitments", "/api/v1/commitments",
            "/api/v1/meetings/{slug}/deadlines", "/api/v1/deadlines",
            "/api/v1/participants/{slug}/meetings", "/api/v1/meetings",
            "/api/v1/participants/{slug}/commitments", "/api/v1/commitments",
            "/api/v1/participants/{slug}/deadlines", "/api/v1/deadlines",
            "/api/v1/commitments/{slug}/deadlines", "/api/v1/deadlines");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
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
