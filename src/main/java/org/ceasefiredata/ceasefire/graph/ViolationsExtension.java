package org.ceasefiredata.ceasefire.graph;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;

import io.smallrye.graphql.api.ErrorExtensionProvider;

/** Adds {@code extensions.violations} (argument and message) to errors about bad arguments. */
public class ViolationsExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "violations";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (!(exception instanceof UserInputError error)) {
            return null;
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        error.violations().forEach(v -> array.add(Json.createObjectBuilder().add("argument", v.parameter()).add("message",
                v.message())));
        return array.build();
    }
}
