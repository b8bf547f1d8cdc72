package org.ceasefiredata.ceasefire.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The shipped corpus is the five source texts, byte for byte, under their original names. */
class SeedCorpusTest {

    /** SHA-256 of the texts as they were handed over (../shared/seeds/). */
    static final Map<String, String> EXPECTED = Map.of(
            "000_3b44d8aa9f8155de.txt", "380faccb7cc595e2acbd28b22bd522bbc1d7716c81cc3a0bbe90f51d97241a2d",
            "001_788a293e6a4ee0f5.txt", "552f5f65590a187d536dce7b24b10256d8c356b674dea9b495617feddd845ceb",
            "002_352580b83a2121e7.txt", "23cb0e3384b1f0938390bb8cabfabcdcd33ea7d0c853aafc72cd73057afe8c72",
            "003_c63a09782cd3c549.txt", "61254556b695e4ef7b80f427c5eff70cb8122c49e9a9e1e6c08cc98e142001a6",
            "004_86905691883c5ace.txt", "5e4585709c64042e907aabd16b4578414b1d4db7eebc9cbae7ca0539e51c11e4");

    @Test
    void seedTextsAreTheSourceTextsByteForByte() throws Exception {
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                actual.put(file.getFileName().toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        assertEquals(new TreeMap<>(EXPECTED), actual);
    }
}
