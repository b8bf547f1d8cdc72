package org.ceasefiredata.ceasefire.explorer;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.commitment.CommitmentRepository;
import org.ceasefiredata.ceasefire.commitment.DeadlineRepository;
import org.ceasefiredata.ceasefire.document.DocumentRepository;
import org.ceasefiredata.ceasefire.document.DocumentRow;
import org.ceasefiredata.ceasefire.kernel.DatasetVersion;
import org.ceasefiredata.ceasefire.kernel.DatePrecision;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.RecordType;
import org.ceasefiredata.ceasefire.meeting.MeetingRepository;
import org.ceasefiredata.ceasefire.participant.ParticipantRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;

/**
 * How to cite the dataset, any of its records, any source document and any quote: one CSL item per thing cited, written
 * as CSL-JSON (by citeproc-java's own serializer), BibTeX (by jbibtex's formatter), RIS, or formatted by citeproc-java
 * with the official CSL styles (APA, Chicago author-date).
 * <p>
 * A record is cited as an entry of the dataset (CSL type {@code dataset}, BibTeX {@code @misc}, RIS {@code DATA}): its
 * title, the dataset as container, the dataset version, the permalink and the day it was accessed (as known on a day,
 * that day is in the link and the note). A source document is cited as the news article it is, with its publication
 * date as precise as known (a season, a month part and an interval stay so); a quote adds its words and offsets.
 */
@ApplicationScoped
public class Citations {

    static final String DATASET_TITLE = "Syria ceasefire dataset: meetings, participants, commitments and deadlines of the 2015–2016 ceasefire process";

    @Inject
    MeetingRepository meetings;
    @Inject
    ParticipantRepository participants;
    @Inject
    CommitmentRepository commitments;
    @Inject
    DeadlineRepository deadlines;
    @Inject
    DocumentRepository documents;
    @Inject
    DatasetVersion version;

    @ConfigProperty(name = "ceasefire.cite.author", defaultValue = "Syria ceasefire dataset contributors")
    String author;
    @ConfigProperty(name = "ceasefire.cite.publisher", defaultValue = "ceasefiredata.org")
    String publisher;
    /** The year (or day) this version of the dataset was published: set it when releasing. */
    @ConfigProperty(name = "ceasefire.cite.issued", defaultValue = "2026")
    String issued;

    /** Formatted references by style and item (its CSL-JSON): formatting is the slow part, the data change rarely. */
    private final Cache<String, String> formatted = Caffeine.newBuilder().maximumSize(20_000).build();
    private final ConcurrentHashMap<String, Formatter> formatters = new ConcurrentHashMap<>();

    /** A reference to the dataset itself. */
    public CSLItemData dataset(String base) {
        return new CSLItemDataBuilder().id("ceasefire-dataset").type(CSLType.DATASET).title(DATASET_TITLE)
                .author(corporate(author)).publisher(publisher).version(datasetVersion()).issued(issuedDate())
                .accessed(today()).URL(base + "/").build();
    }

    /**
     * A reference to one record of the dataset, as known on {@code asOf} (null: as it stands), or empty when no such
     * record was known then.
     */
    public Optional<CSLItemData> record(RecordType type, String slug, LocalDate asOf, String base) {
        Optional<String[]> found = switch (type) {
            case MEETING -> meetings.bySlug(slug, asOf).map(m -> new String[]{m.title(), "Meeting record"});
            case PARTICIPANT -> participants.bySlug(slug, asOf).map(p -> new String[]{p.name(), "Participant record"});
            case COMMITMENT -> commitments.bySlug(slug, asOf)
                    .map(c -> new String[]{Headlines.headline(c.summary()), "Commitment record"});
            case DEADLINE -> deadlines.bySlug(slug, asOf)
                    .map(d -> new String[]{Headlines.headline(d.description()), "Deadline record"});
            case DOCUMENT -> Optional.empty();
        };
        if (type == RecordType.DOCUMENT) {
            return documents.bySlug(slug, asOf).map(d -> document(d, null, base, asOf));
        }
        return found.map(f -> {
            String link = base + Links.page(type, slug, asOf);
            CSLItemDataBuilder item = new CSLItemDataBuilder().id("ceasefire-" + type.wire() + "-" + slug)
                    .type(CSLType.DATASET).title(f[0]).genre(f[1]).containerTitle(DATASET_TITLE)
                    .author(corporate(author)).publisher(publisher).version(datasetVersion()).issued(issuedDate())
                    .accessed(today()).URL(link);
            if (asOf != null) {
                item.note("As known on " + asOf + ": only facts supported by sources published by then.");
            }
            return item.build();
        });
    }

    /**
     * A reference to a source document as the article it is; with a quote ({@code quote} non-null: its words,
     * {@code start} and {@code end} its code-point offsets) the reference carries the quote and points at it.
     */
    public CSLItemData document(DocumentRow d, QuoteRef quote, String base, LocalDate asOf) {
        String page = base + Links.page(RecordType.DOCUMENT, d.slug(), asOf)
                + (quote == null ? "" : "#q-" + quote.start() + "-" + quote.end());
        CSLItemDataBuilder item = new CSLItemDataBuilder()
                .id("ceasefire-document-" + d.slug() + (quote == null ? "" : "-" + quote.start() + "-" + quote.end()))
                .type(CSLType.ARTICLE_NEWSPAPER).title(d.title() == null ? d.slug() : d.title())
                .accessed(today());
        if (d.outlet() != null) {
            item.containerTitle(d.outlet());
        }
        if (d.agency() != null) {
            item.author(corporate(d.agency()));
        }
        if (d.published() != null) {
            item.issued(date(d.published()));
        }
        if (d.language() != null) {
            item.language(d.language());
        }
        item.URL(d.url() != null ? d.url() : page);
        List<String> note = new ArrayList<>();
        if (quote != null) {
            note.add("Quote: “" + quote.text() + "” (Unicode code points " + quote.start() + "–" + quote.end()
                    + " of the original text, SHA-256 " + d.sha256() + ").");
        }
        if (d.url() != null || quote != null) {
            note.add("Text and verified quotes: " + page);
        }
        if (!note.isEmpty()) {
            item.note(String.join(" ", note));
        }
        return item.build();
    }

    /** A quote of a document: its exact words and code-point offsets. */
    public record QuoteRef(String text, int start, int end) {
    }

    /** The reference in the given format. */
    public String render(CSLItemData item, CiteFormat format) {
        return switch (format) {
            case CSL_JSON -> cslJson(item);
            case BIBTEX -> bibtex(item);
            case RIS -> ris(item);
            case APA, CHICAGO -> formatted(item, format.style);
        };
    }

    /** CSL-JSON: an array with the one item. */
    public String cslJson(CSLItemData item) {
        return "[" + item.toJson(new StringJsonBuilderFactory().createJsonBuilder()) + "]";
    }

    /** A reference formatted as plain text by the CSL style (apa, chicago-author-date). */
    public String formatted(CSLItemData item, String style) {
        String key = style + "\n" + cslJson(item);
        return formatted.get(key, k -> formatters.computeIfAbsent(style, Formatter::new).format(item));
    }

    /**
     * One CSL processor per style, used by one request at a time: building one parses the style (hundreds of
     * milliseconds for APA), formatting one reference then takes a few.
     */
    private static final class Formatter implements ItemDataProvider {
        private final String style;
        private CSL csl;
        private CSLItemData current;

        Formatter(String style) {
            this.style = style;
        }

        synchronized String format(CSLItemData item) {
            try {
                if (csl == null) {
                    csl = new CSL(this, style);
                }
                current = item;
                csl.reset();
                csl.setOutputFormat("text");
                csl.registerCitationItems(item.getId());
                return csl.makeBibliography().getEntries()[0].trim();
            } catch (IOException e) {
                throw new IllegalStateException("CSL style " + style + " cannot be loaded", e);
            } finally {
                current = null;
            }
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return current != null && current.getId().equals(id) ? current : null;
        }

        @Override
        public java.util.Collection<String> getIds() {
            return current == null ? List.of() : List.of(current.getId());
        }
    }

    /** BibTeX: {@code @misc} for a dataset or record, {@code @article} for a news text; LaTeX specials escaped. */
    public String bibtex(CSLItemData item) {
        boolean article = item.getType() == CSLType.ARTICLE_NEWSPAPER;
        BibTeXEntry entry = new BibTeXEntry(article ? BibTeXEntry.TYPE_ARTICLE : BibTeXEntry.TYPE_MISC,
                new Key(item.getId()));
        field(entry, BibTeXEntry.KEY_TITLE, item.getTitle());
        if (item.getAuthor() != null && item.getAuthor().length > 0) {
            // A corporate author in double braces: BibTeX must not split it into given and family names.
            entry.addField(BibTeXEntry.KEY_AUTHOR, new StringValue("{" + latex(item.getAuthor()[0].getLiteral()) + "}",
                    StringValue.Style.BRACED));
        }
        if (article) {
            field(entry, BibTeXEntry.KEY_JOURNAL, item.getContainerTitle());
        } else {
            field(entry, new Key("howpublished"), item.getContainerTitle() == null
                    ? null
                    : item.getContainerTitle() + (item.getVersion() == null ? "" : ", version " + item.getVersion()));
            field(entry, BibTeXEntry.KEY_PUBLISHER, item.getPublisher());
            field(entry, new Key("version"), item.getVersion());
        }
        CSLDate date = item.getIssued();
        if (date != null && date.getDateParts() != null) {
            int[] first = date.getDateParts()[0];
            field(entry, BibTeXEntry.KEY_YEAR, Integer.toString(first[0]));
            if (first.length > 1 && date.getDateParts().length == 1) {
                field(entry, BibTeXEntry.KEY_MONTH, MONTHS[first[1] - 1]);
            }
            // biblatex reads the whole window, intervals included (ISO 8601 / EDTF).
            entry.addField(new Key("date"), new StringValue(edtf(date), StringValue.Style.BRACED));
        }
        if (item.getURL() != null) {
            // Not escaped: url fields are read verbatim (the url package).
            entry.addField(BibTeXEntry.KEY_URL, new StringValue(item.getURL(), StringValue.Style.BRACED));
        }
        if (item.getAccessed() != null) {
            entry.addField(new Key("urldate"), new StringValue(edtf(item.getAccessed()), StringValue.Style.BRACED));
        }
        field(entry, new Key("language"), item.getLanguage());
        field(entry, BibTeXEntry.KEY_NOTE, item.getNote());
        BibTeXDatabase database = new BibTeXDatabase();
        database.addObject(entry);
        StringWriter out = new StringWriter();
        try {
            new BibTeXFormatter().format(database, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
            "dec"};

    private static void field(BibTeXEntry entry, Key key, String value) {
        if (value != null) {
            entry.addField(key, new StringValue(latex(value), StringValue.Style.BRACED));
        }
    }

    /** LaTeX's special characters escaped, so that the value reads as written once typeset. */
    static String latex(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                // Typographic punctuation as LaTeX writes it, which 8-bit BibTeX and every LaTeX reader take.
                case '…' -> out.append("\\ldots{}");
                case '–' -> out.append("--");
                case '—' -> out.append("---");
                case '“' -> out.append("``");
                case '”' -> out.append("''");
                case '‘' -> out.append('`');
                case '’' -> out.append('\'');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * RIS (the format of the RIS specification, tags of two letters, CRLF lines): {@code DATA} for the dataset and its
     * records, {@code NEWS} for a news text.
     */
    public String ris(CSLItemData item) {
        StringBuilder out = new StringBuilder();
        boolean article = item.getType() == CSLType.ARTICLE_NEWSPAPER;
        tag(out, "TY", article ? "NEWS" : "DATA");
        tag(out, "ID", item.getId());
        tag(out, "TI", item.getTitle());
        if (item.getAuthor() != null) {
            for (CSLName name : item.getAuthor()) {
                tag(out, "AU", name.getLiteral());
            }
        }
        tag(out, "T2", item.getContainerTitle());
        CSLDate date = item.getIssued();
        if (date != null && date.getDateParts() != null) {
            int[] first = date.getDateParts()[0];
            tag(out, "PY", Integer.toString(first[0]));
            tag(out, "DA", ris(first));
        }
        tag(out, "PB", item.getPublisher());
        tag(out, "ET", item.getVersion());
        tag(out, "M3", item.getGenre());
        tag(out, "LA", item.getLanguage());
        tag(out, "UR", item.getURL());
        if (item.getAccessed() != null) {
            tag(out, "Y2", ris(item.getAccessed().getDateParts()[0]));
        }
        tag(out, "N1", item.getNote());
        out.append("ER  - \r\n");
        return out.toString();
    }

    private static void tag(StringBuilder out, String tag, String value) {
        if (value != null) {
            // One line per tag: RIS has no continuation lines.
            out.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ")).append("\r\n");
        }
    }

    /** RIS dates: YYYY/MM/DD/, unknown parts left empty. */
    private static String ris(int[] parts) {
        return parts[0] + "/" + (parts.length > 1 ? String.format("%02d", parts[1]) : "") + "/"
                + (parts.length > 2 ? String.format("%02d", parts[2]) : "") + "/";
    }

    /** A CSL date as ISO 8601 / EDTF: 2016, 2016-02, 2016-02-12, 2015-23 (fall), 2016-08-21/2016-08-31. */
    static String edtf(CSLDate date) {
        int[][] parts = date.getDateParts();
        String first = iso(parts[0]);
        if (parts.length > 1) {
            return first + "/" + iso(parts[1]);
        }
        if (date.getSeason() != null && parts[0].length == 1) {
            return first + "-" + (20 + Integer.parseInt(date.getSeason()));
        }
        return first;
    }

    private static String iso(int[] parts) {
        StringBuilder s = new StringBuilder(String.format("%04d", parts[0]));
        for (int i = 1; i < parts.length; i++) {
            s.append('-').append(String.format("%02d", parts[i]));
        }
        return s.toString();
    }

    /**
     * A partial date as CSL sees it: a day, a month or a year as date parts of that length; a season as its year with
     * the season (1 spring … 4 winter); a month part or an interval as a range of days.
     */
    static CSLDate date(PartialDate date) {
        LocalDate a = date.earliest();
        LocalDate b = date.latest();
        boolean interval = date.value().contains("/");
        if (!interval) {
            switch (date.precision()) {
                case DAY :
                    return new CSLDateBuilder().dateParts(a.getYear(), a.getMonthValue(), a.getDayOfMonth()).build();
                case MONTH :
                    return new CSLDateBuilder().dateParts(a.getYear(), a.getMonthValue()).build();
                case YEAR :
                    return new CSLDateBuilder().dateParts(a.getYear()).build();
                case SEASON :
                    int season = switch (a.getMonthValue()) {
                        case 3 -> 1;
                        case 6 -> 2;
                        case 9 -> 3;
                        default -> 4;
                    };
                    return new CSLDateBuilder().dateParts(a.getYear()).season(season).build();
                default :
                    break;
            }
        }
        if (date.precision() == DatePrecision.YEAR && a.getYear() != b.getYear()) {
            return new CSLDateBuilder().dateParts(new int[]{a.getYear()}, new int[]{b.getYear()}).build();
        }
        return new CSLDateBuilder().dateParts(new int[]{a.getYear(), a.getMonthValue(), a.getDayOfMonth()},
                new int[]{b.getYear(), b.getMonthValue(), b.getDayOfMonth()}).build();
    }

    private CSLDate issuedDate() {
        return date(PartialDate.parse(issued));
    }

    private String datasetVersion() {
        String v = version.get();
        return v == null ? "unversioned" : v;
    }

    private static CSLDate today() {
        LocalDate d = LocalDate.now(ZoneOffset.UTC);
        return new CSLDateBuilder().dateParts(d.getYear(), d.getMonthValue(), d.getDayOfMonth()).build();
    }

    private static CSLName corporate(String name) {
        return new CSLNameBuilder().literal(name).build();
    }
}
