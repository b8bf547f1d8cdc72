package org.ceasefiredata.ceasefire.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged service started on a busy HTTP port stops with Quarkus's one clear message: no seed load cut short by
 * the shutdown, no stack trace (#11). An integration test: it runs the jar that package built.
 */
class BusyPortIT {

    @Test
    void aBusyHttpPortIsOneClearLine() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        assertTrue(Files.isRegularFile(jar), jar + " is missing: run package first");
        Path log = Path.of("target", "busy-port-it.log");
        try (ServerSocket taken = new ServerSocket(0);
                ServerSocket m = new ServerSocket(0);
                ServerSocket pg = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            int management = m.getLocalPort();
            int postgres = pg.getLocalPort();
            m.close();
            pg.close();
            Process service = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + management,
                    "-Dceasefire.embedded.port=" + postgres,
                    "-Dceasefire.embedded.data-dir=" + Path.of("target", "busy-port-pg").toAbsolutePath(),
                    "-Dquarkus.banner.enabled=false", "-jar", jar.toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean exited = service.waitFor(150, TimeUnit.SECONDS);
            if (!exited) {
                service.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(exited, "still running on a busy port:\n" + output);
            assertNotEquals(0, service.exitValue(), output);
            assertTrue(output.contains("Port " + port + " seems to be in use"), output);
            List<String> errors = output.lines().filter(l -> l.contains(" ERROR ")).toList();
            assertEquals(1, errors.size(), "one ERROR line, the port's:\n" + output);
            assertTrue(output.lines().noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by")),
                    "a stack trace was printed:\n" + output);
            assertTrue(output.lines().noneMatch(l -> l.contains("seeds:") && !l.contains(" INFO ")), output);
        }
    }
}
