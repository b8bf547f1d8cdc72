package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.commitment.AssessmentRepository;
import org.ceasefiredata.ceasefire.commitment.CommitmentRepository;
import org.ceasefiredata.ceasefire.commitment.DeadlineRepository;
import org.ceasefiredata.ceasefire.commitment.PartyRelation;
import org.ceasefiredata.ceasefire.document.DocumentRepository;
import org.ceasefiredata.ceasefire.document.MentionKind;
import org.ceasefiredata.ceasefire.document.MentionRow;
import org.ceasefiredata.ceasefire.evidence.EvidenceRepository;
import org.ceasefiredata.ceasefire.evidence.Subject;
import org.ceasefiredata.ceasefire.kernel.RecordType;
import org.ceasefiredata.ceasefire.meeting.MeetingRepository;
import org.ceasefiredata.ceasefire.meeting.MeetingRow;
import org.ceasefiredata.ceasefire.meeting.ParticipationRow;
import org.ceasefiredata.ceasefire.paging.Keys;
import org.ceasefiredata.ceasefire.paging.Lists;
import org.ceasefiredata.ceasefire.paging.Page;
import org.ceasefiredata.ceasefire.paging.PageRequest;
import org.ceasefiredata.ceasefire.paging.Pending;
import org.ceasefiredata.ceasefire.participant.ParticipantRepository;
import org.ceasefiredata.ceasefire.participant.ParticipantRow;

import io.quarkus.arc.Unremovable;

/**
 * Every relation of the GraphQL graph and the loader that reads it for many parents at once: one entry per
 * {@code Type.field}, each a call to the query layer's loader for that relation (the same loaders the REST views use).
 * {@link Assembler} runs them before execution; {@link EngineSetup} makes the engine read their results back.
 */
@ApplicationScoped
@Unremovable
public class Relations {

    /** Loads a relation for a batch of parents (all read as of the same day): one value per parent, in order. */
    @FunctionalInterface
    interface Loader {
        List<?> load(List<Object> parents, Map<String, Object> arguments, LocalDate asOf);
    }

    @Inject
    EvidenceRepository evidence;
    @Inject
    AssessmentRepository assessments;
    @Inject
    MeetingRepository meetings;
    @Inject
    ParticipantRepository participants;
    @Inject
    CommitmentRepository commitments;
    @Inject
    DeadlineRepository deadlines;
    @Inject
    DocumentRepository documents;
    @Inject
    Lists lists;

    /**
     * A to-many relation that can be read for parents not read yet, keyed by the lookup that will give them
     * ({@link Keys}), so that a chain of such relations under a root goes to the database in one round trip with the
     * root ({@link Assembler}); {@code type} is the GraphQL type of its records.
     */
    record Chain(String type, BiFunction<Keys, LocalDate, Sent> send) {
    }

    /** A chained relation sent for: its lookup, and the loader that gives the parents' values from its rows once run. */
    record Sent(Pending<?> lookup, Loader loader) {
    }

    private final Map<String, Loader> loaders = new HashMap<>();
    private final Map<String, Chain> chains = new HashMap<>();

    Loader get(String type, String field) {
        return loaders.get(type + "." + field);
    }

    /** The relation {@code type.field} as a {@link Chain}, or null when it cannot be read that way. */
    Chain chain(String type, String field) {
        return chains.get(type + "." + field);
    }

    /** The coordinates ({@code Type.field}) of every relation. */
    Set<String> fields() {
        return loaders.keySet();
    }

    @PostConstruct
    void register() {
        // Meeting
        chained("Meeting", "participants", "Participation", MeetingNode.class, MeetingNode::key,
                (ids, day) -> meetings.participations(ids, day), (p, day) -> MeetingNode.ParticipationNode.of(p, day));
        one("Meeting", "partOf", MeetingNode.class, MeetingNode::partOfId, (ids, day) -> meetings.byIds(ids, day),
                MeetingNode::of);
        many("Meeting", "parts", MeetingNode.class, MeetingNode::key, (ids, day) -> meetings.parts(ids, day),
                MeetingNode::of);
        chained("Meeting", "commitments", "Commitment", MeetingNode.class, MeetingNode::key,
                (ids, day) -> commitments.of(CommitmentRepository.Parent.MEETING, ids, day, null), CommitmentNode::of);
        chained("Meeting", "deadlines", "Deadline", MeetingNode.class, MeetingNode::key,
                (ids, day) -> deadlines.of(DeadlineRepository.Parent.MEETING, ids, day, null), DeadlineNode::of);
        evidence("Meeting", MeetingNode.class, MeetingNode::key, Subject.MEETING);
        // Participation: the records it links are shown as of the parent's day (they were reported by then).
        // The participant comes with the participation (its loader joins it): no statement of its own.
        loaders.put("Participation.participant", (parents, args, day) -> parents.stream()
                .map(p -> ParticipantNode.of(((MeetingNode.ParticipationNode) p).participantRow(), day)).toList());
        one("Participation", "meeting", MeetingNode.ParticipationNode.class, MeetingNode.ParticipationNode::meetingId,
                (ids, day) -> meetings.byIds(ids, null), MeetingNode::of);
        citations("Participation", MeetingNode.ParticipationNode.class, MeetingNode.ParticipationNode::key,
                Subject.MEETING_PARTICIPANT);
        // Participant
        many("Participant", "names", ParticipantNode.class, ParticipantNode::key, (ids, day) -> participants.names(ids),
                (n, day) -> new ParticipantNode.NameNode(n.name(), n.kind(), n.since()));
        many("Participant", "offices", ParticipantNode.class, ParticipantNode::key,
                (ids, day) -> participants.offices(ids, day), ParticipantNode.OfficeNode::of);
        many("Participant", "memberships", ParticipantNode.class, ParticipantNode::key,
                (ids, day) -> participants.memberships(ids, day, true), ParticipantNode.MembershipNode::of);
        many("Participant", "members", ParticipantNode.class, ParticipantNode::key,
                (ids, day) -> participants.memberships(ids, day, false), ParticipantNode.MembershipNode::of);
        evidence("Participant", ParticipantNode.class, ParticipantNode::key, Subject.PARTICIPANT);
        loaders.put("Participant.participations", this::participations);
        loaders.put("Participant.commitments", (parents, args, day) -> perParent(parents, ParticipantNode.class,
                ParticipantNode::key, ids -> commitments.of(CommitmentRepository.Parent.PARTICIPANT, ids, day, first(args)),
                c -> CommitmentNode.of(c, day)));
        loaders.put("Participant.deadlines", (parents, args, day) -> perParent(parents, ParticipantNode.class,
                ParticipantNode::key, ids -> deadlines.of(DeadlineRepository.Parent.PARTICIPANT, ids, day, first(args)),
                d -> DeadlineNode.of(d, day)));
        loaders.put("Office.of", (parents, args, day) -> parents.stream().map(p -> {
            ParticipantRow o = ((ParticipantNode.OfficeNode) p).organization();
            return o == null ? null : ParticipantNode.of(o, day);
        }).toList());
        loaders.put("Membership.member", (parents, args, day) -> parents.stream()
                .map(p -> ParticipantNode.of(((ParticipantNode.MembershipNode) p).member(), day)).toList());
        loaders.put("Membership.group", (parents, args, day) -> parents.stream()
                .map(p -> ParticipantNode.of(((ParticipantNode.MembershipNode) p).group(), day)).toList());
        // Commitment
        one("Commitment", "meeting", CommitmentNode.class, CommitmentNode::meetingId, (ids, day) -> meetings.byIds(ids, day),
                MeetingNode::of);
        many("Commitment", "madeBy", CommitmentNode.class, CommitmentNode::key,
                (ids, day) -> commitments.parties(ids, PartyRelation.MADE_BY), ParticipantNode::of);
        many("Commitment", "binds", CommitmentNode.class, CommitmentNode::key,
                (ids, day) -> commitments.parties(ids, PartyRelation.BINDS), ParticipantNode::of);
        many("Commitment", "history", CommitmentNode.class, CommitmentNode::key,
                (ids, day) -> assessments.history(Subject.COMMITMENT, ids, day), CommitmentNode.Assessment::of);
        chained("Commitment", "deadlines", "Deadline", CommitmentNode.class, CommitmentNode::key,
                (ids, day) -> deadlines.of(DeadlineRepository.Parent.COMMITMENT, ids, day, null), DeadlineNode::of);
        evidence("Commitment", CommitmentNode.class, CommitmentNode::key, Subject.COMMITMENT);
        // Deadline
        one("Deadline", "commitment", DeadlineNode.class, DeadlineNode::commitmentId,
                (ids, day) -> commitments.byIds(ids, day), CommitmentNode::of);
        one("Deadline", "meeting", DeadlineNode.class, DeadlineNode::meetingId, (ids, day) -> meetings.byIds(ids, day),
                MeetingNode::of);
        many("Deadline", "setBy", DeadlineNode.class, DeadlineNode::key, (ids, day) -> deadlines.setters(ids),
                ParticipantNode::of);
        many("Deadline", "history", DeadlineNode.class, DeadlineNode::key,
                (ids, day) -> assessments.history(Subject.DEADLINE, ids, day), DeadlineNode.Assessment::of);
        evidence("Deadline", DeadlineNode.class, DeadlineNode::key, Subject.DEADLINE);
        // Evidence and documents: a citation's document is shown even as of a day (the citation was filtered by it).
        one("Citation", "document", CitationNode.class, CitationNode::documentId, (ids, day) -> documents.byIds(ids, null),
                DocumentNode::of);
        loaders.put("SourceDocument.originalText", (parents, args, day) -> texts(parents, true));
        loaders.put("SourceDocument.cleanedText", (parents, args, day) -> texts(parents, false));
        many("SourceDocument", "setApart", DocumentNode.class, DocumentNode::key, (ids, day) -> documents.segments(ids),
                (s, day) -> new SegmentNode(s.kind(), s.start(), s.end(), s.text()));
        loaders.put("SourceDocument.mentions", (parents, args, day) -> {
            Set<Long> ids = new LinkedHashSet<>();
            parents.forEach(p -> ids.add(((DocumentNode) p).key()));
            Object after = args.get("after");
            Map<Long, Page<MentionRow>> pages = documents.mentionPages(ids,
                    (MentionKind) enumArgument(args, "kind", MentionKind.class),
                    new PageRequest(first(args), after == null ? null : after.toString(), List.of(), true, "first", "after"));
            return parents.stream().map(p -> Connection.of(pages.get(((DocumentNode) p).key()), m -> MentionNode.of(m, day)))
                    .toList();
        });
        loaders.put("Mention.participant", (parents, args, day) -> parents.stream().map(p -> {
            ParticipantRow row = ((MentionNode) p).participantRow();
            return row == null ? null : ParticipantNode.of(row, day);
        }).toList());
        one("Mention", "document", MentionNode.class, MentionNode::documentId, (ids, day) -> documents.byIds(ids, null),
                DocumentNode::of);
        // Timeline entries and search hits lead to their records.
        loaders.put("TimelineEntry.record", (parents, args, day) -> records(parents,
                p -> ((SearchGraphQL.TimelineEntryNode) p).type(), p -> ((SearchGraphQL.TimelineEntryNode) p).slug(), day));
        loaders.put("SearchHit.record", (parents, args, day) -> records(parents,
                p -> ((SearchGraphQL.SearchHitNode) p).type(), p -> ((SearchGraphQL.SearchHitNode) p).slug(), null));
    }

    /** A to-one relation: the parent's key (null: no value), the records by key, the node of a record. */
    private <P, R> void one(String type, String field, Class<P> parentType, Function<P, Long> key,
            BiFunction<Collection<Long>, LocalDate, Map<Long, R>> load, BiFunction<R, LocalDate, Object> node) {
        loaders.put(type + "." + field, (parents, args, day) -> {
            Set<Long> keys = new LinkedHashSet<>();
            parents.forEach(p -> {
                Long k = key.apply(parentType.cast(p));
                if (k != null) {
                    keys.add(k);
                }
            });
            Map<Long, R> found = keys.isEmpty() ? Map.of() : load.apply(keys, day);
            List<Object> values = new ArrayList<>(parents.size());
            for (Object p : parents) {
                Long k = key.apply(parentType.cast(p));
                R row = k == null ? null : found.get(k);
                values.add(row == null ? null : node.apply(row, day));
            }
            return values;
        });
    }

    /** A to-many relation: the records of each parent key, in the loader's order. */
    private <P, R> void many(String type, String field, Class<P> parentType, Function<P, Long> key,
            BiFunction<Collection<Long>, LocalDate, Map<Long, List<R>>> load, BiFunction<R, LocalDate, Object> node) {
        loaders.put(type + "." + field, (parents, args, day) -> perParent(parents, parentType, key,
                ids -> load.apply(ids, day), r -> node.apply(r, day)));
    }

    /**
     * A to-many relation as {@link #many}, read by a lookup keyed by {@link Keys}: the loader runs it for the parents'
     * ids; as a {@link Chain}, it is sent keyed by a lookup not yet run.
     */
    private <P, R> void chained(String type, String field, String childType, Class<P> parentType, Function<P, Long> key,
            BiFunction<Keys, LocalDate, Pending<Map<Long, List<R>>>> read, BiFunction<R, LocalDate, Object> node) {
        many(type, field, parentType, key, (ids, day) -> read.apply(Keys.of(ids), day).run(), node);
        chains.put(type + "." + field, new Chain(childType, (keys, day) -> {
            Pending<Map<Long, List<R>>> lookup = read.apply(keys, day);
            return new Sent(lookup, (parents, args, d) -> perParent(parents, parentType, key, ids -> lookup.result(),
                    r -> node.apply(r, d)));
        }));
    }

    private static <P, R> List<Object> perParent(List<Object> parents, Class<P> parentType, Function<P, Long> key,
            Function<Collection<Long>, Map<Long, List<R>>> load, Function<R, Object> node) {
        Set<Long> keys = new LinkedHashSet<>();
        parents.forEach(p -> keys.add(key.apply(parentType.cast(p))));
        Map<Long, List<R>> found = keys.isEmpty() ? Map.of() : load.apply(keys);
        List<Object> values = new ArrayList<>(parents.size());
        for (Object p : parents) {
            List<R> rows = found.getOrDefault(key.apply(parentType.cast(p)), List.of());
            List<Object> nodes = new ArrayList<>(rows.size());
            rows.forEach(r -> nodes.add(node.apply(r)));
            values.add(nodes);
        }
        return values;
    }

    private <P> void evidence(String type, Class<P> parentType, Function<P, Long> key, Subject subject) {
        citations(type, parentType, key, subject);
        chained(type, "claims", "Claim", parentType, key, (ids, day) -> evidence.claims(subject, ids, day), ClaimNode::of);
    }

    private <P> void citations(String type, Class<P> parentType, Function<P, Long> key, Subject subject) {
        chained(type, "citations", "Citation", parentType, key, (ids, day) -> evidence.citations(subject, ids, day),
                CitationNode::of);
    }

    /**
     * A participant's participations in a page of its meetings (the first {@code first} after {@code after}): the
     * meeting list filtered by the participant (as of the day), then the roles it played at each, in the meetings'
     * order; each participation carries its meeting's cursor, so the page's cursors and totals are the meetings'.
     */
    private List<?> participations(List<Object> parents, Map<String, Object> args, LocalDate day) {
        Set<Long> ids = new LinkedHashSet<>();
        parents.forEach(p -> ids.add(((ParticipantNode) p).key()));
        Object after = args.get("after");
        Map<Long, Page<MeetingRow>> meetingsOf = meetings.pagesOfParticipants(ids, day,
                new PageRequest(first(args), after == null ? null : after.toString(), List.of(), true, "first", "after"));
        Set<Long> meetingIds = new LinkedHashSet<>();
        meetingsOf.values().forEach(page -> page.rows().forEach(m -> meetingIds.add(m.id())));
        Map<Long, List<ParticipationRow>> roles = meetings.participationsOf(ids, meetingIds, day);
        List<Object> values = new ArrayList<>(parents.size());
        for (Object p : parents) {
            long id = ((ParticipantNode) p).key();
            Map<Long, List<ParticipationRow>> byMeeting = new LinkedHashMap<>();
            roles.getOrDefault(id, List.of()).forEach(r -> byMeeting.computeIfAbsent(r.meetingId(), k -> new ArrayList<>())
                    .add(r));
            Page<MeetingRow> page = meetingsOf.get(id);
            List<Object> nodes = new ArrayList<>();
            List<String> cursors = new ArrayList<>();
            for (int i = 0; i < page.rows().size(); i++) {
                String cursor = page.cursors().get(i);
                byMeeting.getOrDefault(page.rows().get(i).id(), List.of()).forEach(r -> {
                    nodes.add(MeetingNode.ParticipationNode.of(r, day));
                    cursors.add(cursor);
                });
            }
            values.add(Connection.of(new Page<>(nodes, cursors, page.total(), page.next(), page.prev()), n -> n));
        }
        return values;
    }

    private List<?> texts(List<Object> parents, boolean original) {
        Set<Long> ids = new LinkedHashSet<>();
        parents.forEach(p -> ids.add(((DocumentNode) p).key()));
        Map<Long, DocumentRepository.Texts> texts = documents.texts(ids);
        return parents.stream().map(p -> {
            DocumentRepository.Texts t = texts.get(((DocumentNode) p).key());
            return t == null ? null : original ? t.original() : t.cleaned();
        }).toList();
    }

    /** Records by kind and slug, as of the day: one statement per kind of record asked for. */
    private List<?> records(List<Object> parents, Function<Object, RecordType> type, Function<Object, String> slug,
            LocalDate day) {
        Map<RecordType, Set<String>> slugs = new LinkedHashMap<>();
        parents.forEach(p -> slugs.computeIfAbsent(type.apply(p), t -> new LinkedHashSet<>()).add(slug.apply(p)));
        Map<String, Object> found = new HashMap<>();
        slugs.forEach((t, values) -> {
            Map<String, Long> ids = lists.idsOf(t == RecordType.DOCUMENT ? "source_document" : t.wire(), values);
            Map<Long, String> bySlug = new HashMap<>();
            ids.forEach((s, id) -> bySlug.put(id, s));
            Map<Long, ?> nodes = switch (t) {
                case MEETING -> convert(meetings.byIds(ids.values(), day), m -> MeetingNode.of(m, day));
                case PARTICIPANT -> convert(participants.byIds(ids.values(), day), p -> ParticipantNode.of(p, day));
                case COMMITMENT -> convert(commitments.byIds(ids.values(), day), c -> CommitmentNode.of(c, day));
                case DEADLINE -> convert(deadlines.byIds(ids.values(), day), d -> DeadlineNode.of(d, day));
                case DOCUMENT -> convert(documents.byIds(ids.values(), day), d -> DocumentNode.of(d, day));
            };
            nodes.forEach((id, node) -> found.put(t + ":" + bySlug.get(id), node));
        });
        return parents.stream().map(p -> found.get(type.apply(p) + ":" + slug.apply(p))).toList();
    }

    private static <R> Map<Long, Object> convert(Map<Long, R> rows, Function<R, Object> node) {
        Map<Long, Object> nodes = new LinkedHashMap<>();
        rows.forEach((id, r) -> nodes.put(id, node.apply(r)));
        return nodes;
    }

    private static Integer first(Map<String, Object> args) {
        Object first = args.get("first");
        return first instanceof Number n ? n.intValue() : 25;
    }

    private static Object enumArgument(Map<String, Object> args, String name, Class<? extends Enum> type) {
        Object value = args.get(name);
        if (value == null || type.isInstance(value)) {
            return value;
        }
        return Enum.valueOf((Class) type, Objects.toString(value));
    }
}
