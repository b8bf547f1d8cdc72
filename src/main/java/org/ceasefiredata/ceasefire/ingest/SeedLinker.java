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
import java.util.function.Function;

import org.ceasefiredata.ceasefire.ingest.IngestReport.Stage;
import org.ceasefiredata.ceasefire.kernel.PartialDate;

/**
 * Checks that parsed seeds form one consistent dataset: unique slugs, references to known records, valid dates, texts
 * unchanged since they were annotated, and every quote found in its document. Pure: no database, no CDI.
 */
public final class SeedLinker {

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
        return new LinkedSeeds(List.copyOf(documents.values()), participants, meetings, commitments, deadlines,
                Map.copyOf(located), seeds.fingerprint());
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
        Set<String> names = new HashSet<>();
        names.add(p.name());
        for (Annotations.Alias alias : p.aliases()) {
            if (!names.add(alias.name())) {
                report.error(Stage.LINK, file, record, "name '" + alias.name() + "' is listed twice");
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
        for (int i = 0; i < c.status().size(); i++) {
            citations(file, record + ", status " + (i + 1), c.status().get(i).citations());
        }
        citations(file, record, c.citations());
        claims(file, record, c.claims());
    }

    private void checkDeadline(String file, Annotations.Deadline d) {
        String record = "deadline '" + d.slug() + "'";
        date(file, record, "due", d.due());
        date(file, record, "anchor", d.anchor());
        if (d.offset() != null) {
            try {
                Period.parse(d.offset());
            } catch (DateTimeParseException e) {
                report.error(Stage.LINK, file, record, "offset '" + d.offset() + "' is not an ISO 8601 period");
            }
        }
        if (d.commitment() != null) {
            reference(file, record, "commitment", d.commitment(), commitmentFiles);
        }
        if (d.meeting() != null) {
            reference(file, record, "meeting", d.meeting(), meetingFiles);
        }
        d.setBy().forEach(s -> reference(file, record, "setBy", s, participantFiles));
        for (int i = 0; i < d.status().size(); i++) {
            citations(file, record + ", status " + (i + 1), d.status().get(i).citations());
        }
        citations(file, record, d.citations());
        claims(file, record, d.claims());
    }

    private void claims(String file, String record, List<Annotations.Claim> claims) {
        for (Annotations.Claim claim : claims) {
            citations(file, record + ", claim '" + claim.about() + "'", claim.citations());
        }
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
