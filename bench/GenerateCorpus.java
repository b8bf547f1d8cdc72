import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic seed corpus for load benchmarks: N texts of about 4 KB each, built from sentences that name
 * participants and dates the way the real texts do, plus minimal metadata (slug, file, publication date) and the real
 * participant annotations, so that mention extraction has real work to do.
 *
 * Usage: java bench/GenerateCorpus.java OUT_DIR [COUNT=1000] [SEED=42]
 */
public class GenerateCorpus {

    static final List<String> ACTORS = List.of("John Kerry", "Sergey Lavrov", "Sergei Lavrov", "Staffan de Mistura",
            "the U.S.", "Russia", "the ISSG", "the UN Security Council", "Iran", "Turkey", "Saudi Arabia",
            "the Syrian government", "the Nusra Front", "Jabhat al-Nusra", "Islamic State", "Barack Obama",
            "Vladimir Putin", "the Arab League", "Jordan", "Qatar", "France", "the EU", "China");
    static final List<String> PLACES = List.of("Geneva", "Vienna", "Munich", "Moscow", "Hangzhou", "New York", "Lausanne");
    static final List<String> DATES = List.of("on Friday", "early Sunday", "this week", "last month", "within six months",
            "within 18 months", "by Feb. 25", "before August 1", "in the fall of 2015", "in January 2016", "on March 1",
            "in the coming week", "late August", "on 27 February 2016", "next month", "a week ago");
    static final List<String> TEMPLATES = List.of(
            "%s and %s met in %s %s to discuss a cessation of hostilities.",
            "Officials said %s pressed %s for a ceasefire in %s %s, but no deal was reached.",
            "%s told reporters that %s had agreed to resume talks in %s %s.",
            "According to %s, %s would join a task force in %s that is due to report %s.",
            "%s accused %s of violating the truce near %s %s.",
            "Diplomats from %s and %s gathered in %s %s for another round of talks.");

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "bench/out/corpus");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 42);
        Path annotations = out.resolve("annotations");
        Files.createDirectories(annotations);
        StringBuilder documents = new StringBuilder("# Synthetic corpus: minimal metadata only.\ndocuments:\n");
        LocalDate first = LocalDate.of(2015, 10, 1);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder(4200);
            text.append("Synthetic report ").append(i).append("\n\n");
            while (text.length() < 4000) {
                String template = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
                String sentence = String.format(template, pick(ACTORS, random), pick(ACTORS, random),
                        pick(PLACES, random), pick(DATES, random));
                text.append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1, sentence.length());
                text.append(random.nextInt(5) == 0 ? "\n\n" : " ");
            }
            String file = String.format("synthetic_%05d.txt", i);
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(out.resolve(file), bytes);
            documents.append("  - slug: synthetic-").append(String.format("%05d", i)).append('\n')
                    .append("    file: ").append(file).append('\n')
                    .append("    sha256: ").append(sha256(bytes)).append('\n')
                    .append("    published: \"").append(first.plusDays(i % 400)).append("\"\n");
        }
        Files.writeString(annotations.resolve("documents.yaml"), documents.toString(), StandardCharsets.UTF_8);
        // Participants (and their citations) need the real texts they quote: ship those and the curated files too.
        Path seeds = Path.of("seeds");
        try (var texts = Files.list(seeds)) {
            for (Path t : texts.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(t, out.resolve(t.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        String realDocuments = Files.readString(seeds.resolve("annotations/documents.yaml"));
        Files.writeString(annotations.resolve("real-documents.yaml"), realDocuments, StandardCharsets.UTF_8);
        Files.copy(seeds.resolve("annotations/participants.yaml"), annotations.resolve("participants.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        System.out.println("wrote " + count + " synthetic texts (+5 real) to " + out);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
