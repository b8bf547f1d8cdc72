package org.ceasefiredata.ceasefire.export;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import io.quarkus.runtime.QuarkusApplication;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export --out DIR}: writes every export file into a folder and exits (0 on success, non-zero on failure). */
public class ExportCommand implements QuarkusApplication {

    @Inject
    ExportWriter writer;

    @Override
    public int run(String... args) {
        return new CommandLine(new Export(writer)).execute(args);
    }

    /** {@code --generated-at}: the same rule as {@code ?generatedAt=} ({@link GeneratedAt}). */
    static final class InstantInZipRange implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return GeneratedAt.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /**
     * Checks the arguments before anything starts: a usage error or a help request is answered at once, without
     * starting the database. Returns the exit code to stop with, or -1 to go on.
     */
    static int precheck(String... args) {
        CommandLine line = new CommandLine(new Export(null));
        try {
            line.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            line.getErr().println("export: " + e.getMessage());
            line.usage(line.getErr());
            return CommandLine.ExitCode.USAGE;
        }
        if (line.isUsageHelpRequested()) {
            line.usage(line.getOut());
            return CommandLine.ExitCode.OK;
        }
        return -1;
    }

    @Command(name = "export", description = "Writes the dataset exports into a folder: "
            + "dataset.json, dataset.schema.json, datapackage.json, schema.sql, datapackage.zip, and a CSV, an NDJSON "
            + "and a Parquet file per table (the folder is itself a Frictionless Data Package). The same files as "
            + "/api/v1/export.")
    static final class Export implements Callable<Integer> {

        private final ExportWriter writer;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder to write into "
                + "(created if missing; files of the same names are replaced).")
        Path out;

        @Option(names = "--generated-at", paramLabel = "INSTANT", converter = InstantInZipRange.class, description = "Generation "
                + "timestamp to write (ISO 8601, e.g. 2016-03-01T00:00:00Z, from 1980 to 2107), for byte-identical "
                + "files; default: now.")
        Instant generatedAt;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Export(ExportWriter writer) {
            this.writer = writer;
        }

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (writer.isLoading()) {
                err.println("export: the dataset is not loaded (check ceasefire.seeds.on-startup and the log above)");
                return 1;
            }
            Instant at = generatedAt == null ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : generatedAt;
            try {
                List<Path> files = writer.writeAll(out, at);
                spec.commandLine().getOut().printf("export: wrote %d files to %s (version %s)%n", files.size(),
                        out.toAbsolutePath().normalize(), writer.version());
                return 0;
            } catch (IOException e) {
                err.println("export: cannot write to " + out + ": " + e);
                return 1;
            } catch (UncheckedIOException e) {
                err.println("export: cannot write to " + out + ": " + e.getCause());
                return 1;
            } catch (IllegalStateException e) {
                // Reading the database or writing a Parquet file failed: the message says which.
                err.println("export: " + e.getMessage());
                return 1;
            }
        }
    }
}
