package org.ceasefiredata.ceasefire.ingest.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The five seed news texts, read from {@code seeds/} relative to the build directory (or {@code -Dseeds.dir}). */
final class Seeds {

    static final String ISSG_EXPLAINER = "000_3b44d8aa9f8155de.txt";
    static final String MUNICH_AP = "001_788a293e6a4ee0f5.txt";
    static final String HANGZHOU_BLOOMBERG = "002_352580b83a2121e7.txt";
    static final String GENEVA_PREVIEW = "003_c63a09782cd3c549.txt";
    static final String GENEVA_AP = "004_86905691883c5ace.txt";

    static final List<String> ALL = List.of(ISSG_EXPLAINER, MUNICH_AP, HANGZHOU_BLOOMBERG, GENEVA_PREVIEW, GENEVA_AP);

    private Seeds() {
    }

    static String read(String name) {
        Path path = Path.of(System.getProperty("seeds.dir", "seeds"), name);
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed text " + path.toAbsolutePath(), e);
        }
    }
}
