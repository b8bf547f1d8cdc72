package org.ceasefiredata.ceasefire.db;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** When the embedded server cannot start, the error says why and how to use another PostgreSQL. */
class EmbeddedPostgresServerTest {

    @Test
    void unusableDataDirectoryFailsWithAMessageNamingTheAlternatives() throws Exception {
        Path notADirectory = Path.of("target", "not-a-data-dir");
        Files.createDirectories(notADirectory.getParent());
        Files.writeString(notADirectory, "a file where the data directory should be");
        EmbeddedPostgresUnavailableException e = assertThrows(EmbeddedPostgresUnavailableException.class,
                () -> EmbeddedPostgresServer.launch(new EmbeddedPostgresSettings(notADirectory.toString(), 15499, "x")));
        assertTrue(e.getMessage().contains("could not start"), e.getMessage());
        assertTrue(e.getMessage().contains("not-a-data-dir"), e.getMessage());
        assertTrue(e.getMessage().contains("QUARKUS_DATASOURCE_JDBC_URL"), e.getMessage());
        assertTrue(e.getMessage().contains("QUARKUS_DATASOURCE_USERNAME"), e.getMessage());
    }
}
