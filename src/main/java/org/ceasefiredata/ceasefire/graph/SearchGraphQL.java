package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.RecordType;
import org.ceasefiredata.ceasefire.search.SearchQueries;
import org.ceasefiredata.ceasefire.search.TimelineQueries;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

import io.quarkus.hibernate.orm.panache.Panache;

/** The timeline and full-text search, whose entries lead to the records themselves. */
@GraphQLApi
public class SearchGraphQL {

    /** Filters of the timeline, as in {@code GET /api/v1/timeline}. */
    @Input("TimelineFilter")
    @Description("Filters of the timeline; all given filters must hold.")
    public record TimelineFilter(
            @Description("Entries whose date window ends on or after the first day of this date (2016, 2016-02, 2016-02-12, 2015-fall).") String from,
            @Description("Entries whose date window starts on or before the last day of this date.") String to,
            @Description("Involving any of these participants (slug or any name).") List<String> participant,
            @Description("Only these kinds of record (MEETING, DEADLINE, COMMITMENT).") List<RecordType> type,
            @Description("Only what sources published by this day support, with statuses as assessed then (any date precision: its last day counts).") String asOf) {
    }

    /** A dated record on the timeline. */
    @Type("TimelineEntry")
    @Description("A meeting, deadline or commitment placed on the timeline by its date window.")
    public record TimelineEntryNode(
            @Ignore LocalDate asOf,
            @NonNull @Description("Kind of record.") RecordType type,
            @NonNull @Description("Slug of the record.") String slug,
            @NonNull @Description("Title, description or summary of the record.") String title,
            @NonNull @Description("The record's date window (for a deadline: when it falls due).") PartialDate date) {
    }

    /** A search result. */
    @Type("SearchHit")
    @Description("A record or document matching a search, with a snippet where the matched words are wrapped in <mark>…</mark>.")
    public record SearchHitNode(
            @NonNull @Description("Kind of record.") RecordType type,
            @NonNull @Description("Slug of the record.") String slug,
            @NonNull @Description("Title, name or summary of the record.") String title,
            @NonNull @Description("Text around the matched words, which are wrapped in <mark>…</mark>.") String snippet,
            @Description("Relevance; higher is better (PostgreSQL ts_rank_cd, title matches weigh most).") double rank) {
    }

    @Query("timeline")
    @NonNull
    @Description("Meetings, deadlines and commitments in one chronological list, ordered by date window (first possible day, then last); undated records are left out.")
    public Connection<TimelineEntryNode> timeline(@Description("Filters; all given must hold.") TimelineFilter filter,
            @DefaultValue("25") @Description("Page size, 1 to 100.") Integer first,
            @Description("Cursor after which to start (pageInfo.endCursor of the previous page).") String after) {
        TimelineFilter f = filter == null ? new TimelineFilter(null, null, null, null, null) : filter;
        Args args = Args.page(first, after).put("from", f.from()).put("to", f.to()).put("participant", f.participant())
                .put("type", f.type()).put("asOf", f.asOf());
        return args.connection("timeline", TimelineQueries.FILTERS, List.of(), List.of(), TimelineQueries::timeline,
                (rows, day) -> rows.stream().map(e -> new TimelineEntryNode(day, RecordType.ofWire(e.type()), e.slug(),
                        e.title(), e.date())).toList());
    }

    @Query("search")
    @NonNull
    @Description("Ranked full-text search over every record and document text (PostgreSQL web-search syntax: \"quoted phrase\", or, -word). Any name of a participant finds what involves it under another name.")
    public Connection<SearchHitNode> search(@NonNull @Description("The words to search for.") String query,
            @Description("Only these kinds of record.") List<RecordType> types,
            @Description("Only records whose date window ends on or after the first day of this date.") String from,
            @Description("Only records whose date window starts on or before the last day of this date.") String to,
            @DefaultValue("25") @Description("Page size, 1 to 100.") Integer first,
            @Description("Cursor after which to start (pageInfo.endCursor of the previous page).") String after) {
        Args args = Args.page(first, after).put("q", query).put("type", types).put("from", from).put("to", to);
        return args.connection("search", SearchQueries.FILTERS, List.of(), List.of(), SearchQueries::search,
                (rows, day) -> rows.stream().map(h -> new SearchHitNode(RecordType.ofWire(h.type()), h.slug(), h.title(),
                        h.snippet(), h.rank())).toList());
    }

    @Name("record")
    @NonNull
    @Description("The record itself.")
    public List<TimelineRecord> timelineRecord(@Source List<TimelineEntryNode> entries) {
        return Batch.of(entries, e -> e.type().wire() + ":" + e.slug(), TimelineEntryNode::asOf,
                (keys, day) -> records(keys, day, TimelineRecord.class), null);
    }

    @Name("record")
    @NonNull
    @Description("The record or document itself.")
    public List<SearchRecord> searchRecord(@Source List<SearchHitNode> hits) {
        return Batch.of(hits, h -> h.type().wire() + ":" + h.slug(), h -> null,
                (keys, day) -> records(keys, day, SearchRecord.class), null);
    }

    private static final Map<RecordType, String> ENTITIES = Map.of(RecordType.MEETING, "Meeting", RecordType.PARTICIPANT,
            "Participant", RecordType.COMMITMENT, "Commitment", RecordType.DEADLINE, "Deadline", RecordType.DOCUMENT,
            "SourceDocument");

    private static final Map<RecordType, BiFunction<Collection<Long>, LocalDate, Map<Long, ?>>> LOADERS = Map.of(
            RecordType.MEETING, MeetingGraphQL::byId, RecordType.PARTICIPANT, ParticipantGraphQL::byId,
            RecordType.COMMITMENT, CommitmentGraphQL::byId, RecordType.DEADLINE, DeadlineGraphQL::byId,
            RecordType.DOCUMENT, SourceGraphQL::byId);

    /** Records by "type:slug" key, loaded with one query (and the loader's) per type. */
    private static <T> Map<String, T> records(List<String> keys, LocalDate asOf, Class<T> kind) {
        Map<RecordType, List<String>> slugs = new LinkedHashMap<>();
        for (String key : keys) {
            int colon = key.indexOf(':');
            slugs.computeIfAbsent(RecordType.ofWire(key.substring(0, colon)), t -> new ArrayList<>())
                    .add(key.substring(colon + 1));
        }
        Map<String, T> found = new LinkedHashMap<>();
        slugs.forEach((type, list) -> {
            Map<Long, String> ids = new LinkedHashMap<>();
            Panache.getEntityManager().createQuery("select e.id, e.slug from " + ENTITIES.get(type)
                    + " e where e.slug in :slugs", Object[].class).setParameter("slugs", list).getResultList()
                    .forEach(r -> ids.put((Long) r[0], (String) r[1]));
            LOADERS.get(type).apply(ids.keySet(), asOf)
                    .forEach((id, node) -> found.put(type.wire() + ":" + ids.get(id), kind.cast(node)));
        });
        return found;
    }

}
