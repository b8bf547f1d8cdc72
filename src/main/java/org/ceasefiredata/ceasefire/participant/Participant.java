package org.ceasefiredata.ceasefire.participant;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.ceasefiredata.ceasefire.kernel.Basis;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** A state, organization, group or person taking part in (or excluded from) the ceasefire process. */
@Entity
@Table(name = "participant")
public class Participant extends PanacheEntity {

    public String slug;
    @Enumerated(EnumType.STRING)
    public ParticipantKind kind;
    public String name;
    public String description;
    /** What its description rest on: stated by the cited texts, inferred from them, or from outside the corpus. */
    @Enumerated(EnumType.STRING)
    public Basis basis;

    public static Optional<Participant> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Ids of the participant with this slug, or else of the participants known by this name. */
    public static List<Long> idsBySlugOrName(String value) {
        List<Long> bySlug = getEntityManager()
                .createQuery("select p.id from Participant p where p.slug = :v", Long.class)
                .setParameter("v", value)
                .getResultList();
        if (!bySlug.isEmpty()) {
            return bySlug;
        }
        return getEntityManager()
                .createQuery("select distinct n.participant.id from ParticipantName n where n.lookupKey = :k", Long.class)
                .setParameter("k", ParticipantName.lookupKey(value))
                .getResultList();
    }

    /** Participants known by this name, in any spelling the texts use (case, accents and punctuation ignored). */
    public static List<Participant> listByName(String name) {
        return list("select distinct n.participant from ParticipantName n where n.lookupKey = ?1 order by n.participant.slug",
                ParticipantName.lookupKey(name));
    }
}
