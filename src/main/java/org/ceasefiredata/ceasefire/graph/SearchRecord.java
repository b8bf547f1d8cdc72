package org.ceasefiredata.ceasefire.graph;

import org.eclipse.microprofile.graphql.Description;

import io.smallrye.graphql.api.Union;

/** What a search hit can be. */
@Union
@Description("A record or document found by a search.")
public interface SearchRecord {
}
