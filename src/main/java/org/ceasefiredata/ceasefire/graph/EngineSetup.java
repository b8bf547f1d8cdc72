package org.ceasefiredata.ceasefire.graph;

import io.quarkus.arc.Arc;

import graphql.GraphQL;
import io.smallrye.graphql.spi.EventingService;

/**
 * Adds {@link Limits} to the GraphQL engine when SmallRye builds it. A service of SmallRye's own SPI rather than its
 * CDI events: with CDI events on, SmallRye fires (and Arc resolves observers for) several events per resolved field,
 * which cost more CPU than the fields themselves in a profile of an uncached operation.
 */
public class EngineSetup implements EventingService {

    /** Always on: the limits are not optional. */
    static final String KEY = "ceasefire.graphql.limits.enabled";

    @Override
    public String getConfigKey() {
        return KEY;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return builder.instrumentation(Arc.container().instance(Limits.class).get());
    }
}
