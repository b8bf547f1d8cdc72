package org.ceasefiredata.ceasefire.ingest;

import java.time.Period;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.ceasefiredata.ceasefire.commitment.Commitment;
import org.ceasefiredata.ceasefire.commitment.CommitmentKind;
import org.ceasefiredata.ceasefire.commitment.CommitmentParty;
import org.ceasefiredata.ceasefire.commitment.CommitmentStatus;
import org.ceasefiredata.ceasefire.commitment.Deadline;
import org.ceasefiredata.ceasefire.commitment.DeadlineSetter;
import org.ceasefiredata.ceasefire.commitment.DeadlineStatus;
import org.ceasefiredata.ceasefire.commitment.PartyRelation;
import org.ceasefiredata.ceasefire.commitment.StatusAssessment;
import org.ceasefiredata.ceasefire.ingest.text.CleanedText;
import org.ceasefiredata.ceasefire.ingest.text.DateExpressionExtractor;
import org.ceasefiredata.ceasefire.ingest.text.DateMention;
import org.ceasefiredata.ceasefire.ingest.text.NameHit;
import org.ceasefiredata.ceasefire.ingest.text.NameMatcher;
import org.ceasefiredata.ceasefire.ingest.text.SetApart;
import org.ceasefiredata.ceasefire.ingest.text.TextCleaner;
import org.ceasefiredata.ceasefire.meeting.Meeting;
import org.ceasefiredata.ceasefire.meeting.MeetingKind;
import org.ceasefiredata.ceasefire.meeting.MeetingParticipant;
import org.ceasefiredata.ceasefire.meeting.MeetingStatus;
import org.ceasefiredata.ceasefire.meeting.ParticipantRole;
import org.ceasefiredata.ceasefire.participant.Membership;
import org.ceasefiredata.ceasefire.participant.MembershipRole;
import org.ceasefiredata.ceasefire.participant.NameKind;
import org.ceasefiredata.ceasefire.participant.Participant;
import org.ceasefiredata.ceasefire.participant.ParticipantKind;
import org.ceasefiredata.ceasefire.participant.ParticipantName;
import org.ceasefiredata.ceasefire.participant.ParticipantOffice;
import org.ceasefiredata.ceasefire.source.Citation;
import org.ceasefiredata.ceasefire.source.Claim;
import org.ceasefiredata.ceasefire.source.DateWindow;
import org.ceasefiredata.ceasefire.source.Mention;
import org.ceasefiredata.ceasefire.source.MentionKind;
import org.ceasefiredata.ceasefire.source.PartialDate;
import org.ceasefiredata.ceasefire.source.SetApartSegment;
import org.ceasefiredata.ceasefire.source.SourceDocument;
import org.ceasefiredata.ceasefire.source.Wire;

/**
 * Writes linked seeds into the database inside the caller's transaction; one instance per load. Records with a slug are updated in place
 * (their ids survive a reload); everything that hangs off them (names, roles, citations, mentions) is rewritten.
 * The persistence context is cleared after every document so that memory does not grow with the corpus.
 */
final class SeedWriter {

    /** Child tables in an order that respects their foreign keys; all are rewritten on every load. */
    private static final List<String> CHILD_TABLES = List.of("citation", "mention", "claim", "status_assessment",
            "deadline_setter", "commitment_party", "meeting_participant", "membership", "participant_office",
            "participant_name", "set_apart_segment");

    private final EntityManager em;
    private final LinkedSeeds seeds;
    private final Map<String, Long> documentIds = new HashMap<>();
    private final Map<String, String> documentShas = new HashMap<>();
    private int citations;
    private final List<Citation> pendingCitations = new java.util.ArrayList<>();

    private final NameMatcher names;

    SeedWriter(EntityManager em, LinkedSeeds seeds, NameMatcher names) {
        this.em = em;
        this.seeds = seeds;
        this.names = names;
    }

    /** One matcher over every participant's names (preferred and aliases), keyed by participant slug. */
    static NameMatcher nameMatcher(LinkedSeeds seeds) {
        Map<String, String> names = new HashMap<>();
        for (Annotations.Participant p : seeds.participants()) {
            names.put(p.name(), p.slug());
            p.aliases().forEach(alias -> names.put(alias.name(), p.slug()));
        }
        return new NameMatcher(names);
    }

    /** Replaces the dataset with the seeds; returns what was written. */
    LoadCounts write() {
        for (String table : CHILD_TABLES) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
        deleteStale("Deadline", seeds.deadlines().stream().map(Annotations.Deadline::slug).toList());
        deleteStale("Commitment", seeds.commitments().stream().map(Annotations.Commitment::slug).toList());
        deleteStale("Meeting", seeds.meetings().stream().map(Annotations.Meeting::slug).toList());
        deleteStale("Participant", seeds.participants().stream().map(Annotations.Participant::slug).toList());
        deleteStale("SourceDocument", seeds.documents().stream().map(LinkedSeeds.Document::slug).toList());

        Map<String, Long> participantIds = writeParticipants(seeds.participants());
        int mentions = writeDocuments(seeds.documents(), participantIds);
        writeParticipantDetails(participantIds);
        Map<String, Long> meetingIds = writeMeetings(participantIds);
        Map<String, Long> commitmentIds = writeCommitments(participantIds, meetingIds);
        writeDeadlines(participantIds, meetingIds, commitmentIds);
        persistCitations();
        em.flush();
        em.clear();
        SearchIndex.rebuild(em);
        return new LoadCounts(seeds.documents().size(), seeds.participants().size(), seeds.meetings().size(),
                seeds.commitments().size(), seeds.deadlines().size(), citations, mentions);
    }

    private void deleteStale(String entity, List<String> keep) {
        em.createQuery("delete from " + entity + " e where e.slug not in :keep")
                .setParameter("keep", keep.isEmpty() ? List.of("") : keep)
                .executeUpdate();
    }

    private <T> Map<String, T> existing(Class<T> type, Function<T, String> slug) {
        Map<String, T> bySlug = new HashMap<>();
        for (T entity : em.createQuery("from " + type.getSimpleName(), type).getResultList()) {
            bySlug.put(slug.apply(entity), entity);
        }
        return bySlug;
    }

    private Map<String, Long> writeParticipants(List<Annotations.Participant> participants) {
        Map<String, Participant> existing = existing(Participant.class, p -> p.slug);
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Annotations.Participant a : participants) {
            Participant p = existing.getOrDefault(a.slug(), new Participant());
            p.slug = a.slug();
            p.kind = Wire.parse(ParticipantKind.class, a.kind());
            p.name = a.name();
            p.description = a.description();
            p.persist();
            ids.put(p.slug, p.id);
        }
        em.flush();
        return ids;
    }

    private int writeDocuments(List<LinkedSeeds.Document> documents,
            Map<String, Long> participantIds) {
        // Ids, not entities: the persistence context is cleared after each document.
        Map<String, Long> existing = new HashMap<>();
        for (Object[] row : em.createQuery("select d.slug, d.id from SourceDocument d", Object[].class).getResultList()) {
            existing.put((String) row[0], (Long) row[1]);
        }
        int mentions = 0;
        for (LinkedSeeds.Document linked : documents) {
            Long id = existing.get(linked.slug());
            SourceDocument d = id == null ? new SourceDocument() : em.find(SourceDocument.class, id);
            Annotations.Document a = linked.annotation();
            String original = linked.text().text();
            CleanedText cleaned = TextCleaner.clean(original);
            d.slug = linked.slug();
            d.fileName = linked.text().fileName();
            d.sha256 = linked.text().sha256();
            d.curated = a != null;
            d.title = a == null ? null : a.title();
            d.outlet = a == null ? null : a.outlet();
            d.agency = a == null ? null : a.agency();
            d.url = a == null ? null : a.url();
            d.language = a == null ? null : a.language();
            d.published = DateWindow.of(linked.published());
            d.publishedBasis = a == null ? null : a.publishedBasis();
            d.dateline = a == null ? null : a.dateline();
            d.notes = a == null ? null : a.notes();
            d.originalText = original;
            d.cleanedText = cleaned.text();
            d.persist();
            documentIds.put(d.slug, d.id);
            documentShas.put(d.slug, d.sha256);
            for (SetApart s : cleaned.setApart()) {
                SetApartSegment segment = new SetApartSegment();
                segment.document = d;
                segment.kind = s.kind();
                segment.startOffset = s.start();
                segment.endOffset = s.end();
                segment.text = s.text();
                segment.persist();
            }
            for (NameHit hit : names.find(cleaned.text())) {
                Mention m = mention(d, original, cleaned, hit.start(), hit.end(), MentionKind.PARTICIPANT);
                m.participant = em.getReference(Participant.class, participantIds.get(hit.key()));
                m.persist();
                mentions++;
            }
            for (DateMention found : DateExpressionExtractor.extract(cleaned.text(), linked.published())) {
                Mention m = mention(d, original, cleaned, found.start(), found.end(), MentionKind.DATE);
                m.dateKind = found.kind().name();
                m.date = DateWindow.of(found.resolved());
                m.dateBasis = found.basis();
                m.persist();
                mentions++;
            }
            // Bounded memory for large corpora: nothing of a written document is needed again but its id.
            em.flush();
            em.clear();
        }
        return mentions;
    }

    private Mention mention(SourceDocument d, String original, CleanedText cleaned, int start, int end, MentionKind kind) {
        Mention m = new Mention();
        m.document = d;
        m.kind = kind;
        m.cleanStartOffset = start;
        m.cleanEndOffset = end;
        m.startOffset = cleaned.originalOffset(start);
        m.endOffset = cleaned.originalEnd(end);
        m.text = original.substring(original.offsetByCodePoints(0, m.startOffset),
                original.offsetByCodePoints(0, m.endOffset));
        return m;
    }

    private void writeParticipantDetails(Map<String, Long> participantIds) {
        for (Annotations.Participant a : seeds.participants()) {
            Participant p = em.getReference(Participant.class, participantIds.get(a.slug()));
            cite(a.citations(), c -> c.participant = p);
            claims(a.claims(), claim -> claim.participant = p);
            ParticipantName preferred = name(p, a.name(), NameKind.PREFERRED, null);
            preferred.persist();
            for (Annotations.Alias alias : a.aliases()) {
                ParticipantName n = name(p, alias.name(), Wire.parse(NameKind.class, alias.kind()), alias.since());
                n.persist();
                cite(alias.citations(), c -> c.participantName = n);
            }
            for (Annotations.Office o : a.offices()) {
                ParticipantOffice office = new ParticipantOffice();
                office.participant = p;
                office.title = o.title();
                office.organization = o.of() == null ? null : em.getReference(Participant.class, participantIds.get(o.of()));
                office.during = window(o.during());
                office.persist();
                cite(o.citations(), c -> c.participantOffice = office);
            }
            for (Annotations.Membership m : a.memberships()) {
                Membership membership = new Membership();
                membership.member = p;
                membership.group = em.getReference(Participant.class, participantIds.get(m.group()));
                membership.role = Wire.parse(MembershipRole.class, m.role());
                membership.since = window(m.since());
                membership.persist();
                cite(m.citations(), c -> c.membership = membership);
            }
        }
        persistCitations();
        em.flush();
        em.clear();
    }

    private static ParticipantName name(Participant p, String name, NameKind kind, String since) {
        ParticipantName n = new ParticipantName();
        n.participant = p;
        n.name = name;
        n.lookupKey = ParticipantName.lookupKey(name);
        n.kind = kind;
        n.since = window(since);
        return n;
    }

    private Map<String, Long> writeMeetings(Map<String, Long> participantIds) {
        Map<String, Meeting> existing = existing(Meeting.class, m -> m.slug);
        Map<String, Meeting> bySlug = new HashMap<>();
        for (Annotations.Meeting a : seeds.meetings()) {
            Meeting m = existing.getOrDefault(a.slug(), new Meeting());
            m.slug = a.slug();
            m.title = a.title();
            m.kind = Wire.parse(MeetingKind.class, a.kind());
            m.status = Wire.parse(MeetingStatus.class, a.status());
            m.place = a.place();
            m.country = a.country();
            m.date = window(a.date());
            m.outcome = a.outcome();
            m.partOf = null;
            m.persist();
            bySlug.put(m.slug, m);
        }
        Map<String, Long> ids = new HashMap<>();
        for (Annotations.Meeting a : seeds.meetings()) {
            Meeting m = bySlug.get(a.slug());
            m.partOf = a.partOf() == null ? null : bySlug.get(a.partOf());
            ids.put(m.slug, m.id);
            cite(a.citations(), c -> c.meeting = m);
            claims(a.claims(), claim -> claim.meeting = m);
            for (Annotations.Participation p : a.participants()) {
                MeetingParticipant mp = new MeetingParticipant();
                mp.meeting = m;
                mp.participant = em.getReference(Participant.class, participantIds.get(p.participant()));
                mp.role = Wire.parse(ParticipantRole.class, p.role());
                mp.persist();
                cite(p.citations(), c -> c.meetingParticipant = mp);
            }
        }
        persistCitations();
        em.flush();
        em.clear();
        return ids;
    }

    private Map<String, Long> writeCommitments(Map<String, Long> participantIds,
            Map<String, Long> meetingIds) {
        Map<String, Commitment> existing = existing(Commitment.class, c -> c.slug);
        Map<String, Long> ids = new HashMap<>();
        for (Annotations.Commitment a : seeds.commitments()) {
            Commitment c = existing.getOrDefault(a.slug(), new Commitment());
            c.slug = a.slug();
            c.summary = a.summary();
            c.kind = Wire.parse(CommitmentKind.class, a.kind());
            c.meeting = a.meeting() == null ? null : em.getReference(Meeting.class, meetingIds.get(a.meeting()));
            c.date = window(a.date());
            c.status = current(CommitmentStatus.class, a.status(), CommitmentStatus.UNKNOWN);
            c.persist();
            ids.put(c.slug, c.id);
            cite(a.citations(), x -> x.commitment = c);
            claims(a.claims(), claim -> claim.commitment = c);
            parties(c, a.madeBy(), PartyRelation.MADE_BY, participantIds);
            parties(c, a.binds(), PartyRelation.BINDS, participantIds);
            assessments(a.status(), CommitmentStatus.class, x -> x.commitment = c);
        }
        persistCitations();
        em.flush();
        em.clear();
        return ids;
    }

    private void parties(Commitment c, List<String> slugs, PartyRelation relation, Map<String, Long> participantIds) {
        for (String slug : slugs.stream().distinct().toList()) {
            CommitmentParty party = new CommitmentParty();
            party.commitment = c;
            party.participant = em.getReference(Participant.class, participantIds.get(slug));
            party.relation = relation;
            party.persist();
        }
    }

    private void writeDeadlines(Map<String, Long> participantIds, Map<String, Long> meetingIds,
            Map<String, Long> commitmentIds) {
        Map<String, Deadline> existing = existing(Deadline.class, d -> d.slug);
        for (Annotations.Deadline a : seeds.deadlines()) {
            Deadline d = existing.getOrDefault(a.slug(), new Deadline());
            d.slug = a.slug();
            d.description = a.description();
            d.expression = a.expression();
            d.commitment = a.commitment() == null ? null : em.getReference(Commitment.class, commitmentIds.get(a.commitment()));
            d.meeting = a.meeting() == null ? null : em.getReference(Meeting.class, meetingIds.get(a.meeting()));
            d.anchor = window(a.anchor());
            d.anchorEvent = a.anchorEvent();
            d.offsetPeriod = a.offset();
            d.due = a.due() != null ? window(a.due()) : DateWindow.of(shift(PartialDate.parse(a.anchor()), a.offset()));
            d.status = current(DeadlineStatus.class, a.status(), DeadlineStatus.UNKNOWN);
            d.persist();
            cite(a.citations(), x -> x.deadline = d);
            claims(a.claims(), claim -> claim.deadline = d);
            for (String slug : a.setBy().stream().distinct().toList()) {
                DeadlineSetter setter = new DeadlineSetter();
                setter.deadline = d;
                setter.participant = em.getReference(Participant.class, participantIds.get(slug));
                setter.persist();
            }
            assessments(a.status(), DeadlineStatus.class, x -> x.deadline = d);
        }
    }

    /** The window a relative deadline falls in: its anchor's window moved by the period, at the anchor's precision. */
    static PartialDate shift(PartialDate anchor, String offset) {
        Period period = Period.parse(offset);
        return PartialDate.ofWindow(anchor.earliest().plus(period), anchor.latest().plus(period), anchor.precision());
    }

    /** The status of the last assessment (they are listed oldest first), or {@code unknown} when there is none. */
    private static <E extends Enum<E>> E current(Class<E> type, List<Annotations.Assessment> assessments, E unknown) {
        return assessments.isEmpty() ? unknown : Wire.parse(type, assessments.get(assessments.size() - 1).status());
    }

    private <E extends Enum<E>> void assessments(List<Annotations.Assessment> assessments, Class<E> type,
            Consumer<StatusAssessment> subject) {
        for (int i = 0; i < assessments.size(); i++) {
            Annotations.Assessment a = assessments.get(i);
            StatusAssessment assessment = new StatusAssessment();
            subject.accept(assessment);
            assessment.position = i;
            assessment.status = Wire.parse(type, a.status()).name();
            assessment.note = a.note();
            assessment.persist();
            cite(a.citations(), c -> c.statusAssessment = assessment);
        }
    }

    private void claims(List<Annotations.Claim> claims, Consumer<Claim> subject) {
        for (Annotations.Claim a : claims) {
            Claim claim = new Claim();
            subject.accept(claim);
            claim.about = a.about();
            claim.value = a.value();
            claim.persist();
            cite(a.citations(), c -> c.claim = claim);
        }
    }

    private void cite(List<Annotations.Citation> annotations, Consumer<Citation> subject) {
        for (Annotations.Citation a : annotations) {
            LinkedSeeds.Located where = seeds.locate(a);
            Citation c = new Citation();
            c.document = em.getReference(SourceDocument.class, documentIds.get(where.documentSlug()));
            c.quote = a.quote();
            c.startOffset = where.start();
            c.endOffset = where.end();
            c.documentSha256 = documentShas.get(where.documentSlug());
            subject.accept(c);
            pendingCitations.add(c);
            citations++;
        }
    }

    /**
     * Citations are persisted together after the records they support, so that their inserts go out in full JDBC
     * batches without Hibernate's unsupported insert ordering (whose start-up warning asks users to file a bug, #11).
     */
    private void persistCitations() {
        pendingCitations.forEach(c -> c.persist());
        pendingCitations.clear();
    }

    private static DateWindow window(String value) {
        return value == null ? null : DateWindow.of(PartialDate.parse(value));
    }
}
