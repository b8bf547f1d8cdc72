package org.ceasefiredata.ceasefire.graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.RecordType;
import org.ceasefiredata.ceasefire.search.SearchFilter;
import org.ceasefiredata.ceasefire.search.SearchRepository;
import org.ceasefiredata.ceasefire.search.TimelineFilter;
import org.ceasefiredata.ceasefire.search.TimelineRepository;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/** The timeline and full-text search, whose entries lead to the records themselves. */
@GraphQLApi
public class SearchGraphQL {

    /** Search's arguments as GraphQL names them, by the query layer's parameter names. */
    private static final Map<String, String> SEARCH_ARGUMENTS = Map.of("q", "query", "type", "types");

    @Inject
    TimelineRepository timeline;
    @Inject
    SearchRepository search;
    @Inject
    Assembler assembler;
    @Inject
    Context context;

    /** A dated record on the timeline. */
    @Type("TimelineEntry")
    @Description("A meeting, deadline or commitment placed on the timeline by its date window.")
    public record TimelineEntryNode(
            @Ignore LocalDate asOf,
            @Ignore Map<String, Object> related,
            @NonNull @Description("Kind of record.") RecordType type,
            @NonNull @Description("Slug of the record.") String slug,
            @NonNull @Description("Title, description or summary of the record.") String title,
            @NonNull @Description("The record's date window (for a deadline: when it falls due).") PartialDate date)
            implements
                GraphNode {
    }

    /** A search result. */
    @Type("SearchHit")
    @Description("A record or document matching a search, with a snippet where the matched words are wrapped in <mark>…</mark>.")
    public record SearchHitNode(
            @Ignore Map<String, Object> related,
            @NonNull @Description("Kind of record.") RecordType type,
            @NonNull @Description("Slug of the record.") String slug,
            @NonNull @Description("Title, name or summary of the record.") String title,
            @NonNull @Description("Text around the matched words, which are wrapped in <mark>…</mark>.") String snippet,
            @Description("Relevance; higher is better (PostgreSQL ts_rank_cd, title matches weigh most).") double rank)
            implements
                GraphNode {

        @Override
        public LocalDate asOf() {
            return null;
        }
    }

    @Query("timeline")
    @NonNull
    @Description("Meetings, deadlines and commitments in one chronological list, ordered by date window (first possible day, then last); undated records are left out. Pages forward with first/after, backward with last/before.")
    public Connection<TimelineEntryNode> timeline(@Description("Filters; all given must hold.") TimelineFilter filter,
            @Description(Ahead.FIRST) Integer first, @Description(Ahead.AFTER) String after,
            @Description(Ahead.LAST) Integer last, @Description(Ahead.BEFORE) String before) {
        return UserInputError.guard(() -> {
            TimelineFilter f = filter == null ? new TimelineFilter() : Ahead.filter(filter);
            LocalDate day = f.day();
            DataFetchingEnvironment env = env();
            return assembler.connection(
                    Connection.of(timeline.timeline(f, Ahead.page(first, after, last, before, null, List.of(), env)),
                            e -> new TimelineEntryNode(day, GraphNode.slots(), e.type(), e.slug(), e.title(), e.date())),
                    env, day);
        });
    }

    @Query("search")
    @NonNull
    @Description("Ranked full-text search over every record and document text (PostgreSQL web-search syntax: \"quoted phrase\", or, -word). Any name of a participant finds what involves it under another name. Each word also finds the words it begins, for typeahead ('Lavr' finds Lavrov, 'Serg' Sergey Lavrov); records with the whole words rank first.")
    public Connection<SearchHitNode> search(@NonNull @Description("The words to search for.") String query,
            @Description("Only these kinds of record.") List<RecordType> types,
            @Description("Only records whose date window ends on or after the first day of this date.") String from,
            @Description("Only records whose date window starts on or before the last day of this date.") String to,
            @DefaultValue("25") @Description("Page size, 1 to 100.") Integer first,
            @Description("Cursor after which to start (pageInfo.endCursor of the previous page).") String after) {
        return UserInputError.guard(() -> {
            DataFetchingEnvironment env = env();
            return assembler.connection(Connection.of(
                    search.search(SearchFilter.of(query, types, from, to),
                            Ahead.page(first, after, null, null, null, List.of(), env)),
                    h -> new SearchHitNode(GraphNode.slots(), h.type(), h.slug(), h.title(), h.snippet(), h.rank())), env,
                    null);
        }, name -> SEARCH_ARGUMENTS.getOrDefault(name, name));
    }

    @Name("record")
    @NonNull
    @Description("The record itself.")
    public TimelineRecord timelineRecord(@Source TimelineEntryNode entry) {
        return Ahead.value(entry, "record");
    }

    @Name("record")
    @NonNull
    @Description("The record or document itself.")
    public SearchRecord searchRecord(@Source SearchHitNode hit) {
        return Ahead.value(hit, "record");
    }

    private DataFetchingEnvironment env() {
        return context.unwrap(DataFetchingEnvironment.class);
    }
}
