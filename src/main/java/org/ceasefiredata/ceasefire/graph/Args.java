package org.ceasefiredata.ceasefire.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ceasefiredata.ceasefire.kernel.RecordType;
import org.ceasefiredata.ceasefire.kernel.Wire;
import org.ceasefiredata.ceasefire.web.ListRequest;
import org.ceasefiredata.ceasefire.web.Listing;
import org.ceasefiredata.ceasefire.web.SortField;
import org.ceasefiredata.ceasefire.web.SortKey;

/**
 * GraphQL arguments of a list as the parameters of the matching REST list, so that both are checked and filtered by
 * the same code ({@link ListRequest} and the features' {@code *Queries}): one meaning for every filter and for
 * {@code asOf}.
 */
public final class Args {

    private final Map<String, List<String>> params = new LinkedHashMap<>();

    private Args() {
    }

    /** The paging arguments of a connection: {@code first} (1 to 100) and {@code after}. */
    public static Args page(Integer first, String after) {
        Args args = new Args();
        args.put("limit", first == null ? null : first.toString());
        args.put("cursor", after);
        return args;
    }

    public Args put(String name, String value) {
        if (value != null) {
            params.put(name, List.of(value));
        }
        return this;
    }

    public Args put(String name, java.time.LocalDate value) {
        return put(name, value == null ? null : value.toString());
    }

    /** A multi-valued filter; enums are written as on the wire ({@code CO_CHAIR} → {@code co-chair}). */
    public Args put(String name, List<?> values) {
        if (values != null) {
            List<String> strings = new ArrayList<>(values.size());
            for (Object v : values) {
                strings.add(v instanceof RecordType t ? t.wire() : v instanceof Enum<?> e ? Wire.of(e) : String.valueOf(v));
            }
            // An empty list is passed on so that it is refused as the REST parameter would be ("is empty").
            params.put(name, List.of(String.join(",", strings)));
        }
        return this;
    }

    /** The request for the list named {@code list} (cursors of one list are refused by another). */
    public ListRequest request(String list, Set<String> filters, List<SortField> sort, List<SortKey> defaultSort) {
        return ListRequest.of(params, "graphql:" + list, filters, sort, defaultSort, Set.of());
    }

    /**
     * A root list as a connection: these arguments checked as the REST list's parameters, {@code page} read through
     * the list's query layer, its rows turned into nodes as of the request's day. Bad arguments are reported as
     * {@link UserInputError}s in GraphQL's names.
     */
    public <E, T> Connection<T> connection(String list, Set<String> filters, List<SortField> sort,
            List<SortKey> defaultSort, java.util.function.Function<ListRequest, Listing.Page<E>> page,
            java.util.function.BiFunction<List<E>, java.time.LocalDate, List<T>> nodes) {
        return UserInputError.guard(() -> {
            ListRequest r = request(list, filters, sort, defaultSort);
            return Connection.of(page.apply(r), rows -> nodes.apply(rows, r.asOf()));
        });
    }

    /** The day a single record is asked as of ({@code asOf} argument, any date precision), or null. */
    public static java.time.LocalDate asOf(String asOf) {
        return UserInputError.guard(() -> new Args().put("asOf", asOf)
                .request("record", Set.of(), List.of(), List.of()).validate().asOf());
    }

}
