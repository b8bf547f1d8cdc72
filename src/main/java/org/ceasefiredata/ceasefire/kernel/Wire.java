package org.ceasefiredata.ceasefire.kernel;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How enumerations of the dataset are spelt on the wire and in seed files: lower case, words joined by hyphens. */
public final class Wire {

    private Wire() {
    }

    /** {@code CO_CHAIR} → {@code co-chair}. */
    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * {@code co-chair} → {@code CO_CHAIR}.
     *
     * @throws IllegalArgumentException naming the value and the allowed ones
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String wire) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(wire)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown value '" + wire + "'; expected one of " + allowed(type));
    }

    /** The allowed spellings, comma-separated, for error messages. */
    public static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Wire::of).collect(Collectors.joining(", "));
    }
}
