package org.ceasefiredata.ceasefire.export;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Lists the exported tables as the allowed values of the {@code table} path parameter in the OpenAPI document, from
 * {@link ExportTables} itself, so that the contract names every table and never one too many.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ExportApiDocs implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        List<Object> tables = new ArrayList<>(ExportTables.ALL.stream().map(ExportTable::name).toList());
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/v1/export/{table}") || item.getGET() == null || item.getGET().getParameters() == null) {
                return;
            }
            for (Parameter parameter : item.getGET().getParameters()) {
                if ("table".equals(parameter.getName()) && parameter.getSchema() != null) {
                    parameter.getSchema().setEnumeration(tables);
                }
            }
        });
    }
}
