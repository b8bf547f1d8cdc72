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
                        List.of("1 text and 0 annotation files but not one curated record", emptyDataset)),
                new BadSeedCase("annotation file without records", () -> withoutAnnotations("# nothing yet\n"),
                        List.of("1 text and 1 annotation file but not one curated record", emptyDataset)),
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
                        List.of("document 'fixture-geneva'", "geneva.txt changed since it was annotated")));
    }
}
