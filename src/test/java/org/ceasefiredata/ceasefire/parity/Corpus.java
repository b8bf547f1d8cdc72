package org.ceasefiredata.ceasefire.parity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the served dataset holds, read once over REST (as of today): the values the parity tests draw their filters
 * from (slugs, every name of every participant, kinds, statuses, places, dates, words) and the days on which the
 * answers change (the days the documents were certainly published by).
 */
final class Corpus {

    /** Each document's slug and the last day of its publication window (by then it had certainly appeared). */
    final Map<String, LocalDate> publishedBy;
    /** The distinct days on which a document's publication window ends: the days on which anything can change. */
    final List<String> changeDays;
    /** The change days and the day before each, in order. */
    final List<String> asOfDays;
    /** Dates at every precision the filters take: days, months, years and the curated expressions of the records. */
    final List<String> dates;

    final List<Map<String, Object>> documents;
    final List<Map<String, Object>> meetings;
    final List<Map<String, Object>> participants;
    final List<Map<String, Object>> commitments;
    final List<Map<String, Object>> deadlines;

    private Corpus() {
        documents = all("/api/v1/documents", null);
        meetings = all("/api/v1/meetings", "participants");
        participants = all("/api/v1/participants", "memberships");
        commitments = all("/api/v1/commitments", "history");
        deadlines = all("/api/v1/deadlines", "history");
        publishedBy = new LinkedHashMap<>();
        documents.forEach(d -> publishedBy.put(Apis.slug(d), LocalDate.parse(window(d, "published", "latest"))));
        changeDays = publishedBy.values().stream().distinct().sorted().map(LocalDate::toString).toList();
        TreeSet<String> days = new TreeSet<>(changeDays);
        changeDays.forEach(d -> days.add(LocalDate.parse(d).minusDays(1).toString()));
        asOfDays = List.copyOf(days);
        TreeSet<String> when = new TreeSet<>();
        Stream.of(window(meetings, "date"), window(commitments, "date"), window(deadlines, "due"),
                window(documents, "published"))
                .flatMap(List::stream).forEach(w -> {
                    String value = (String) w.get("value");
                    if (value != null && !value.contains("/")) {
                        when.add(value);
                    }
                    for (String end : List.of("earliest", "latest")) {
                        String day = (String) w.get(end);
                        when.add(day);
                        when.add(day.substring(0, 7));
                        when.add(day.substring(0, 4));
                    }
                });
        dates = List.copyOf(when);
    }

    static Corpus read() {
        return new Corpus();
    }

    /** A field of every record, without nulls, distinct and sorted. */
    /** No day (today, null), then {@code days}: the days a parity test asks every question on. */
    static List<String> noDayThen(List<String> days) {
        List<String> all = new java.util.ArrayList<>();
        all.add(null);
        all.addAll(days);
        return all;
    }

    static List<String> values(List<Map<String, Object>> records, String field) {
        return records.stream().map(r -> r.get(field)).filter(Objects::nonNull).map(Object::toString).distinct().sorted()
                .toList();
    }

    /** The slug of a record reference (or of a list of them) of every record. */
    static List<String> refs(List<Map<String, Object>> records, String field) {
        TreeSet<String> slugs = new TreeSet<>();
        for (Map<String, Object> r : records) {
            Object ref = r.get(field);
            if (ref instanceof Map<?, ?> m) {
                slugs.add((String) m.get("slug"));
            } else if (ref instanceof List<?> list) {
                list.forEach(x -> slugs.add((String) ((Map<?, ?>) x).get("slug")));
            }
        }
        return List.copyOf(slugs);
    }

    /** Every participant's slug and every name it goes by (preferred, alternative spellings, short names...). */
    List<String> participantRefs() {
        TreeSet<String> refs = new TreeSet<>(values(participants, "slug"));
        participants.forEach(p -> ((List<?>) p.get("names")).forEach(n -> refs.add((String) ((Map<?, ?>) n).get("name"))));
        return List.copyOf(refs);
    }

    /** These participants by slug and by every name they go by. */
    List<String> namesOf(List<String> slugs) {
        TreeSet<String> refs = new TreeSet<>(slugs);
        participants.stream().filter(p -> slugs.contains(Apis.slug(p))).forEach(p -> ((List<?>) p.get("names"))
                .forEach(n -> refs.add((String) ((Map<?, ?>) n).get("name"))));
        return List.copyOf(refs);
    }

    /** The groups participants belong to, by slug and by every name of the group. */
    List<String> groupRefs() {
        TreeSet<String> groups = new TreeSet<>();
        participants.forEach(p -> ((List<?>) p.get("memberships")).forEach(m -> groups
                .add((String) ((Map<?, ?>) ((Map<?, ?>) m).get("group")).get("slug"))));
        TreeSet<String> refs = new TreeSet<>(groups);
        participants.stream().filter(p -> groups.contains(Apis.slug(p))).forEach(p -> ((List<?>) p.get("names"))
                .forEach(n -> refs.add((String) ((Map<?, ?>) n).get("name"))));
        return List.copyOf(refs);
    }

    /** The statuses a record had at any time (its history), in wire spelling. */
    static List<String> statuses(List<Map<String, Object>> records) {
        TreeSet<String> statuses = new TreeSet<>(values(records, "status"));
        records.forEach(r -> ((List<?>) r.get("history")).forEach(h -> statuses.add((String) ((Map<?, ?>) h).get("status"))));
        return List.copyOf(statuses);
    }

    /** Words of four letters or more in the given fields, as written. */
    static List<String> words(List<Map<String, Object>> records, String... fields) {
        TreeSet<String> words = new TreeSet<>();
        for (Map<String, Object> r : records) {
            for (String field : fields) {
                Object text = r.get(field);
                if (text != null) {
                    for (String w : text.toString().split("[^\\p{L}]+")) {
                        if (w.length() >= 4) {
                            words.add(w);
                        }
                    }
                }
            }
        }
        return List.copyOf(words);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> window(List<Map<String, Object>> records, String field) {
        return records.stream().map(r -> (Map<String, Object>) r.get(field)).filter(Objects::nonNull).toList();
    }

    private static String window(Map<String, Object> record, String field, String end) {
        return (String) ((Map<?, ?>) record.get(field)).get(end);
    }

    private static List<Map<String, Object>> all(String path, String include) {
        List<Map<String, Object>> items = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("limit", Apis.PAGE);
        params.put("include", include);
        while (true) {
            Map<String, Object> page = Apis.getObject(path, params);
            items.addAll(Apis.at(page, "items"));
            if (page.get("next") == null) {
                return items;
            }
            params.put("cursor", page.get("next"));
        }
    }
}
