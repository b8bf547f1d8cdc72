package org.ceasefiredata.ceasefire.participant;

import java.text.Normalizer;
import java.util.Locale;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.ceasefiredata.ceasefire.kernel.DateWindow;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** One of the names a participant goes by in the texts: its preferred name, a spelling variant, a former name. */
@Entity
@Table(name = "participant_name")
public class ParticipantName extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Participant participant;
    public String name;
    public String lookupKey;
    @Enumerated(EnumType.STRING)
    public NameKind kind;
    @Embedded
    public DateWindow since;

    /**
     * The form names are compared in: accents stripped, lower case, punctuation dropped and spaces folded, so that
     * "U.S." finds "US" and "Al-Qaida" finds "al Qaida".
     */
    public static String lookupKey(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{Punct}\\p{Pd}’‘“”]+", " ")
                .replaceAll("\\s+", " ")
                .trim()
                .replace(" ", "");
    }
}
