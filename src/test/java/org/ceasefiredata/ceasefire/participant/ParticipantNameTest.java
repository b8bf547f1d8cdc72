package org.ceasefiredata.ceasefire.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A participant is found by every one of its names, in whatever spelling the texts use. */
@QuarkusTest
class ParticipantNameTest {

    @Inject
    ParticipantRepository participants;

    /** Slugs of the participants a name finds, as the name filters of both APIs find them. */
    private List<String> byName(String name) {
        return participants.byIds(participants.idsBySlugOrName(name), null).values().stream().map(ParticipantRow::slug)
                .sorted().toList();
    }

    @Test
    @TestTransaction
    void everyParticipantIsFoundByEachOfItsNames() {
        List<ParticipantName> names = ParticipantName.listAll();
        assertTrue(names.size() > 60, "names: " + names.size());
        for (ParticipantName n : names) {
            List<String> found = byName(n.name);
            assertTrue(found.contains(n.participant.slug), n.name + " → " + found);
        }
    }

    @Test
    @TestTransaction
    void lavrovIsOneParticipantUnderBothSpellings() {
        List<String> sergey = byName("Sergey Lavrov");
        List<String> sergei = byName("Sergei Lavrov");
        assertEquals(1, sergey.size(), sergey.toString());
        assertEquals(sergey, sergei);
    }

    @Test
    @TestTransaction
    void nusraFrontIsFoundByItsLaterName() {
        List<String> nusra = byName("Nusra Front");
        assertEquals(1, nusra.size(), nusra.toString());
        assertEquals(nusra, byName("Jabhat Fatah Al-Sham"));
        assertEquals(nusra, byName("jabhat al nusra"));
    }

    @Test
    void lookupKeyFoldsCaseAccentsAndPunctuation() {
        assertEquals(ParticipantName.lookupKey("US"), ParticipantName.lookupKey("U.S."));
        assertEquals(ParticipantName.lookupKey("al-Qaida"), ParticipantName.lookupKey("Al Qaida"));
        assertEquals(ParticipantName.lookupKey("Staffan de Mistura"), ParticipantName.lookupKey("Staffan De Místura"));
    }
}
