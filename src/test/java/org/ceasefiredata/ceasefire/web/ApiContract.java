package org.ceasefiredata.ceasefire.web;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests whose responses are validated against the committed OpenAPI document. */
public final class ApiContract {

    static final Path DOCUMENT = Path.of("openapi", "openapi.yaml");

    private ApiContract() {
    }

    /** {@code given()} with the response checked against the contract: status, headers and body schema. */
    public static RequestSpecification given() {
        return RestAssured.given().filter(Validation.FILTER);
    }

    /** Loaded on first use only: parsing the document is not free. */
    private static final class Validation {
        // Requests are not checked: tests send invalid ones on purpose, to see the 400s (which are checked).
        static final OpenApiValidationFilter FILTER = new OpenApiValidationFilter(
                OpenApiInteractionValidator.createForSpecificationUrl(DOCUMENT.toUri().toString())
                        .withLevelResolver(LevelResolver.create()
                                .withLevel("validation.request", ValidationReport.Level.IGNORE)
                                .build())
                        .build());
    }
}
