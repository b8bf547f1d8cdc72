package org.ceasefiredata.ceasefire.commitment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.kernel.RecordRef;
import org.ceasefiredata.ceasefire.paging.Params;
import org.ceasefiredata.ceasefire.paging.Pending;
import org.ceasefiredata.ceasefire.paging.Sql;

/**
 * The references an answer carries to other records (a slug and a name, which do not depend on the day): meetings
 * and commitments by id (a meeting's parent, a commitment's meeting, a deadline's commitment and meeting), who made
 * and who is bound by commitments, who set deadlines. An answer reads all of them in one statement once its records
 * are known, where it took one per kind of reference.
 */
@ApplicationScoped
public class ReferenceRepository {

    @Inject
    Sql sql;

    /** What an answer refers to: meetings and commitments by id, parties of commitments and setters of deadlines. */
    public record Wanted(Collection<Long> meetings, Collection<Long> commitments, Collection<Long> partiesOf,
            Collection<Long> settersOf) {

        boolean isEmpty() {
            return meetings.isEmpty() && commitments.isEmpty() && partiesOf.isEmpty() && settersOf.isEmpty();
        }
    }

    /**
     * The references read: meetings and commitments by their id; parties (as {@link CommitmentRepository#parties})
     * and setters (as {@link DeadlineRepository#setters}) by the id of their commitment or deadline, by name.
     */
    public record References(Map<Long, RecordRef> meetings, Map<Long, RecordRef> commitments,
            Map<Long, List<RecordRef>> madeBy, Map<Long, List<RecordRef>> binds, Map<Long, List<RecordRef>> setters) {
    }

    /**
     * The references wanted, in one statement (none when nothing is wanted), as a lookup not yet run, to be run with
     * others in one round trip.
     */
    public Pending<References> pending(Wanted wanted) {
        References read = new References(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                new LinkedHashMap<>(), new LinkedHashMap<>());
        if (wanted.isEmpty()) {
            return Pending.done(read);
        }
        Params params = new Params();
        List<String> pieces = new ArrayList<>();
        if (!wanted.meetings().isEmpty()) {
            params.bind("meetings", List.copyOf(wanted.meetings()));
            pieces.add("select 'MEETING' as kind, e.id as owner, e.slug, e.title as name, e.id from meeting e"
                    + " where e.id = any(:meetings)");
        }
        if (!wanted.commitments().isEmpty()) {
            params.bind("commitments", List.copyOf(wanted.commitments()));
            pieces.add("select 'COMMITMENT' as kind, e.id as owner, e.slug, e.summary as name, e.id from commitment e"
                    + " where e.id = any(:commitments)");
        }
        if (!wanted.partiesOf().isEmpty()) {
            params.bind("parties", List.copyOf(wanted.partiesOf()));
            pieces.add("select cp.relation as kind, cp.commitment_id as owner, e.slug, e.name, e.id from "
                    + CommitmentRepository.partiesOf("parties"));
        }
        if (!wanted.settersOf().isEmpty()) {
            params.bind("setters", List.copyOf(wanted.settersOf()));
            pieces.add("select 'SETTER' as kind, s.deadline_id as owner, e.slug, e.name, e.id from "
                    + DeadlineRepository.settersOf("setters"));
        }
        // Every piece names its columns: the union takes the names of whichever comes first. Parties and setters by
        // name, then id, as their own queries order them.
        return Pending.of(sql, String.join(" union all ", pieces) + " order by kind, owner, name, id", params, r -> {
            String kind = r.text("kind");
            long owner = r.id("owner");
            switch (kind) {
                case "MEETING" -> read.meetings().put(owner, RecordRef.meeting(r.text("slug"), r.text("name")));
                case "COMMITMENT" -> read.commitments().put(owner, RecordRef.commitment(r.text("slug"), r.text("name")));
                default -> {
                    Map<Long, List<RecordRef>> of = switch (kind) {
                        case "MADE_BY" -> read.madeBy();
                        case "BINDS" -> read.binds();
                        default -> read.setters();
                    };
                    of.computeIfAbsent(owner, k -> new ArrayList<>())
                            .add(RecordRef.participant(r.text("slug"), r.text("name")));
                }
            }
            return null;
        }, () -> read);
    }
}
