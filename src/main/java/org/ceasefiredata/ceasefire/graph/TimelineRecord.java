package org.ceasefiredata.ceasefire.graph;

import org.eclipse.microprofile.graphql.Description;

import io.smallrye.graphql.api.Union;

/** What a timeline entry can be. */
@Union
@Description("A record placed on the timeline: a meeting, a deadline or a commitment.")
public interface TimelineRecord {
}
