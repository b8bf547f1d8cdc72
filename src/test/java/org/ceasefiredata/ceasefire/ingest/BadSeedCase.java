package org.ceasefiredata.ceasefire.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One way a seed corpus can be wrong, mostly made by breaking a copy of the fixture in one place, with the words the
 * error must contain (file, record and reason).
 */
record BadSeedCase(String name, Supplier<Path> dir, List<String> expected) {

    BadSeedCase(String name, String file, String from, String to, List<String> expected) {
        this(name, () -> FixtureSeeds.copyWith(file, from, to), expected);
    }

    Path makeDir() {
        return dir.get();
    }

    /** An empty folder: a wrong path or mount. */
    static Path emptyDir() {
        try {
            return Files.createDirectories(Path.of("target", "seed-fixtures", "empty-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture's texts with its annotation file removed. */
    static Path withoutAnnotations(String replacement) {
        Path dir = FixtureSeeds.copy();
        try {
            Path annotations = dir.resolve(FixtureSeeds.ANNOTATIONS);
            if (replacement == null) {
                Files.delete(annotations);
            } else {
                Files.writeString(annotations, replacement);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    @Override
    public String toString() {
        return name;
    }

    static List<BadSeedCase> all() {
        String yaml = FixtureSeeds.ANNOTATIONS;
        String emptyDataset = "loading it would empty the dataset";
        return List.of(
                new BadSeedCase("empty folder", BadSeedCase::emptyDir,
                        List.of("no texts (*.txt) and no annotations/", emptyDataset, "CEASEFIRE_SEEDS_DIR")),
                new BadSeedCase("texts without annotations", () -> withoutAnnotations(null),
                        List.of("2 texts and 0 annotation files but not one curated record", emptyDataset)),
                new BadSeedCase("annotation file without records", () -> withoutAnnotations("# nothing yet\n"),
                        List.of("2 texts and 1 annotation file but not one curated record", emptyDataset)),
                new BadSeedCase("malformed YAML", yaml, "    kind: coalition\n", "    kind: [coalition\n",
                        List.of("annotations/fixture.yaml", "malformed YAML", "line")),
                new BadSeedCase("schema violation: missing title", yaml, "    title: \"Talks that collapsed\"\n", "",
                        List.of("annotations/fixture.yaml", "meeting 'talks-2016-01'", "schema violation", "title")),
                new BadSeedCase("schema violation: unknown field", yaml, "    place: \"Geneva\"\n",
                        "    place: \"Geneva\"\n    venue: \"Hotel\"\n",
                        List.of("meeting 'geneva-2016-02-12'", "venue")),
                new BadSeedCase("unknown enum value", yaml, "    status: failed\n", "    status: collapsed\n",
                        List.of("meeting 'talks-2016-01'", "status", "collapsed")),
                new BadSeedCase("duplicate slug", yaml, "  - slug: russia\n", "  - slug: united-states\n",
                        List.of("annotations/fixture.yaml", "participant 'united-states'", "duplicate participant slug")),
                new BadSeedCase("name shared by two participants", yaml,
                        "      - name: \"Russian\"\n", "      - name: \"Kerry\"\n",
                        List.of("participant 'john-kerry'", "name 'Kerry' is also a name of participant 'russia'")),
                new BadSeedCase("unknown participant", yaml, "      - participant: john-kerry\n",
                        "      - participant: john-f-kerry\n",
                        List.of("meeting 'geneva-2016-02-12'", "unknown participant 'john-f-kerry'")),
                new BadSeedCase("unknown meeting", yaml, "    meeting: geneva-2016-02-12\n    date:",
                        "    meeting: geneva-2016-02-13\n    date:",
                        List.of("commitment 'geneva-truce'", "unknown meeting 'geneva-2016-02-13'")),
                new BadSeedCase("unknown document", yaml, "      - doc: fixture-geneva\n        quote: \"Sergey Lavrov\"\n",
                        "      - doc: fixture-lausanne\n        quote: \"Sergey Lavrov\"\n",
                        List.of("participant 'sergey-lavrov'", "unknown document 'fixture-lausanne'")),
                new BadSeedCase("end date before start date", yaml, "    date: \"2016-01\"\n",
                        "    date: \"2016-01-20/2016-01-10\"\n",
                        List.of("meeting 'talks-2016-01'", "ends (2016-01-10) before it starts (2016-01-20)")),
                new BadSeedCase("fact without a citation", yaml,
                        "    citations:\n      - doc: fixture-geneva\n        quote: \"Talks had collapsed in January 2016.\"\n",
                        "",
                        List.of("meeting 'talks-2016-01'", "citations")),
                new BadSeedCase("quote not found", yaml, "quote: \"They agreed to start a truce\"",
                        "quote: \"They agreed to begin a truce\"",
                        List.of("commitment 'geneva-truce'", "They agreed to begin a truce",
                                "is not in document 'fixture-geneva'")),
                new BadSeedCase("ambiguous quote", yaml, "quote: \"They agreed to start a truce\"", "quote: \"truce\"",
                        List.of("commitment 'geneva-truce'", "occurs 2 times", "occurrence")),
                new BadSeedCase("text changed under annotations", "geneva.txt", "early Friday", "late Friday",
                        List.of("document 'fixture-geneva'", "geneva.txt changed since it was annotated")),
                // Issue #13: an assessment is as of the publication date of its latest source.
                new BadSeedCase("assessment citing sources of different dates", yaml,
                        "        note: \"The truce began on 20 February 2016\"\n        citations:\n",
                        "        note: \"The truce began on 20 February 2016\"\n        citations:\n"
                                + "          - doc: fixture-geneva\n            quote: \"the truce would begin on March 1\"\n",
                        List.of("commitment 'geneva-truce', status 2 (kept)", "different publication dates",
                                "fixture-geneva 2016-02-12", "fixture-geneva-later 2016-02-22",
                                "declare asOf: \"2016-02-22\"")),
                new BadSeedCase("declared asOf that is not the latest source's date", yaml,
                        "        note: \"The truce began on 20 February 2016\"\n",
                        "        note: \"The truce began on 20 February 2016\"\n        asOf: \"2016-02-12\"\n",
                        List.of("commitment 'geneva-truce', status 2 (kept)",
                                "asOf 2016-02-12 is not the publication date of its latest source",
                                "'fixture-geneva-later' (2016-02-22)")),
                new BadSeedCase("assessments not listed oldest first", yaml, "    published: \"2016-02-22\"\n",
                        "    published: \"2016-02-10\"\n",
                        List.of("commitment 'geneva-truce', status 2 (kept)", "is as of 2016-02-10",
                                "list assessments oldest first")),
                new BadSeedCase("assessment citing an undated document", yaml, "    published: \"2016-02-22\"\n", "",
                        List.of("commitment 'geneva-truce', status 2 (kept)", "document 'fixture-geneva-later', which has"
                                + " no publication date")),
                new BadSeedCase("commitment status contradicting its deadline", yaml,
                        "      - status: met\n        citations:\n          - doc: fixture-geneva-later\n"
                                + "            quote: \"began on February 20, 2016\"\n",
                        "",
                        List.of("commitment 'geneva-truce'",
                                "is kept while its deadline 'truce-within-two-weeks' is pending",
                                "naming the deadline 'truce-within-two-weeks'")),
                new BadSeedCase("basis other than stated without prose", yaml,
                        "    status: failed\n", "    status: failed\n    basis: inferred\n",
                        List.of("meeting 'talks-2016-01'", "basis is inferred but there is no outcome")),
                new BadSeedCase("document named by its file number", yaml, "note: \"Agreed, not yet in force\"",
                        "note: \"Agreed, not yet in force (text 001)\"",
                        List.of("commitment 'geneva-truce', status 1 (pending)", "names a document by its file number",
                                "'text 001'")),
                new BadSeedCase("reference without citations", yaml,
                        "      - name: \"Russian\"\n        kind: descriptive\n",
                        "      - name: \"Russian\"\n        kind: descriptive\n      - name: \"the Russians\"\n"
                                + "        kind: reference\n",
                        List.of("participant 'russia'", "name 'the Russians' is linked only in the documents its"
                                + " citations come from")),
                new BadSeedCase("offset range ending before it starts", yaml, "    offset: \"P2W\"\n",
                        "    offset: \"P2W/P1D\"\n",
                        List.of("deadline 'truce-within-two-weeks'", "offset 'P2W/P1D' is a range that ends before it"
                                + " starts")));
    }
}
