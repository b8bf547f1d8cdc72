package org.ceasefiredata.ceasefire.ingest;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ceasefiredata.ceasefire.ingest.IngestReport.Stage;
import org.ceasefiredata.ceasefire.kernel.PartialDate;

/**
 * Checks that parsed seeds form one consistent dataset: unique slugs, references to known records, valid dates, texts
 * unchanged since they were annotated, every quote found in its document, every status assessment dated by its sources
 * (one publication date, or a declared as-of date that is the latest's) and listed oldest first, no commitment status
 * contradicting its own deadlines' statuses without a note saying why, and a prose statement behind every basis other
 * than stated. Pure: no database, no CDI.
 */
public final class SeedLinker {

    /** Contradictions between a commitment's current status and one of its deadlines' (commitment → deadline statuses). */
    private static final Map<String, Set<String>> CONTRADICTIONS = Map.of(
            "kept", Set.of("missed", "pending", "superseded"),
            "pending", Set.of("missed"));
    /** "text 000", "in 001": a document named by the number of its file, which no API field resolves. */
    private static final Pattern FILE_NUMBER = Pattern.compile("(?i)\\btexts?\\s+0\\d\\d\\b|(?<![\\w:.-])0\\d\\d(?![\\w:.-])");

    private final SeedSet seeds;
    private final IngestReport report;
    private final Map<String, LinkedSeeds.Document> documents = new LinkedHashMap<>();
    private final Map<Annotations.Citation, LinkedSeeds.Located> located = new HashMap<>();
    private final Map<String, String> participantFiles = new HashMap<>();
    private final Map<String, String> meetingFiles = new HashMap<>();
    private final Map<String, String> commitmentFiles = new HashMap<>();
    /** Documents whose annotation entry is in error: their citations are not checked again, to keep the report short. */
    private final Set<String> brokenDocuments = new HashSet<>();
    private final Map<String, String> meetingParents = new HashMap<>();
    private final Map<Annotations.Assessment, PartialDate> asOf = new HashMap<>();

    private SeedLinker(SeedSet seeds, IngestReport report) {
        this.seeds = seeds;
        this.report = report;
    }

    /**
     * Links parsed seeds.
     *
     * @throws SeedException listing every problem found
     */
    public static LinkedSeeds link(SeedSet seeds) {
        IngestReport report = new IngestReport();
        LinkedSeeds linked = link(seeds, report);
        report.throwIfErrors();
        return linked;
    }

    /** As {@link #link(SeedSet)}, collecting problems in {@code report}; the result is usable only without errors. */
    public static LinkedSeeds link(SeedSet seeds, IngestReport report) {
        return new SeedLinker(seeds, report).run();
    }

    /** The slug of a text that has no annotation entry: its file name without extension, as a slug. */
    public static String slugForFile(String fileName) {
        String stem = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
        String slug = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "document" : slug;
    }

    private LinkedSeeds run() {
        linkDocuments();
        List<Annotations.Participant> participants = collect(Annotations.File::participants, Annotations.Participant::slug,
                "participant", participantFiles);
        List<Annotations.Meeting> meetings = collect(Annotations.File::meetings, Annotations.Meeting::slug, "meeting",
                meetingFiles);
        meetings.forEach(m -> meetingParents.put(m.slug(), m.partOf()));
        List<Annotations.Commitment> commitments = collect(Annotations.File::commitments, Annotations.Commitment::slug,
                "commitment", commitmentFiles);
        Map<String, String> deadlineFiles = new HashMap<>();
        List<Annotations.Deadline> deadlines = collect(Annotations.File::deadlines, Annotations.Deadline::slug, "deadline",
                deadlineFiles);

        Map<String, String> nameOwners = new HashMap<>();
        for (Annotations.Participant p : participants) {
            checkParticipant(participantFiles.get(p.slug()), p);
            checkNamesAreUnambiguous(participantFiles.get(p.slug()), p, nameOwners);
        }
        for (Annotations.Meeting m : meetings) {
            checkMeeting(meetingFiles.get(m.slug()), m);
        }
        for (Annotations.Commitment c : commitments) {
            checkCommitment(commitmentFiles.get(c.slug()), c);
        }
        for (Annotations.Deadline d : deadlines) {
            checkDeadline(deadlineFiles.get(d.slug()), d);
        }
        checkStatusesAgreeWithDeadlines(commitments, deadlines);
        return new LinkedSeeds(List.copyOf(documents.values()), participants, meetings, commitments, deadlines,
                Map.copyOf(located), Map.copyOf(asOf), seeds.fingerprint());
    }

    private void linkDocuments() {
        Map<String, SeedText> texts = new LinkedHashMap<>();
        for (SeedText text : seeds.texts()) {
            texts.put(text.fileName(), text);
        }
        Set<String> annotatedFiles = new HashSet<>();
        for (SeedSet.NamedFile file : seeds.annotations()) {
            for (Annotations.Document d : file.content().documents()) {
                String record = "document '" + d.slug() + "'";
                if (documents.containsKey(d.slug())) {
                    report.error(Stage.LINK, file.name(), record, "duplicate document slug");
                    continue;
                }
                if (!annotatedFiles.add(d.file())) {
                    report.error(Stage.LINK, file.name(), record, "text " + d.file() + " is annotated twice");
                    continue;
                }
                SeedText text = texts.get(d.file());
                if (text == null) {
                    report.error(Stage.LINK, file.name(), record, "no text file " + d.file() + " in the seed directory");
                    brokenDocuments.add(d.slug());
                    continue;
                }
                if (!d.sha256().equals(text.sha256())) {
                    brokenDocuments.add(d.slug());
                    report.error(Stage.LINK, file.name(), record, "the text " + d.file() + " changed since it was annotated"
                            + " (SHA-256 " + text.sha256() + ", annotations expect " + d.sha256()
                            + "): check every quote against the new text, then update sha256");
                    continue;
                }
                PartialDate published = date(file.name(), record, "published", d.published());
                needsProse(file.name(), record, d.basis(), d.publishedBasis(), "publishedBasis");
                prose(file.name(), record, "publishedBasis", d.publishedBasis());
                prose(file.name(), record, "notes", d.notes());
                prose(file.name(), record, "title", d.title());
                documents.put(d.slug(), new LinkedSeeds.Document(d.slug(), text, d, published));
            }
        }
        List<String> unannotated = new ArrayList<>();
        for (SeedText text : texts.values()) {
            if (annotatedFiles.contains(text.fileName())) {
                continue;
            }
            String slug = slugForFile(text.fileName());
            if (documents.containsKey(slug)) {
                report.error(Stage.LINK, text.fileName(), null,
                        "has no annotation entry and its derived slug '" + slug + "' is taken by another document");
                continue;
            }
            documents.put(slug, new LinkedSeeds.Document(slug, text, null, null));
            unannotated.add(text.fileName());
        }
        if (!unannotated.isEmpty()) {
            report.warn(Stage.LINK, unannotated.size() == 1 ? unannotated.get(0) : unannotated.size() + " texts", null,
                    "no annotation entry: loaded with a slug made from the file name, without a publication date, and linked automatically only"
                            + (unannotated.size() > 1 ? " (first: " + unannotated.get(0) + ")" : ""));
        }
    }

    private <T> List<T> collect(Function<Annotations.File, List<T>> section, Function<T, String> slug, String kind,
            Map<String, String> files) {
        List<T> all = new ArrayList<>();
        for (SeedSet.NamedFile file : seeds.annotations()) {
            for (T item : section.apply(file.content())) {
                String s = slug.apply(item);
                String earlier = files.putIfAbsent(s, file.name());
                if (earlier != null) {
                    report.error(Stage.LINK, file.name(), kind + " '" + s + "'",
                            "duplicate " + kind + " slug (first defined in " + earlier + ")");
                    continue;
                }
                all.add(item);
            }
        }
        return List.copyOf(all);
    }

    private void checkParticipant(String file, Annotations.Participant p) {
        String record = "participant '" + p.slug() + "'";
        citations(file, record, p.citations());
        needsProse(file, record, p.basis(), p.description(), "description");
        prose(file, record, "description", p.description());
        Set<String> names = new HashSet<>();
        names.add(p.name());
        for (Annotations.Alias alias : p.aliases()) {
            if (!names.add(alias.name())) {
                report.error(Stage.LINK, file, record, "name '" + alias.name() + "' is listed twice");
            }
            if (NameLinks.linking(alias) == NameLinks.Linking.CITED_DOCUMENTS && alias.citations().isEmpty()) {
                report.error(Stage.LINK, file, record, "name '" + alias.name() + "' is linked only in the documents its"
                        + " citations come from (kind " + alias.kind() + "), but it has no citation");
            }
            date(file, record, "alias since", alias.since());
            // A name is not a fact of the process: its evidence is welcome but optional.
            if (!alias.citations().isEmpty()) {
                citations(file, record + ", alias '" + alias.name() + "'", alias.citations());
            }
        }
        for (Annotations.Office office : p.offices()) {
            if (office.of() != null) {
                reference(file, record, "office of", office.of(), participantFiles);
            }
            date(file, record, "office during", office.during());
            citations(file, record + ", office '" + office.title() + "'", office.citations());
        }
        Set<String> memberships = new HashSet<>();
        for (Annotations.Membership m : p.memberships()) {
            reference(file, record, "membership group", m.group(), participantFiles);
            if (p.slug().equals(m.group())) {
                report.error(Stage.LINK, file, record, "is listed as a member of itself");
            }
            if (!memberships.add(m.group() + "/" + m.role())) {
                report.error(Stage.LINK, file, record, "membership of '" + m.group() + "' as " + m.role() + " is listed twice");
            }
            date(file, record, "membership since", m.since());
            citations(file, record + ", membership of '" + m.group() + "'", m.citations());
        }
        claims(file, record, p.claims());
    }

    /**
     * Names are matched in every text to link mentions to participants, so a name two participants share would link
     * one of them at random.
     */
    private void checkNamesAreUnambiguous(String file, Annotations.Participant p, Map<String, String> owners) {
        List<String> names = new ArrayList<>();
        names.add(p.name());
        p.aliases().forEach(a -> names.add(a.name()));
        for (String name : names) {
            String owner = owners.putIfAbsent(name, p.slug());
            if (owner != null && !owner.equals(p.slug())) {
                report.error(Stage.LINK, file, "participant '" + p.slug() + "'",
                        "name '" + name + "' is also a name of participant '" + owner
                                + "'; a name must identify one participant");
            }
        }
    }

    private void checkMeeting(String file, Annotations.Meeting m) {
        String record = "meeting '" + m.slug() + "'";
        date(file, record, "date", m.date());
        needsProse(file, record, m.basis(), m.outcome(), "outcome");
        prose(file, record, "outcome", m.outcome());
        if (m.partOf() != null) {
            reference(file, record, "partOf", m.partOf(), meetingFiles);
            String cycle = partOfCycle(m);
            if (cycle != null) {
                report.error(Stage.LINK, file, record, "partOf forms a cycle: " + cycle);
            }
        }
        Set<String> roles = new HashSet<>();
        for (Annotations.Participation p : m.participants()) {
            reference(file, record, "participant", p.participant(), participantFiles);
            if (!roles.add(p.participant() + "/" + p.role())) {
                report.error(Stage.LINK, file, record,
                        "participant '" + p.participant() + "' is listed twice as " + p.role());
            }
            citations(file, record + ", participant '" + p.participant() + "'", p.citations());
        }
        citations(file, record, m.citations());
        claims(file, record, m.claims());
    }

    /** The cycle {@code m} is part of through partOf links ("a → b → a"), or null. */
    private String partOfCycle(Annotations.Meeting m) {
        List<String> path = new ArrayList<>(List.of(m.slug()));
        String next = m.partOf();
        while (next != null && meetingParents.containsKey(next)) {
            path.add(next);
            if (next.equals(m.slug())) {
                return String.join(" → ", path);
            }
            if (path.size() > meetingParents.size() + 1) {
                return null;
            }
            next = meetingParents.get(next);
        }
        return next != null && next.equals(m.slug()) ? String.join(" → ", path) : null;
    }

    private void checkCommitment(String file, Annotations.Commitment c) {
        String record = "commitment '" + c.slug() + "'";
        date(file, record, "date", c.date());
        if (c.meeting() != null) {
            reference(file, record, "meeting", c.meeting(), meetingFiles);
        }
        c.madeBy().forEach(s -> reference(file, record, "madeBy", s, participantFiles));
        c.binds().forEach(s -> reference(file, record, "binds", s, participantFiles));
        prose(file, record, "summary", c.summary());
        assessments(file, record, c.status());
        citations(file, record, c.citations());
        claims(file, record, c.claims());
    }

    private void checkDeadline(String file, Annotations.Deadline d) {
        String record = "deadline '" + d.slug() + "'";
        date(file, record, "due", d.due());
        PartialDate anchor = date(file, record, "anchor", d.anchor());
        if (d.offset() != null) {
            try {
                Period[] range = offsetRange(d.offset());
                if (anchor != null && anchor.earliest().plus(range[0]).isAfter(anchor.latest().plus(range[1]))) {
                    report.error(Stage.LINK, file, record, "offset '" + d.offset() + "' is a range that ends before it"
                            + " starts; write the smaller period first");
                }
            } catch (DateTimeParseException e) {
                report.error(Stage.LINK, file, record, "offset '" + d.offset()
                        + "' is not an ISO 8601 period nor a range of two (P1D/P7D)");
            }
        }
        if (d.commitment() != null) {
            reference(file, record, "commitment", d.commitment(), commitmentFiles);
        }
        if (d.meeting() != null) {
            reference(file, record, "meeting", d.meeting(), meetingFiles);
        }
        d.setBy().forEach(s -> reference(file, record, "setBy", s, participantFiles));
        prose(file, record, "description", d.description());
        prose(file, record, "anchorEvent", d.anchorEvent());
        assessments(file, record, d.status());
        citations(file, record, d.citations());
        claims(file, record, d.claims());
    }

    private void claims(String file, String record, List<Annotations.Claim> claims) {
        for (Annotations.Claim claim : claims) {
            citations(file, record + ", claim '" + claim.about() + "'", claim.citations());
            prose(file, record + ", claim '" + claim.about() + "'", "value", claim.value());
        }
    }

    /** Curated prose names documents by slug, which the API resolves, never by file number ("text 000"). */
    private void prose(String file, String record, String field, String text) {
        if (text == null) {
            return;
        }
        Matcher m = FILE_NUMBER.matcher(text);
        if (m.find()) {
            report.error(Stage.LINK, file, record, field + " names a document by its file number ('" + m.group()
                    + "'): name it by its slug, which the API resolves");
        }
    }

    /**
     * The offset of a relative deadline as the periods added to the anchor's start and end: one period for both, or a
     * range {@code min/max} of two signed ones.
     *
     * @throws DateTimeParseException when it is neither
     */
    static Period[] offsetRange(String offset) {
        int slash = offset.indexOf('/');
        if (slash < 0) {
            Period p = Period.parse(offset);
            return new Period[]{p, p};
        }
        return new Period[]{Period.parse(offset.substring(0, slash)), Period.parse(offset.substring(slash + 1))};
    }

    /** A basis other than stated must come with the prose that says what is inferred or from outside the corpus. */
    private void needsProse(String file, String record, String basis, String prose, String field) {
        if (basis != null && !basis.equals("stated") && (prose == null || prose.isBlank())) {
            report.error(Stage.LINK, file, record, "basis is " + basis + " but there is no " + field
                    + " saying what is " + (basis.equals("external") ? "from outside the corpus" : "inferred"));
        }
    }

    /**
     * Checks a record's status assessments: evidence, prose for a basis, and their dates. An assessment is as of the
     * publication date of its latest source; its sources must all share that date unless it declares {@code asOf} (its
     * note then rests on sources of several dates), and the assessments must be listed oldest first.
     */
    private void assessments(String file, String record, List<Annotations.Assessment> assessments) {
        PartialDate previous = null;
        for (int i = 0; i < assessments.size(); i++) {
            Annotations.Assessment a = assessments.get(i);
            String where = record + ", status " + (i + 1) + " (" + a.status() + ")";
            citations(file, where, a.citations());
            needsProse(file, where, a.basis(), a.note(), "note");
            prose(file, where, "note", a.note());
            PartialDate date = asOf(file, where, a);
            if (date == null) {
                continue;
            }
            asOf.put(a, date);
            if (previous != null && (date.latest().isBefore(previous.latest())
                    || date.latest().equals(previous.latest()) && date.earliest().isBefore(previous.earliest()))) {
                report.error(Stage.LINK, file, where, "is as of " + date.value() + ", before the status listed above it"
                        + " (as of " + previous.value() + "): list assessments oldest first");
            }
            previous = date;
        }
    }

    /** The date an assessment is as of, or null (after reporting why) when it cannot be dated. */
    private PartialDate asOf(String file, String where, Annotations.Assessment a) {
        Map<String, PartialDate> dates = new LinkedHashMap<>();
        for (Annotations.Citation c : a.citations() == null ? List.<Annotations.Citation>of() : a.citations()) {
            LinkedSeeds.Document doc = documents.get(c.doc());
            if (doc == null) {
                return null;
            }
            if (doc.published() == null) {
                report.error(Stage.LINK, file, where, "cites document '" + c.doc() + "', which has no publication date:"
                        + " an assessment is as of its sources' publication, so every source it cites must be dated");
                return null;
            }
            dates.putIfAbsent(c.doc(), doc.published());
        }
        if (dates.isEmpty()) {
            return null;
        }
        PartialDate latest = null;
        String latestDoc = null;
        for (Map.Entry<String, PartialDate> e : dates.entrySet()) {
            PartialDate d = e.getValue();
            if (latest == null || d.latest().isAfter(latest.latest())
                    || d.latest().equals(latest.latest()) && d.earliest().isAfter(latest.earliest())) {
                latest = d;
                latestDoc = e.getKey();
            }
        }
        Set<String> windows = new TreeSet<>();
        dates.values().forEach(d -> windows.add(d.earliest() + "/" + d.latest()));
        if (a.asOf() != null) {
            PartialDate declared = date(file, where, "asOf", a.asOf());
            if (declared != null && (!declared.earliest().equals(latest.earliest())
                    || !declared.latest().equals(latest.latest()))) {
                report.error(Stage.LINK, file, where, "asOf " + a.asOf() + " is not the publication date of its latest"
                        + " source, document '" + latestDoc + "' (" + latest.value() + "): an assessment is as of the"
                        + " day its latest supporting source was published");
            }
            return latest;
        }
        if (windows.size() > 1) {
            StringBuilder list = new StringBuilder();
            dates.forEach((doc, d) -> list.append(list.isEmpty() ? "" : ", ").append(doc).append(" ").append(d.value()));
            report.error(Stage.LINK, file, where, "cites sources of different publication dates (" + list + "), so its"
                    + " note and status could show what was known only later: split it into one assessment per date,"
                    + " or, when the note rests on all of them, declare asOf: \"" + latest.value() + "\"");
        }
        return latest;
    }

    /**
     * A commitment's current status must not contradict the current status of its own deadlines (kept while one is
     * missed or pending; pending while one is missed) unless the note of its current assessment says why, naming the
     * deadline by its slug.
     */
    private void checkStatusesAgreeWithDeadlines(List<Annotations.Commitment> commitments,
            List<Annotations.Deadline> deadlines) {
        Map<String, Annotations.Commitment> bySlug = new HashMap<>();
        commitments.forEach(c -> bySlug.put(c.slug(), c));
        for (Annotations.Deadline d : deadlines) {
            Annotations.Commitment c = d.commitment() == null ? null : bySlug.get(d.commitment());
            if (c == null) {
                continue;
            }
            String committed = current(c.status());
            String due = current(d.status());
            if (!CONTRADICTIONS.getOrDefault(committed, Set.of()).contains(due)) {
                continue;
            }
            Annotations.Assessment last = c.status().get(c.status().size() - 1);
            if (last.note() == null || !last.note().contains(d.slug())) {
                report.error(Stage.LINK, commitmentFiles.get(c.slug()), "commitment '" + c.slug() + "'",
                        "is " + committed + " while its deadline '" + d.slug() + "' is " + due + ": correct one of"
                                + " them, or say why in the note of the commitment's current status, naming the deadline"
                                + " '" + d.slug() + "'");
            }
        }
    }

    private static String current(List<Annotations.Assessment> assessments) {
        return assessments.isEmpty() ? "unknown" : assessments.get(assessments.size() - 1).status();
    }

    private void reference(String file, String record, String field, String slug, Map<String, String> known) {
        if (!known.containsKey(slug)) {
            String kind = known == participantFiles ? "participant" : known == meetingFiles ? "meeting" : "commitment";
            report.error(Stage.LINK, file, record, field + " refers to unknown " + kind + " '" + slug + "'");
        }
    }

    private PartialDate date(String file, String record, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            report.error(Stage.LINK, file, record, field + ": " + e.getMessage());
            return null;
        }
    }

    private void citations(String file, String record, List<Annotations.Citation> citations) {
        if (citations == null || citations.isEmpty()) {
            report.error(Stage.LINK, file, record, "has no citation: every fact needs one");
            return;
        }
        for (Annotations.Citation c : citations) {
            if (located.containsKey(c)) {
                continue;
            }
            LinkedSeeds.Document doc = documents.get(c.doc());
            if (doc == null && brokenDocuments.contains(c.doc())) {
                continue;
            }
            if (doc == null) {
                report.error(Stage.LINK, file, record, "cites unknown document '" + c.doc() + "'");
                continue;
            }
            locate(file, record, doc, c);
        }
    }

    private void locate(String file, String record, LinkedSeeds.Document doc, Annotations.Citation c) {
        String text = doc.text().text();
        List<Integer> hits = new ArrayList<>();
        for (int i = text.indexOf(c.quote()); i >= 0; i = text.indexOf(c.quote(), i + 1)) {
            hits.add(i);
        }
        String quoted = "quote \"" + abbreviate(c.quote()) + "\"";
        if (hits.isEmpty()) {
            report.error(Stage.LINK, file, record, quoted + " is not in document '" + c.doc() + "' (" + doc.text().fileName()
                    + "); quotes must match the original text exactly");
            return;
        }
        int index;
        if (c.occurrence() == null) {
            if (hits.size() > 1) {
                report.error(Stage.LINK, file, record, quoted + " occurs " + hits.size() + " times in document '" + c.doc()
                        + "'; add occurrence: 1.." + hits.size() + " or quote more of the sentence");
                return;
            }
            index = hits.get(0);
        } else {
            if (c.occurrence() > hits.size()) {
                report.error(Stage.LINK, file, record, quoted + " occurs " + hits.size() + " time(s) in document '"
                        + c.doc() + "', so occurrence " + c.occurrence() + " does not exist");
                return;
            }
            index = hits.get(c.occurrence() - 1);
        }
        int start = text.codePointCount(0, index);
        int end = start + c.quote().codePointCount(0, c.quote().length());
        located.put(c, new LinkedSeeds.Located(c.doc(), start, end));
    }

    private static String abbreviate(String quote) {
        return quote.length() <= 80 ? quote : quote.substring(0, 77) + "...";
    }
}
