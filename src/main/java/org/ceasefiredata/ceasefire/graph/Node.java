package org.ceasefiredata.ceasefire.graph;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A record with a global id (Relay's object identification): the id is the same across restarts and dataset versions
 * for the same record, so client caches (Apollo, Relay) can normalise by it, and {@code node(id:)} finds the record.
 */
@Interface("Node")
@Description("A record with a global id: stable across restarts and dataset versions, opaque to clients; node(id:) finds the record again.")
public interface Node {

    @NonNull
    @Id
    @Description("Global id of the record: stable and opaque; node(id:) finds it again.")
    String getId();

    /** The global id of a record of GraphQL type {@code type} with slug {@code slug}. */
    static String id(String type, String slug) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + slug).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
