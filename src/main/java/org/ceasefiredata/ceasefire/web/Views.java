package org.ceasefiredata.ceasefire.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.commitment.AssessmentRepository;
import org.ceasefiredata.ceasefire.commitment.AssessmentRow;
import org.ceasefiredata.ceasefire.commitment.CommitmentFilter;
import org.ceasefiredata.ceasefire.commitment.CommitmentRepository;
import org.ceasefiredata.ceasefire.commitment.CommitmentRow;
import org.ceasefiredata.ceasefire.commitment.DeadlineFilter;
import org.ceasefiredata.ceasefire.commitment.DeadlineRepository;
import org.ceasefiredata.ceasefire.commitment.DeadlineRow;
import org.ceasefiredata.ceasefire.commitment.ReferenceRepository;
import org.ceasefiredata.ceasefire.document.DocumentRepository;
import org.ceasefiredata.ceasefire.document.DocumentRow;
import org.ceasefiredata.ceasefire.document.MentionKind;
import org.ceasefiredata.ceasefire.document.MentionRow;
import org.ceasefiredata.ceasefire.evidence.CitationRow;
import org.ceasefiredata.ceasefire.evidence.ClaimRow;
import org.ceasefiredata.ceasefire.evidence.EvidenceRepository;
import org.ceasefiredata.ceasefire.evidence.Subject;
import org.ceasefiredata.ceasefire.kernel.RecordRef;
import org.ceasefiredata.ceasefire.kernel.Wire;
import org.ceasefiredata.ceasefire.meeting.MeetingFilter;
import org.ceasefiredata.ceasefire.meeting.MeetingRepository;
import org.ceasefiredata.ceasefire.meeting.MeetingRow;
import org.ceasefiredata.ceasefire.meeting.ParticipationRow;
import org.ceasefiredata.ceasefire.paging.Keys;
import org.ceasefiredata.ceasefire.paging.PageRequest;
import org.ceasefiredata.ceasefire.paging.Pending;
import org.ceasefiredata.ceasefire.participant.ParticipantDetails;
import org.ceasefiredata.ceasefire.participant.ParticipantRepository;
import org.ceasefiredata.ceasefire.participant.ParticipantRow;

/**
 * The REST answers assembled from the query layer's rows and loaders: a batch of records becomes a batch of views with a
 * fixed number of statements (one per relation embedded), whatever the number of records.
 */
@ApplicationScoped
public class Views {

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
    ReferenceRepository references;

    /** What a record's REST detail embeds when {@code include} is not given. */
    public static final Include MEETING_DEFAULT = Include.of("participants", "commitments", "deadlines");
    public static final Include PARTICIPANT_DEFAULT = Include.of("memberships", "members");
    public static final Include COMMITMENT_DEFAULT = Include.of("deadlines", "history");
    public static final Include DEADLINE_DEFAULT = Include.of("history");

    /** One meeting as {@code GET /api/v1/meetings/{slug}} serves it by default, as known on {@code asOf}. */
    public Optional<MeetingView> meeting(String slug, LocalDate asOf) {
        return meeting(slug, asOf, MEETING_DEFAULT);
    }

    /**
     * One meeting with the relations asked for, as known on {@code asOf}: the meeting and the relations it embeds are
     * read in one round trip, their evidence and references in a second.
     */
    public Optional<MeetingView> meeting(String slug, LocalDate asOf, Include include) {
        Answer answer = new Answer(asOf);
        Pending<Optional<MeetingRow>> found = answer.read(meetings.pendingBySlug(slug, asOf));
        return answer.build(meetings(() -> found.result().stream().toList(), found.keys(), answer, include)).stream()
                .findFirst();
    }

    /** One participant as {@code GET /api/v1/participants/{slug}} serves it by default, as known on {@code asOf}. */
    public Optional<ParticipantView> participant(String slug, LocalDate asOf) {
        return participants.bySlug(slug, asOf)
                .map(p -> participants(List.of(p), asOf, PARTICIPANT_DEFAULT).get(0));
    }

    /** One commitment as {@code GET /api/v1/commitments/{slug}} serves it by default, as known on {@code asOf}. */
    public Optional<CommitmentView> commitment(String slug, LocalDate asOf) {
        return commitment(slug, asOf, COMMITMENT_DEFAULT);
    }

    /** One commitment with the relations asked for, as known on {@code asOf} (read as {@link #meeting} is). */
    public Optional<CommitmentView> commitment(String slug, LocalDate asOf, Include include) {
        Answer answer = new Answer(asOf);
        Pending<Optional<CommitmentRow>> found = answer.read(commitments.pendingBySlug(slug, asOf));
        return answer.build(commitments(() -> found.result().stream().toList(), found.keys(), answer, include, Map::of))
                .stream().findFirst();
    }

    /** One deadline as {@code GET /api/v1/deadlines/{slug}} serves it by default, as known on {@code asOf}. */
    public Optional<DeadlineView> deadline(String slug, LocalDate asOf) {
        return deadline(slug, asOf, DEADLINE_DEFAULT);
    }

    /** One deadline with the relations asked for, as known on {@code asOf} (read as {@link #meeting} is). */
    public Optional<DeadlineView> deadline(String slug, LocalDate asOf, Include include) {
        Answer answer = new Answer(asOf);
        Pending<Optional<DeadlineRow>> found = answer.read(deadlines.pendingBySlug(slug, asOf));
        return answer.build(deadlines(() -> found.result().stream().toList(), answer, include, Map::of, Map::of)).stream()
                .findFirst();
    }

    /** One document as {@code GET /api/v1/documents/{slug}} serves it, if published by {@code asOf}. */
    public Optional<DocumentView> document(String slug, LocalDate asOf) {
        return documents.bySlug(slug, asOf).map(this::document);
    }

    /** A page of the meeting list with the relations asked for embedded. */
    public PageView<MeetingView> meetings(MeetingFilter filter, PageRequest page, Include include) {
        return PageView.of(meetings.page(filter, page), page.limit(), rows -> meetings(rows, filter.day(), include));
    }

    /** A page of the commitment list with the relations asked for embedded. */
    public PageView<CommitmentView> commitments(CommitmentFilter filter, PageRequest page, Include include) {
        return PageView.of(commitments.page(filter, page), page.limit(), rows -> commitments(rows, filter.day(), include));
    }

    /** A page of the deadline list with the relations asked for embedded. */
    public PageView<DeadlineView> deadlines(DeadlineFilter filter, PageRequest page, Include include) {
        return PageView.of(deadlines.page(filter, page), page.limit(), rows -> deadlines(rows, filter.day(), include));
    }

    public List<MeetingView> meetings(List<MeetingRow> rows, LocalDate asOf, Include include) {
        Answer answer = new Answer(asOf);
        return answer.build(meetings(() -> rows, Keys.of(ids(rows, MeetingRow::id)), answer, include));
    }

    /** The meetings {@code records} will give, whose ids {@code keys} are, with the relations asked for. */
    private Batch<List<MeetingView>> meetings(Supplier<List<MeetingRow>> records, Keys keys, Answer answer,
            Include include) {
        LocalDate asOf = answer.asOf;
        Supplier<Map<Long, MeetingRow>> known = once(() -> byId(records.get(), MeetingRow::id));
        Batch<Map<Long, List<ParticipationView>>> roles = include.has("participants")
                ? participations(records, keys, answer, include.under("participants"))
                : null;
        Batch<Map<Long, List<CommitmentView>>> made = include.has("commitments")
                ? nested(answer.read(commitments.of(CommitmentRepository.Parent.MEETING, keys, asOf, null)),
                        (rows, ids) -> commitments(rows, ids, answer, include.under("commitments"), known))
                : null;
        Batch<Map<Long, List<DeadlineView>>> set = include.has("deadlines")
                ? nested(answer.read(deadlines.of(DeadlineRepository.Parent.MEETING, keys, asOf, null)),
                        (rows, ids) -> deadlines(rows, answer, include.under("deadlines"), known, Map::of))
                : null;
        return () -> {
            List<MeetingRow> rows = records.get();
            Supplier<EvidenceViews> ev = answer.evidence(Subject.MEETING, ids(rows, MeetingRow::id), include);
            Function<Long, RecordRef> parent = answer.meetings(kept(include, rows, "partOf"), MeetingRow::partOfId,
                    known.get());
            Supplier<Map<Long, List<ParticipationView>>> roleViews = read(roles);
            Supplier<Map<Long, List<CommitmentView>>> madeViews = read(made);
            Supplier<Map<Long, List<DeadlineView>>> setViews = read(set);
            return () -> {
                EvidenceViews e = ev.get();
                Map<Long, List<ParticipationView>> rolesOf = get(roleViews);
                Map<Long, List<CommitmentView>> madeAt = get(madeViews);
                Map<Long, List<DeadlineView>> setAt = get(setViews);
                return rows.stream().map(m -> new MeetingView(m.slug(), m.title(), m.kind(), m.status(), m.place(),
                        m.country(), m.date(), m.partOfId() == null ? null : parent.apply(m.partOfId()), m.outcome(),
                        m.basis(), rolesOf == null ? null : rolesOf.getOrDefault(m.id(), List.of()),
                        madeAt == null ? null : madeAt.getOrDefault(m.id(), List.of()),
                        setAt == null ? null : setAt.getOrDefault(m.id(), List.of()),
                        e.citations().getOrDefault(m.id(), List.of()), e.claims().getOrDefault(m.id(), List.of())))
                        .toList();
            };
        };
    }

    /**
     * Participations of the meetings with their evidence (unless {@code include} leaves their citations out), in the
     * loader's order (role, then name).
     */
    public Map<Long, List<ParticipationView>> participations(List<MeetingRow> meetingRows, LocalDate asOf,
            Include include) {
        Answer answer = new Answer(asOf);
        return answer.build(participations(() -> meetingRows, Keys.of(ids(meetingRows, MeetingRow::id)), answer,
                include));
    }

    private Batch<Map<Long, List<ParticipationView>>> participations(Supplier<List<MeetingRow>> meetingRows, Keys keys,
            Answer answer, Include include) {
        Pending<Map<Long, List<ParticipationRow>>> lookup = answer.read(meetings.participations(keys, answer.asOf));
        return () -> {
            Map<Long, MeetingRow> byId = byId(meetingRows.get(), MeetingRow::id);
            Map<Long, List<ParticipationRow>> rows = lookup.result();
            List<Long> ids = new ArrayList<>();
            rows.values().forEach(list -> list.forEach(p -> ids.add(p.id())));
            Supplier<Map<Long, List<CitationView>>> support = include.keeps("citations")
                    ? answer.citations(Subject.MEETING_PARTICIPANT, ids)
                    : Map::of;
            return () -> {
                Map<Long, List<CitationView>> cited = support.get();
                Map<Long, List<ParticipationView>> views = new LinkedHashMap<>();
                rows.forEach((meeting, list) -> views.put(meeting, list.stream()
                        .map(p -> new ParticipationView(p.participant().slug(), p.participant().name(),
                                p.participant().kind(), p.role(), meetingRef(byId.get(p.meetingId())),
                                cited.getOrDefault(p.id(), List.of())))
                        .toList()));
                return views;
            };
        };
    }

    public List<ParticipantView> participants(List<ParticipantRow> rows, LocalDate asOf, Include include) {
        Answer answer = new Answer(asOf);
        return answer.build(() -> {
            Supplier<EvidenceViews> ev = answer.evidence(Subject.PARTICIPANT, ids(rows, ParticipantRow::id), include);
            return () -> participants(rows, asOf, include, ev.get());
        });
    }

    private List<ParticipantView> participants(List<ParticipantRow> rows, LocalDate asOf, Include include, EvidenceViews ev) {
        List<Long> ids = ids(rows, ParticipantRow::id);
        Map<Long, List<ParticipantDetails.Name>> names = include.keeps("names") ? participants.names(ids) : Map.of();
        Map<Long, List<ParticipantDetails.Office>> offices = include.keeps("offices")
                ? participants.offices(ids, asOf)
                : Map.of();
        Map<Long, List<ParticipantView.MembershipView>> of = include.has("memberships")
                ? regrouped(participants.memberships(ids, asOf, true), this::memberships)
                : null;
        Map<Long, List<ParticipantView.MembershipView>> in = include.has("members")
                ? regrouped(participants.memberships(ids, asOf, false), this::memberships)
                : null;
        return rows.stream().map(p -> new ParticipantView(p.slug(), p.kind(), p.name(), p.description(), p.basis(),
                names.getOrDefault(p.id(), List.of()).stream()
                        .map(n -> new ParticipantView.NameView(n.name(), n.kind(), n.since())).toList(),
                offices.getOrDefault(p.id(), List.of()).stream().map(o -> new ParticipantView.OfficeView(o.title(),
                        o.organization() == null ? null : participantRef(o.organization()), o.during(),
                        citations(o.citations()))).toList(),
                of == null ? null : of.getOrDefault(p.id(), List.of()), in == null ? null : in.getOrDefault(p.id(), List.of()),
                ev.citations().getOrDefault(p.id(), List.of()), ev.claims().getOrDefault(p.id(), List.of()))).toList();
    }

    private List<ParticipantView.MembershipView> memberships(List<ParticipantDetails.Membership> rows) {
        return rows.stream().map(m -> new ParticipantView.MembershipView(participantRef(m.member()),
                participantRef(m.group()), m.role(), m.since(), citations(m.citations()))).toList();
    }

    public List<CommitmentView> commitments(List<CommitmentRow> rows, LocalDate asOf, Include include) {
        Answer answer = new Answer(asOf);
        return answer.build(commitments(() -> rows, Keys.of(ids(rows, CommitmentRow::id)), answer, include, Map::of));
    }

    /**
     * The commitments {@code records} will give, whose ids {@code keys} are, with the relations asked for; meetings
     * already read ({@code knownMeetings}) are referred to without being read again.
     */
    private Batch<List<CommitmentView>> commitments(Supplier<List<CommitmentRow>> records, Keys keys, Answer answer,
            Include include, Supplier<Map<Long, MeetingRow>> knownMeetings) {
        LocalDate asOf = answer.asOf;
        Supplier<Map<Long, CommitmentRow>> known = once(() -> byId(records.get(), CommitmentRow::id));
        Batch<Map<Long, List<DeadlineView>>> attached = include.has("deadlines")
                ? nested(answer.read(deadlines.of(DeadlineRepository.Parent.COMMITMENT, keys, asOf, null)),
                        (rows, ids) -> deadlines(rows, answer, include.under("deadlines"), knownMeetings, known))
                : null;
        return () -> {
            List<CommitmentRow> rows = records.get();
            List<Long> ids = ids(rows, CommitmentRow::id);
            Supplier<EvidenceViews> ev = answer.evidence(Subject.COMMITMENT, ids, include);
            Map<Long, List<AssessmentView>> history = include.has("history")
                    ? regrouped(assessments.history(Subject.COMMITMENT, ids, asOf), this::assessments)
                    : null;
            Supplier<ReferenceRepository.References> parties = answer.parties(kept(include, ids, "madeBy", "binds"));
            Function<Long, RecordRef> meeting = answer.meetings(kept(include, rows, "meeting"),
                    CommitmentRow::meetingId, knownMeetings.get());
            Supplier<Map<Long, List<DeadlineView>>> dueViews = read(attached);
            return () -> {
                EvidenceViews e = ev.get();
                ReferenceRepository.References party = parties.get();
                Map<Long, List<DeadlineView>> due = get(dueViews);
                return rows.stream().map(c -> new CommitmentView(c.slug(), c.summary(), c.kind(), c.status(), c.date(),
                        c.basis(), c.meetingId() == null ? null : meeting.apply(c.meetingId()),
                        party.madeBy().getOrDefault(c.id(), List.of()), party.binds().getOrDefault(c.id(), List.of()),
                        due == null ? null : due.getOrDefault(c.id(), List.of()),
                        history == null ? null : history.getOrDefault(c.id(), List.of()),
                        e.citations().getOrDefault(c.id(), List.of()), e.claims().getOrDefault(c.id(), List.of())))
                        .toList();
            };
        };
    }

    public List<DeadlineView> deadlines(List<DeadlineRow> rows, LocalDate asOf, Include include) {
        Answer answer = new Answer(asOf);
        return answer.build(deadlines(() -> rows, answer, include, Map::of, Map::of));
    }

    /**
     * The deadlines {@code records} will give, with the relations asked for; meetings and commitments already read are
     * referred to without being read again.
     */
    private Batch<List<DeadlineView>> deadlines(Supplier<List<DeadlineRow>> records, Answer answer, Include include,
            Supplier<Map<Long, MeetingRow>> knownMeetings, Supplier<Map<Long, CommitmentRow>> knownCommitments) {
        return () -> {
            List<DeadlineRow> rows = records.get();
            List<Long> ids = ids(rows, DeadlineRow::id);
            Supplier<EvidenceViews> ev = answer.evidence(Subject.DEADLINE, ids, include);
            Map<Long, List<AssessmentView>> history = include.has("history")
                    ? regrouped(assessments.history(Subject.DEADLINE, ids, answer.asOf), this::assessments)
                    : null;
            Supplier<ReferenceRepository.References> setters = answer.setters(kept(include, ids, "setBy"));
            Function<Long, RecordRef> commitment = answer.commitments(kept(include, rows, "commitment"),
                    DeadlineRow::commitmentId,
                    knownCommitments.get());
            Function<Long, RecordRef> meeting = answer.meetings(kept(include, rows, "meeting"), DeadlineRow::meetingId,
                    knownMeetings.get());
            return () -> {
                EvidenceViews e = ev.get();
                Map<Long, List<RecordRef>> setBy = setters.get().setters();
                return rows.stream().map(d -> new DeadlineView(d.slug(), d.description(), d.expression(),
                        Wire.of(d.type()), d.due(), d.anchor(), d.anchorEvent(), d.offsetPeriod(), d.status(), d.basis(),
                        d.commitmentId() == null ? null : commitment.apply(d.commitmentId()),
                        d.meetingId() == null ? null : meeting.apply(d.meetingId()), setBy.getOrDefault(d.id(), List.of()),
                        history == null ? null : history.getOrDefault(d.id(), List.of()),
                        e.citations().getOrDefault(d.id(), List.of()), e.claims().getOrDefault(d.id(), List.of())))
                        .toList();
            };
        };
    }

    private List<AssessmentView> assessments(List<AssessmentRow> rows) {
        return rows.stream().map(a -> new AssessmentView(a.status().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                a.note(), a.asOf(), a.basis(), citations(a.citations()))).toList();
    }

    /** Documents as listed: metadata only. */
    public List<DocumentView> documentSummaries(List<DocumentRow> rows) {
        return rows.stream().map(d -> document(d, null, null, null, null)).toList();
    }

    /** One document with its texts, set-apart segments and mentions. */
    public DocumentView document(DocumentRow d) {
        return document(d, Include.none());
    }

    /** One document with its texts, set-apart segments and mentions, those {@code include}'s fields keep. */
    public DocumentView document(DocumentRow d, Include include) {
        List<Long> id = List.of(d.id());
        DocumentRepository.Texts texts = include.keeps("originalText") || include.keeps("cleanedText")
                ? documents.texts(id).get(d.id())
                : null;
        List<DocumentView.SegmentView> segments = include.keeps("setApart")
                ? documents.segments(id).getOrDefault(d.id(), List.of()).stream()
                        .map(s -> new DocumentView.SegmentView(s.kind(), s.start(), s.end(), s.text())).toList()
                : null;
        return document(d, texts, segments, include.keeps("mentions") ? mentions(d, null) : null, d.length());
    }

    private static DocumentView document(DocumentRow d, DocumentRepository.Texts texts,
            List<DocumentView.SegmentView> segments, List<MentionView> mentions, Integer length) {
        return new DocumentView(d.slug(), d.title(), d.outlet(), d.agency(), d.url(), d.language(), d.published(),
                d.publishedBasis(), d.dateline(), d.notes(), d.curated(), d.basis(), d.sha256(), length,
                texts == null ? null : texts.original(), texts == null ? null : texts.cleaned(), segments, mentions);
    }

    /** The mentions of a document, in text order; {@code kind} filters to participants or dates (null: both). */
    public List<MentionView> mentions(DocumentRow d, MentionKind kind) {
        RecordRef document = RecordRef.document(d.slug(), d.title());
        return documents.mentions(List.of(d.id()), kind).getOrDefault(d.id(), List.of()).stream()
                .map(m -> mention(m, document)).toList();
    }

    private static MentionView mention(MentionRow m, RecordRef document) {
        return new MentionView(m.kind(), m.text(), m.start(), m.end(), m.cleanStart(), m.cleanEnd(), m.segmentKind(),
                m.participant() == null ? null : participantRef(m.participant()), m.nameKind(), m.confidence(),
                m.dateKind() == null ? null : m.dateKind().toLowerCase(java.util.Locale.ROOT), m.date(), m.dateBasis(),
                document);
    }

    public Map<Long, List<CitationView>> citations(Subject subject, List<Long> ids, LocalDate asOf) {
        Answer answer = new Answer(asOf);
        return answer.build(() -> answer.citations(subject, ids));
    }

    /** The citations and claims of records as a REST record carries them. */
    private record EvidenceViews(Map<Long, List<CitationView>> citations, Map<Long, List<ClaimView>> claims) {
    }

    private static final EvidenceViews NO_EVIDENCE = new EvidenceViews(Map.of(), Map.of());

    /**
     * The views of a batch of records in the making, built in three steps so that embedding more relations adds
     * statements but no round trips to the database (a relation's history excepted). A builder (above) first sends for
     * the relations it embeds, keyed by its records' ids or, while they are not read yet, by the lookup that will give
     * them ({@link Keys}), with {@link Answer#read}: the answer sends all of those in one round trip, with the lookup of
     * the records themselves when that is a record by slug (a page is read before: sent with its relations, it ran again
     * inside theirs and measured slower). Then {@link #read}, with the rows in hand, says whose evidence and which
     * references the views carry (and reads a relation's history, with {@code include=history}, a round trip of its
     * own); the answer reads those in one more round trip; then the supplier it returned builds the views.
     */
    @FunctionalInterface
    private interface Batch<T> {
        Supplier<T> read();
    }

    /**
     * What one answer needs: its records and the relations they embed, sent for by its builders and read together in
     * one round trip (a meeting by slug, its commitments, their deadlines: each keyed by the lookup before it); then,
     * once every record of the answer is known, the evidence of all its records in one statement and its references to
     * other records (parents, meetings, commitments, parties, setters) in one more, the two sent together in a second
     * round trip ({@link #build}). A meeting with its commitments and their deadlines took eight statements in eight
     * round trips before these were gathered; it takes five in two.
     */
    private final class Answer {
        final LocalDate asOf;
        private final List<Pending<?>> reads = new ArrayList<>();
        private final Map<Subject, List<Long>> withClaims = new EnumMap<>(Subject.class);
        private final Map<Subject, List<Long>> citationsOnly = new EnumMap<>(Subject.class);
        private final ReferenceRepository.Wanted wanted = new ReferenceRepository.Wanted(new LinkedHashSet<>(),
                new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
        private Map<Subject, EvidenceRepository.Evidence> read;
        private final Map<Subject, EvidenceViews> views = new EnumMap<>(Subject.class);
        private ReferenceRepository.References refs;

        Answer(LocalDate asOf) {
            this.asOf = asOf;
        }

        /**
         * The citations and claims of the records, once read; none, and nothing read, when the answer keeps neither
         * ({@code fields=}).
         */
        Supplier<EvidenceViews> evidence(Subject subject, List<Long> ids, Include include) {
            if (!include.keeps("citations") && !include.keeps("claims")) {
                return () -> NO_EVIDENCE;
            }
            withClaims.computeIfAbsent(subject, k -> new ArrayList<>()).addAll(ids);
            return () -> views(subject);
        }

        /** The citations of the records (without claims), once read. */
        Supplier<Map<Long, List<CitationView>>> citations(Subject subject, List<Long> ids) {
            citationsOnly.computeIfAbsent(subject, k -> new ArrayList<>()).addAll(ids);
            return () -> views(subject).citations();
        }

        /**
         * The evidence read for a subject as views, made once per answer (a subject can be asked for by two builders:
         * a meeting's deadlines and its commitments' deadlines).
         */
        private EvidenceViews views(Subject subject) {
            return views.computeIfAbsent(subject, s -> {
                EvidenceRepository.Evidence rows = rows(s);
                return new EvidenceViews(regrouped(rows.citations(), Views::citations), regrouped(rows.claims(),
                        list -> list.stream().map((ClaimRow c) -> new ClaimView(c.about(), c.value(), c.basis(),
                                Views.citations(c.citations()))).toList()));
            });
        }

        /** Who made and who is bound by the commitments, once read. */
        Supplier<ReferenceRepository.References> parties(List<Long> commitmentIds) {
            wanted.partiesOf().addAll(commitmentIds);
            return this::references;
        }

        /** Who set the deadlines, once read. */
        Supplier<ReferenceRepository.References> setters(List<Long> deadlineIds) {
            wanted.settersOf().addAll(deadlineIds);
            return this::references;
        }

        /** References to the meetings {@code rows} refer to through {@code reference} (see {@link #referenced}). */
        <R> Function<Long, RecordRef> meetings(List<R> rows, Function<R, Long> reference, Map<Long, MeetingRow> known) {
            return referenced(rows, reference, known, Views::meetingRef, wanted.meetings(),
                    ReferenceRepository.References::meetings);
        }

        /** References to the commitments {@code rows} refer to through {@code reference} (see {@link #referenced}). */
        <R> Function<Long, RecordRef> commitments(List<R> rows, Function<R, Long> reference,
                Map<Long, CommitmentRow> known) {
            return referenced(rows, reference, known, Views::commitmentRef, wanted.commitments(),
                    ReferenceRepository.References::commitments);
        }

        /**
         * References to the records {@code rows} refer to through {@code reference} (a nullable id), once read: those
         * of a batch already in hand (an embedding parent) made from it, the others read with the answer's references.
         */
        private <R, T> Function<Long, RecordRef> referenced(List<R> rows, Function<R, Long> reference, Map<Long, T> known,
                Function<T, RecordRef> ref, Collection<Long> wantedIds,
                Function<ReferenceRepository.References, Map<Long, RecordRef>> readIds) {
            for (R r : rows) {
                Long id = reference.apply(r);
                if (id != null && !known.containsKey(id)) {
                    wantedIds.add(id);
                }
            }
            return id -> known.containsKey(id) ? ref.apply(known.get(id)) : readIds.apply(references()).get(id);
        }

        /** Sends for a lookup of records or relations, with the others of the answer's first round trip. */
        <T> Pending<T> read(Pending<T> lookup) {
            reads.add(lookup);
            return lookup;
        }

        /**
         * Reads the records and relations sent for (one round trip), then the evidence and the references the batch's
         * views carry, in one statement each sent together (a second round trip), and then builds the views.
         */
        <T> T build(Batch<T> batch) {
            Pending.runTogether(reads);
            Supplier<T> views = batch.read();
            Pending<Map<Subject, EvidenceRepository.Evidence>> cited = evidence.pending(withClaims, citationsOnly, asOf);
            Pending<ReferenceRepository.References> referred = references.pending(wanted);
            Pending.runTogether(List.of(cited, referred));
            read = cited.result();
            refs = referred.result();
            return views.get();
        }

        private EvidenceRepository.Evidence rows(Subject subject) {
            if (read == null) {
                throw new IllegalStateException("views built before their evidence was read");
            }
            return read.getOrDefault(subject, new EvidenceRepository.Evidence(Map.of(), Map.of()));
        }

        private ReferenceRepository.References references() {
            if (refs == null) {
                throw new IllegalStateException("views built before their references were read");
            }
            return refs;
        }
    }

    public static List<CitationView> citations(List<CitationRow> rows) {
        return rows.stream().map(c -> new CitationView(c.documentSlug(), c.documentTitle(), c.outlet(), c.agency(),
                c.published(), c.quote(), c.start(), c.end(), c.documentSha256(), c.cleanQuote(), c.cleanStart(),
                c.cleanEnd(), c.segmentKind(), CitationView.documentHref(c.documentSlug()))).toList();
    }

    static RecordRef meetingRef(MeetingRow m) {
        return m == null ? null : RecordRef.meeting(m.slug(), m.title());
    }

    static RecordRef commitmentRef(CommitmentRow c) {
        return c == null ? null : RecordRef.commitment(c.slug(), c.summary());
    }

    static RecordRef participantRef(ParticipantRow p) {
        return RecordRef.participant(p.slug(), p.name());
    }

    /**
     * The records whose references (parents, meetings, commitments, parties, setters) are to be read for the views: all
     * of them when the answer keeps one of the {@code properties} that show those references, none otherwise
     * ({@code fields=}): the views then carry none, and an answer that keeps no reference and no evidence takes one
     * round trip.
     */
    private static <T> List<T> kept(Include include, List<T> rows, String... properties) {
        for (String property : properties) {
            if (include.keeps(property)) {
                return rows;
            }
        }
        return List.of();
    }

    private static <T> List<Long> ids(List<T> rows, Function<T, Long> id) {
        return rows.stream().map(id).toList();
    }

    private static <T> Map<Long, T> byId(List<T> rows, Function<T, Long> id) {
        Map<Long, T> map = new java.util.HashMap<>();
        rows.forEach(r -> map.put(id.apply(r), r));
        return map;
    }

    /**
     * The views of a relation read by {@code lookup} (rows by parent id): its rows, all parents' together, become views
     * as one batch ({@code convert}, given them and their ids as {@link Keys}, so that the relations they embed in turn
     * are sent for at once, keyed by this lookup), grouped again by parent as the rows were.
     */
    private static <A, B> Batch<Map<Long, List<B>>> nested(Pending<Map<Long, List<A>>> lookup,
            BiFunction<Supplier<List<A>>, Keys, Batch<List<B>>> convert) {
        Supplier<List<A>> all = once(() -> {
            List<A> rows = new ArrayList<>();
            lookup.result().values().forEach(rows::addAll);
            return rows;
        });
        Batch<List<B>> batch = convert.apply(all, lookup.keys());
        return () -> {
            Supplier<List<B>> views = batch.read();
            return () -> regroup(lookup.result(), views.get());
        };
    }

    /** Rows grouped by parent, converted as one batch and grouped again in the same way. */
    private static <A, B> Map<Long, List<B>> regrouped(Map<Long, List<A>> rows, Function<List<A>, List<B>> convert) {
        List<A> all = new ArrayList<>();
        rows.values().forEach(all::addAll);
        return regroup(rows, convert.apply(all));
    }

    private static <A, B> Map<Long, List<B>> regroup(Map<Long, List<A>> rows, List<B> converted) {
        Map<Long, List<B>> result = new java.util.LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<Long, List<A>> e : rows.entrySet()) {
            result.put(e.getKey(), converted.subList(i, i + e.getValue().size()));
            i += e.getValue().size();
        }
        return result;
    }

    private static <T> T get(Supplier<T> later) {
        return later == null ? null : later.get();
    }

    private static <T> Supplier<T> read(Batch<T> batch) {
        return batch == null ? null : batch.read();
    }

    /** {@code value}, computed once, when first asked for. */
    private static <T> Supplier<T> once(Supplier<T> value) {
        return new Supplier<>() {
            private T computed;
            private boolean done;

            @Override
            public T get() {
                if (!done) {
                    computed = value.get();
                    done = true;
                }
                return computed;
            }
        };
    }
}
