package org.ceasefiredata.ceasefire.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

/** Copies of the tiny fixture corpus, one per test, that a test may break in one place. */
final class FixtureSeeds {

    static final Path FIXTURE = Path.of("src/test/resources/seeds/fixture");
    static final Path REAL = Path.of("seeds");
    static final String ANNOTATIONS = "annotations/fixture.yaml";

    private FixtureSeeds() {
    }

    /** A fresh copy of the fixture under target/, unique to the caller. */
    static Path copy() {
        Path target = Path.of("target", "seed-fixtures", UUID.randomUUID().toString());
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path source : files.toList()) {
                Path dest = target.resolve(FIXTURE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** A copy of the fixture with {@code from} replaced by {@code to} in one file (which must contain it). */
    static Path copyWith(String file, String from, String to) {
        return copyWith(copy(), file, from, to);
    }

    /** {@code dir} (a copy already) with {@code from} replaced by {@code to} in one of its files. */
    static Path copyWith(Path dir, String file, String from, String to) {
        Path path = dir.resolve(file);
        try {
            String content = Files.readString(path, StandardCharsets.UTF_8);
            if (!content.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain: " + from);
            }
            Files.writeString(path, content.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
