package org.ceasefiredata.ceasefire.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Derived ids are standard version 5 UUIDs, the same as any other implementation computes. */
class StableIdTest {

    @Test
    void matchesTheRfcVersion5UuidsOfOtherImplementations() {
        // Python: uuid.uuid5(uuid.NAMESPACE_URL, "https://ceasefiredata.org/datasets/syria-ceasefire-2015-2016")
        assertEquals("ffc4a0ee-05c1-59ab-a2e2-b274dfa4445f", StableId.NAMESPACE.toString());
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), the example of its documentation
        assertEquals("886313e1-3b8a-5372-9b90-0c9aee199e5d",
                StableId.v5(java.util.UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org").toString());
    }

    @Test
    void anEmptyValueAndARepeatGiveOtherIds() {
        String plain = StableId.of("participant_offices", List.of("a", "b"), 1);
        assertEquals(plain, StableId.of("participant_offices", "a\u001fb"));
        assertNotEquals(plain, StableId.of("participant_offices", Arrays.asList("a", "b", null), 1));
        assertNotEquals(plain, StableId.of("participant_offices", List.of("a", "b"), 2));
        assertNotEquals(plain, StableId.of("claims", List.of("a", "b"), 1));
    }
}
