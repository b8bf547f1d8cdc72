package org.ceasefiredata.ceasefire.export;

import java.util.Arrays;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point of the jar: {@code java -jar quarkus-run.jar} runs the service; {@code java -jar quarkus-run.jar
 * export --out DIR} writes the exports into a folder for pipelines, with the same code as the HTTP endpoints, without
 * opening an HTTP port, after loading the seeds.
 */
@QuarkusMain
public class CeasefireMain {

    public static void main(String... args) {
        acceptMalformedUris();
        if (args.length > 0 && args[0].equals("export")) {
            String[] options = Arrays.copyOfRange(args, 1, args.length);
            int early = ExportCommand.precheck(options);
            if (early >= 0) {
                System.exit(early);
            }
            // Set before Quarkus reads its configuration: no HTTP listener, and the seeds loaded before the export.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("ceasefire.seeds.background", "false");
            Quarkus.run(ExportCommand.class, options);
        } else {
            Quarkus.run(args);
        }
    }

    /**
     * Quarkus answers a URI that java.net.URI cannot parse ({@code q=%}) with an empty 400 before any route runs;
     * this lets such requests through to http/InputGuard, which refuses them with a problem body naming the
     * parameter (#11). Tests set the same property in the pom (surefire and failsafe).
     */
    static void acceptMalformedUris() {
        if (System.getProperty("vertx.disableURIValidation") == null) {
            System.setProperty("vertx.disableURIValidation", "true");
        }
    }
}
