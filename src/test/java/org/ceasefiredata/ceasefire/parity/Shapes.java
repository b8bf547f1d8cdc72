package org.ceasefiredata.ceasefire.parity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of a REST view and of a GraphQL object that must agree, put in one comparable form: a citation as
 * {@code document@start-end}, its clean quote with its offsets in the cleaned text, its segment kind and its document's
 * agency; a reference as its slug, an enumeration value in wire spelling ({@code partly-kept} whether REST said
 * {@code partly-kept} or GraphQL {@code PARTLY_KEPT}); a date as its value and window.
 */
final class Shapes {

    private Shapes() {
    }

    /** {@code PARTLY_KEPT} and {@code partly-kept} → {@code partly-kept}. */
    static String wire(Object value) {
        return value == null ? null : value.toString().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code partly-kept} → {@code PARTLY_KEPT}. */
    static String constant(String wire) {
        return wire.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    static List<?> list(Map<?, ?> object, String field) {
        Object value = object.get(field);
        return value == null ? List.of() : (List<?>) value;
    }

    /** The slug of a reference (REST {@code RecordRef}, GraphQL {@code {slug}}), or a plain slug. */
    static String slug(Object ref) {
        if (ref == null) {
            return null;
        }
        return ref instanceof Map<?, ?> m ? (String) m.get("slug") : ref.toString();
    }

    static List<String> slugs(Map<?, ?> object, String field) {
        return list(object, field).stream().map(Shapes::slug).toList();
    }

    /** The same slugs, each once, in order of first appearance. */
    static List<String> distinct(List<String> slugs) {
        return List.copyOf(new LinkedHashSet<>(slugs));
    }

    /** The citations of an object as {@code document@start-end}: which quotes, whatever else is asked of them. */
    static List<String> citations(Map<?, ?> object) {
        return list(object, "citations").stream().map(c -> {
            Map<?, ?> citation = (Map<?, ?>) c;
            return slug(citation.get("document")) + "@" + citation.get("start") + "-" + citation.get("end");
        }).toList();
    }

    /**
     * The citations of an object in full: which quotes, each with its clean quote and offsets in the cleaned text, its
     * segment kind and its document's agency.
     */
    static List<String> evidence(Map<?, ?> object) {
        List<String> cites = new ArrayList<>();
        for (Object c : list(object, "citations")) {
            Map<?, ?> citation = (Map<?, ?>) c;
            // REST carries the document's agency on the citation, GraphQL on the citation's document.
            Object agency = citation.containsKey("agency")
                    ? citation.get("agency")
                    : ((Map<?, ?>) citation.get("document")).get("agency");
            cites.add(slug(citation.get("document")) + "@" + citation.get("start") + "-" + citation.get("end") + " clean "
                    + citation.get("cleanStart") + "-" + citation.get("cleanEnd") + " in " + wire(citation.get("segmentKind"))
                    + " '" + citation.get("cleanQuote") + "' agency " + agency);
        }
        return cites;
    }

    static List<String> claims(Map<?, ?> object) {
        return list(object, "claims").stream()
                .map(c -> ((Map<?, ?>) c).get("about") + "=" + ((Map<?, ?>) c).get("value") + " ("
                        + wire(((Map<?, ?>) c).get("basis")) + ") " + evidence((Map<?, ?>) c))
                .toList();
    }

    /** A status history as status, note and which quotes: what identifies each assessment. */
    static List<String> history(Map<?, ?> object) {
        return list(object, "history").stream().map(h -> {
            Map<?, ?> entry = (Map<?, ?>) h;
            return wire(entry.get("status")) + " (" + entry.get("note") + ") " + citations(entry);
        }).toList();
    }

    /** A status history in full: each assessment also with the day it is as of, its basis and its full evidence. */
    static List<String> assessments(Map<?, ?> object) {
        return list(object, "history").stream().map(h -> {
            Map<?, ?> entry = (Map<?, ?>) h;
            return wire(entry.get("status")) + " (" + entry.get("note") + ") as of " + date(entry.get("asOf")) + " ("
                    + wire(entry.get("basis")) + ") " + evidence(entry);
        }).toList();
    }

    /** A {@code PartialDate} (a map in both APIs) as {@code value [earliest..latest] precision}. */
    static String date(Object date) {
        if (date == null) {
            return null;
        }
        Map<?, ?> d = (Map<?, ?>) date;
        return d.get("value") + " [" + d.get("earliest") + ".." + d.get("latest") + "] " + wire(d.get("precision"));
    }

    /** Each element of a list field as the given parts, joined: e.g. a membership's role, group and citations. */
    static List<String> each(Map<?, ?> object, String field, java.util.function.Function<Map<?, ?>, String> shape) {
        return list(object, field).stream().map(x -> shape.apply((Map<?, ?>) x)).toList();
    }
}
