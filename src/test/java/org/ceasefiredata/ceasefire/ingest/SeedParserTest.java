package org.ceasefiredata.ceasefire.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pure read-and-link pipeline, without Quarkus or a database. */
class SeedParserTest {

    @Test
    void linksTheFixtureWithoutProblems() {
        IngestReport report = new IngestReport();
        LinkedSeeds linked = SeedLinker.link(SeedParser.parse(FixtureSeeds.FIXTURE, report), report);
        assertEquals(List.of(), report.problems());
        assertEquals(2, linked.documents().size());
        assertEquals(5, linked.participants().size());
        assertEquals(2, linked.meetings().size());
        assertEquals(1, linked.commitments().size());
        assertEquals(2, linked.deadlines().size());
    }

    @Test
    void linksTheRealCorpusWithoutErrors() {
        IngestReport report = new IngestReport();
        LinkedSeeds linked = SeedLinker.link(SeedParser.parse(FixtureSeeds.REAL, report), report);
        assertEquals(List.of(), report.errors());
        assertEquals(5, linked.documents().size());
        assertTrue(linked.documents().stream().allMatch(d -> d.annotation() != null), "every seed text is curated");
        assertTrue(linked.meetings().size() >= 10, "meetings: " + linked.meetings().size());
        assertTrue(linked.participants().size() >= 40, "participants: " + linked.participants().size());
    }

    @Test
    void locatesQuotesInCodePointsOfTheOriginalText() {
        LinkedSeeds linked = SeedLinker.link(SeedParser.parse(FixtureSeeds.FIXTURE));
        linked.citations().forEach((citation, where) -> {
            String text = linked.documents().stream().filter(d -> d.slug().equals(where.documentSlug())).findFirst()
                    .orElseThrow().text().text();
            String slice = text.substring(text.offsetByCodePoints(0, where.start()), text.offsetByCodePoints(0, where.end()));
            assertEquals(citation.quote(), slice);
        });
    }

    @Test
    void fingerprintChangesWithAnySeedByte() throws Exception {
        Path dir = FixtureSeeds.copy();
        String before = SeedParser.fingerprint(dir);
        assertEquals(before, SeedParser.fingerprint(FixtureSeeds.copy()), "same seeds, same fingerprint");
        Files.writeString(dir.resolve("geneva.txt"), "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        assertTrue(!before.equals(SeedParser.fingerprint(dir)));
    }

    @Test
    void textWithoutAnnotationIsLoadedWithMinimalMetadataAndAWarning() throws Exception {
        Path dir = FixtureSeeds.copy();
        Files.writeString(dir.resolve("Late News_2016.txt"), "Kerry met Lavrov.", StandardCharsets.UTF_8);
        IngestReport report = new IngestReport();
        LinkedSeeds linked = SeedLinker.link(SeedParser.parse(dir, report), report);
        assertEquals(List.of(), report.errors());
        assertEquals(1, report.warnings().size());
        assertTrue(linked.documents().stream().anyMatch(d -> d.slug().equals("late-news-2016") && d.annotation() == null));
    }

    @Test
    void officeWithoutOrganizationIsAllowed() {
        Path dir = FixtureSeeds.copyWith(FixtureSeeds.ANNOTATIONS, "        of: russia\n", "");
        assertEquals(2, SeedLinker.link(SeedParser.parse(dir)).documents().size());
    }

    @Test
    void changedTextIsOneProblemNotOnePerCitation() {
        Path dir = FixtureSeeds.copyWith("geneva.txt", "early Friday", "late Friday");
        SeedException e = assertThrows(SeedException.class, () -> SeedLinker.link(SeedParser.parse(dir)));
        assertEquals(1, e.problems().size(), e.getMessage());
    }

    @Test
    void partOfCycleIsRejected() {
        Path dir = FixtureSeeds.copyWith(FixtureSeeds.ANNOTATIONS, "    date: \"2016-01\"\n",
                "    date: \"2016-01\"\n    partOf: geneva-2016-02-12\n");
        dir = FixtureSeeds.copyWith(dir, FixtureSeeds.ANNOTATIONS, "    date: \"2016-02-12\"\n    outcome:",
                "    date: \"2016-02-12\"\n    partOf: talks-2016-01\n    outcome:");
        Path broken = dir;
        SeedException e = assertThrows(SeedException.class, () -> SeedLinker.link(SeedParser.parse(broken)));
        assertTrue(e.getMessage().contains("partOf forms a cycle: talks-2016-01 → geneva-2016-02-12 → talks-2016-01"),
                e.getMessage());
    }

    /** Issue #13: an assessment is as of the publication date of its latest source. */
    @Test
    void datesEveryAssessmentByItsLatestSource() {
        LinkedSeeds linked = SeedLinker.link(SeedParser.parse(FixtureSeeds.FIXTURE));
        Annotations.Commitment truce = linked.commitments().get(0);
        assertEquals("2016-02-12", linked.asOf(truce.status().get(0)).value());
        assertEquals("2016-02-22", linked.asOf(truce.status().get(1)).value());
    }

    @Test
    void acceptsSourcesOfSeveralDatesWhenTheAssessmentDeclaresTheLatest() {
        Path dir = FixtureSeeds.copyWith(FixtureSeeds.ANNOTATIONS,
                "        note: \"The truce began on 20 February 2016\"\n        citations:\n",
                "        note: \"The truce agreed on 12 February began on 20 February 2016\"\n        asOf: \"2016-02-22\"\n"
                        + "        citations:\n          - doc: fixture-geneva\n"
                        + "            quote: \"They agreed to start a truce within two weeks\"\n");
        LinkedSeeds linked = SeedLinker.link(SeedParser.parse(dir));
        assertEquals("2016-02-22", linked.asOf(linked.commitments().get(0).status().get(1)).value());
    }

    /** Issue #13: a status may contradict its deadline's only with a note saying why, naming the deadline. */
    @Test
    void acceptsAContradictionBetweenCommitmentAndDeadlineThatTheNoteExplains() {
        Path dir = FixtureSeeds.copyWith(FixtureSeeds.ANNOTATIONS,
                "      - status: met\n        citations:\n          - doc: fixture-geneva-later\n"
                        + "            quote: \"began on February 20, 2016\"\n",
                "");
        FixtureSeeds.copyWith(dir, FixtureSeeds.ANNOTATIONS, "note: \"The truce began on 20 February 2016\"",
                "note: \"The truce began on 20 February 2016; no source assesses truce-within-two-weeks since\"");
        assertEquals(2, SeedLinker.link(SeedParser.parse(dir)).documents().size());
    }

    @Test
    void missingSeedDirectoryNamesTheSetting() {
        SeedException e = assertThrows(SeedException.class, () -> SeedParser.parse(Path.of("target", "no-such-seeds")));
        assertTrue(e.getMessage().contains("ceasefire.seeds.dir"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ceasefiredata.ceasefire.ingest.BadSeedCase#all")
    void rejectsBadSeedsNamingFileRecordAndReason(BadSeedCase bad) {
        Path dir = bad.makeDir();
        SeedException e = assertThrows(SeedException.class, () -> SeedLinker.link(SeedParser.parse(dir)));
        for (String expected : bad.expected()) {
            assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in:\n" + e.getMessage());
        }
    }
}
