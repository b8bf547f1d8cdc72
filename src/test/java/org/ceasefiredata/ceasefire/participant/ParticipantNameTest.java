package org.ceasefiredata.ceasefire.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** A participant is found by every one of its names, in whatever spelling the texts use. */
@QuarkusTest
class ParticipantNameTest {

    @Test
    @TestTransaction
    void everyParticipantIsFoundByEachOfItsNames() {
        List<ParticipantName> names = ParticipantName.listAll();
        assertTrue(names.size() > 60, "names: " + names.size());
        for (ParticipantName n : names) {
            List<String> found = Participant.listByName(n.name).stream().map(p -> p.slug).toList();
            assertTrue(found.contains(n.participant.slug), n.name + " → " + found);
        }
    }

    @Test
    @TestTransaction
    void lavrovIsOneParticipantUnderBothSpellings() {
        List<String> sergey = Participant.listByName("Sergey Lavrov").stream().map(p -> p.slug).toList();
        List<String> sergei = Participant.listByName("Sergei Lavrov").stream().map(p -> p.slug).toList();
        assertEquals(1, sergey.size(), sergey.toString());
        assertEquals(sergey, sergei);
    }

    @Test
    @TestTransaction
    void nusraFrontIsFoundByItsLaterName() {
        List<String> nusra = Participant.listByName("Nusra Front").stream().map(p -> p.slug).toList();
        assertEquals(1, nusra.size(), nusra.toString());
        assertEquals(nusra, Participant.listByName("Jabhat Fatah Al-Sham").stream().map(p -> p.slug).toList());
        assertEquals(nusra, Participant.listByName("jabhat al nusra").stream().map(p -> p.slug).toList());
    }

    @Test
    void lookupKeyFoldsCaseAccentsAndPunctuation() {
        assertEquals(ParticipantName.lookupKey("US"), ParticipantName.lookupKey("U.S."));
        assertEquals(ParticipantName.lookupKey("al-Qaida"), ParticipantName.lookupKey("Al Qaida"));
        assertEquals(ParticipantName.lookupKey("Staffan de Mistura"), ParticipantName.lookupKey("Staffan De Místura"));
    }
}
