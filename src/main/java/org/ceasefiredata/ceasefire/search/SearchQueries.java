package org.ceasefiredata.ceasefire.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.core.UriInfo;

import org.ceasefiredata.ceasefire.web.Cursor;
import org.ceasefiredata.ceasefire.web.ListRequest;
import org.ceasefiredata.ceasefire.web.Listing;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Ranked full-text search over every record and document text, with PostgreSQL's web-search syntax ("quoted
 * phrases", or, -excluded) and a GIN index. Any name of a participant finds what involves it under another name.
 */
public final class SearchQueries {

    public static final Set<String> FILTERS = Set.of("q", "type", "from", "to");
    static final Set<String> TYPES = Set.of("meeting", "participant", "commitment", "deadline", "document");

    private SearchQueries() {
    }

    public static ListRequest request(UriInfo uri) {
        return ListRequest.of(uri, FILTERS, List.of(), List.of(), Set.of());
    }

    public static Listing.Page<SearchHitView> search(ListRequest r) {
        String q = r.value("q");
        if (q == null) {
            r.reject("q", "is required: the words to search for (\"quoted phrase\", or, -word)");
        }
        List<String> types = r.values("type");
        types.stream().filter(t -> !TYPES.contains(t))
                .forEach(t -> r.reject("type", "unknown type '" + t + "'; allowed: " + String.join(", ", TYPES)));
        ListRequest.Range range = r.range();
        for (String unsupported : List.of("sort", "asOf", "include")) {
            if (r.has(unsupported)) {
                r.reject(unsupported, "is not supported by search (results are ranked by relevance)");
            }
        }
        r.validate();
        if (!hasSearchableWords(q)) {
            r.reject("q", "has no searchable words (only very common words such as 'the' or 'of')");
            r.validate();
        }
        String identity = r.identity();
        int offset = r.cursor() == null ? 0 : offset(Cursor.decode(r.cursor(), identity));

        StringBuilder where = new StringBuilder(" where s.tsv @@ websearch_to_tsquery('english', :q)");
        if (!types.isEmpty()) {
            where.append(" and s.kind in (:types)");
        }
        if (range.from() != null) {
            where.append(" and s.latest >= :from");
        }
        if (range.to() != null) {
            where.append(" and s.earliest <= :to");
        }
        String countSql = "select count(*) from search_entry s" + where;
        long total = Listing.cachedCount(countSql + "|" + q + "|" + types + "|" + range,
                () -> ((Number) bind(em().createNativeQuery(countSql), q, types, range).getSingleResult()).longValue());
        // The page is chosen first, then headlines are made for its rows only: ts_headline is the expensive part.
        Query page = bind(em().createNativeQuery("select s.kind, s.slug, s.title,"
                + " ts_headline('english', concat_ws(' — ', s.title, nullif(s.body, '')),"
                + " websearch_to_tsquery('english', :q), 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2,"
                + " FragmentDelimiter= … , MaxWords=30, MinWords=10'), p.rank"
                + " from (select s.id, ts_rank_cd(s.tsv, websearch_to_tsquery('english', :q)) as rank from search_entry s"
                + where + " order by rank desc, s.kind, s.slug limit :limit offset :offset) p"
                + " join search_entry s on s.id = p.id order by p.rank desc, s.kind, s.slug"), q, types, range)
                .setParameter("limit", r.limit() + 1)
                .setParameter("offset", offset);
        List<SearchHitView> hits = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        for (Object[] row : rows.subList(0, Math.min(rows.size(), r.limit()))) {
            String type = (String) row[0];
            hits.add(new SearchHitView(type, (String) row[1], (String) row[2], (String) row[3], ((Number) row[4]).doubleValue(),
                    "/api/v1/" + type + "s/" + row[1]));
        }
        String next = rows.size() > r.limit() ? position(offset + r.limit(), identity) : null;
        String prev = offset > 0 ? position(Math.max(0, offset - r.limit()), identity) : null;
        List<String> cursors = new ArrayList<>(hits.size());
        for (int i = 1; i <= hits.size(); i++) {
            cursors.add(position(offset + i, identity));
        }
        return new Listing.Page<>(hits, cursors, total, next, prev);
    }

    private static boolean hasSearchableWords(String q) {
        Object words = em().createNativeQuery("select numnode(websearch_to_tsquery('english', :q))").setParameter("q", q)
                .getSingleResult();
        return ((Number) words).intValue() > 0;
    }

    private static Query bind(Query query, String q, List<String> types, ListRequest.Range range) {
        query.setParameter("q", q);
        if (!types.isEmpty()) {
            query.setParameter("types", types);
        }
        if (range.from() != null) {
            query.setParameter("from", range.from());
        }
        if (range.to() != null) {
            query.setParameter("to", range.to());
        }
        return query;
    }

    /** Search results have no stable sort key to page on (ranks tie), so the cursor carries an offset. */
    private static String position(int offset, String identity) {
        return new Cursor(List.of(Integer.toString(offset)), 0, false, identity).encode();
    }

    private static int offset(Cursor cursor) {
        try {
            int offset = Integer.parseInt(cursor.values().get(0));
            if (offset >= 0) {
                return offset;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw new org.ceasefiredata.ceasefire.web.BadRequestProblem("Invalid cursor.",
                List.of(new org.ceasefiredata.ceasefire.web.Problem.Violation("cursor", "is damaged")));
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }

}
