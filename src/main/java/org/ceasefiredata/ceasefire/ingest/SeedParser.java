package org.ceasefiredata.ceasefire.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ceasefiredata.ceasefire.ingest.IngestReport.Stage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Reads a seed directory: the texts ({@code *.txt}) and the curated annotations ({@code annotations/*.yaml|yml|json}),
 * each annotation file validated against the JSON Schema before it is mapped. Pure: no database, no CDI.
 */
public final class SeedParser {

    /** Where the annotation schema lives on the class path. */
    public static final String SCHEMA = "schema/seed-annotations.schema.json";
    static final String ANNOTATIONS_DIR = "annotations";
    private static final Pattern RECORD_PATH = Pattern.compile("^\\$\\.(\\w+)\\[(\\d+)]");

    private static final JsonSchema SCHEMA_VALIDATOR = loadSchema();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SeedParser() {
    }

    /**
     * Reads and checks every seed file of {@code dir}.
     *
     * @throws SeedException listing every problem found (all files are read before it is thrown)
     */
    public static SeedSet parse(Path dir) {
        IngestReport report = new IngestReport();
        SeedSet set = parse(dir, report);
        report.throwIfErrors();
        return set;
    }

    /** As {@link #parse(Path)}, collecting problems (errors too) in {@code report} instead of throwing. */
    public static SeedSet parse(Path dir, IngestReport report) {
        requireDirectory(dir);
        // The fingerprint is taken from the very bytes parsed, so that the version recorded is the data loaded even
        // if a file is saved while the service starts.
        MessageDigest fingerprint = sha256();
        List<SeedText> texts = new ArrayList<>();
        for (Path file : list(dir, "*.txt")) {
            byte[] bytes = read(file);
            addToFingerprint(fingerprint, dir, file, bytes);
            try {
                String text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
                texts.add(new SeedText(file.getFileName().toString(), text, sha256(bytes)));
            } catch (CharacterCodingException e) {
                report.error(Stage.READ, file.getFileName().toString(), null, "not valid UTF-8 text");
            }
        }
        List<SeedSet.NamedFile> annotations = new ArrayList<>();
        Path annotationDir = dir.resolve(ANNOTATIONS_DIR);
        if (Files.isDirectory(annotationDir)) {
            for (Path file : list(annotationDir, "*.{yaml,yml,json}")) {
                byte[] bytes = read(file);
                addToFingerprint(fingerprint, dir, file, bytes);
                Annotations.File content = parseAnnotations(file, bytes, report);
                if (content != null) {
                    annotations.add(new SeedSet.NamedFile(ANNOTATIONS_DIR + "/" + file.getFileName(), content));
                }
            }
        }
        requireRecords(dir, texts, annotations, report);
        return new SeedSet(List.copyOf(texts), List.copyOf(annotations), HexFormat.of().formatHex(fingerprint.digest()));
    }

    /**
     * A corpus without a single curated record is refused like any other bad seed: loading it would replace the public
     * dataset with nothing, and an empty folder is far more likely a wrong mount or path than an intended dataset
     * (#11).
     */
    private static void requireRecords(Path dir, List<SeedText> texts, List<SeedSet.NamedFile> annotations,
            IngestReport report) {
        if (report.hasErrors()) {
            return;
        }
        long records = annotations.stream().map(SeedSet.NamedFile::content)
                .mapToLong(f -> f.documents().size() + f.participants().size() + f.meetings().size()
                        + f.commitments().size() + f.deadlines().size())
                .sum();
        if (records > 0) {
            return;
        }
        String found = texts.isEmpty() && annotations.isEmpty()
                ? "the folder holds no texts (*.txt) and no " + ANNOTATIONS_DIR + "/"
                : texts.size() + " text" + (texts.size() == 1 ? "" : "s") + " and " + annotations.size()
                        + " annotation file" + (annotations.size() == 1 ? "" : "s") + " but not one curated record";
        report.error(Stage.READ, dir.toAbsolutePath().normalize().toString(), null, found
                + ": loading it would empty the dataset. Check ceasefire.seeds.dir (CEASEFIRE_SEEDS_DIR) and the"
                + " folder mounted there");
    }

    /**
     * The dataset version: SHA-256 over the relative names and bytes of every seed file, in name order. Same seeds,
     * same fingerprint, on any machine.
     */
    public static String fingerprint(Path dir) {
        requireDirectory(dir);
        MessageDigest digest = sha256();
        List<Path> files = new ArrayList<>(list(dir, "*.txt"));
        Path annotationDir = dir.resolve(ANNOTATIONS_DIR);
        if (Files.isDirectory(annotationDir)) {
            files.addAll(list(annotationDir, "*.{yaml,yml,json}"));
        }
        for (Path file : files) {
            addToFingerprint(digest, dir, file, read(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void addToFingerprint(MessageDigest digest, Path dir, Path file, byte[] bytes) {
        digest.update(dir.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(sha256(bytes).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) 0);
    }

    static Annotations.File parseAnnotations(Path file, byte[] bytes, IngestReport report) {
        String name = ANNOTATIONS_DIR + "/" + file.getFileName();
        ObjectMapper mapper = file.getFileName().toString().endsWith(".json") ? JSON : YAML;
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? null
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            report.error(Stage.PARSE, name, where, "malformed " + (mapper == JSON ? "JSON" : "YAML") + ": "
                    + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            report.error(Stage.READ, name, null, "cannot be read: " + e.getMessage());
            return null;
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            report.warn(Stage.PARSE, name, null, "empty file");
            return new Annotations.File(null, null, null, null, null);
        }
        Set<ValidationMessage> violations = SCHEMA_VALIDATOR.validate(tree);
        if (!violations.isEmpty()) {
            violations.stream()
                    .sorted((a, b) -> a.getInstanceLocation().toString().compareTo(b.getInstanceLocation().toString()))
                    .forEach(v -> report.error(Stage.PARSE, name, record(tree, v.getInstanceLocation().toString()),
                            "schema violation: " + v.getMessage() + found(v.getInstanceNode())));
            return null;
        }
        try {
            return mapper.treeToValue(tree, Annotations.File.class);
        } catch (JsonProcessingException e) {
            report.error(Stage.PARSE, name, null, "cannot be mapped: " + e.getOriginalMessage());
            return null;
        }
    }

    /**
     * Names the record a JSON path points into by its slug where it has one: {@code meeting 'munich-2016'
     * ($.meetings[3].status)}.
     */
    private static String record(JsonNode tree, String path) {
        Matcher m = RECORD_PATH.matcher(path);
        if (!m.find()) {
            return path;
        }
        JsonNode slug = tree.path(m.group(1)).path(Integer.parseInt(m.group(2))).path("slug");
        String kind = m.group(1).endsWith("s") ? m.group(1).substring(0, m.group(1).length() - 1) : m.group(1);
        return slug.isTextual() ? kind + " '" + slug.asText() + "' (" + path + ")" : path;
    }

    /** The offending value, when it is short enough to quote. */
    private static String found(JsonNode value) {
        if (value == null || !value.isValueNode()) {
            return "";
        }
        String text = value.asText();
        return text.length() > 80 ? "" : " (found '" + text + "')";
    }

    private static void requireDirectory(Path dir) {
        if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
            throw new SeedException("The seed directory " + dir.toAbsolutePath()
                    + " does not exist or cannot be read; set ceasefire.seeds.dir (CEASEFIRE_SEEDS_DIR) to the folder that holds the texts and annotations/.");
        }
    }

    private static List<Path> list(Path dir, String glob) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> stream = Files.list(dir)) {
            var matcher = dir.getFileSystem().getPathMatcher("glob:" + glob);
            stream.filter(p -> Files.isRegularFile(p) && matcher.matches(p.getFileName()))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return files;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = SeedParser.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + SCHEMA);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
