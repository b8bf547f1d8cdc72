package org.ceasefiredata.ceasefire.search;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ceasefiredata.ceasefire.kernel.InvalidInput;
import org.ceasefiredata.ceasefire.kernel.RecordType;
import org.ceasefiredata.ceasefire.paging.Cursor;
import org.ceasefiredata.ceasefire.paging.Lists;
import org.ceasefiredata.ceasefire.paging.Page;
import org.ceasefiredata.ceasefire.paging.PageRequest;
import org.ceasefiredata.ceasefire.paging.Params;
import org.ceasefiredata.ceasefire.paging.Sql;

/**
 * Ranked full-text search over every record and document text, with PostgreSQL's web-search syntax ("quoted
 * phrases", or, -excluded) and a GIN index. Any name of a participant finds what involves it under another name.
 */
@ApplicationScoped
public class SearchRepository {

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

    @Inject
    Sql sql;
    @Inject
    Lists lists;

    /** One page of hits, most relevant first. Search results have no stable sort key (ranks tie): cursors carry offsets. */
    public Page<SearchHit> search(SearchFilter filter, PageRequest page) {
        SearchFilter.Checked f = filter.check();
        if (!hasSearchableWords(f.q())) {
            throw InvalidInput.of("q", "has no searchable words (only very common words such as 'the' or 'of')");
        }
        Params params = new Params().bind("q", f.q());
        StringBuilder where = new StringBuilder(" where s.tsv @@ websearch_to_tsquery('english', :q)");
        if (f.type() != null) {
            where.append(" and s.kind = any(:types)");
            params.bind("types", f.type().stream().map(RecordType::wire).toList());
        }
        if (f.from() != null) {
            where.append(" and s.latest >= :from");
            params.bind("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and s.earliest <= :to");
            params.bind("to", f.to());
        }
        String identity = Cursor.identity("search|" + where + "|" + params);
        int offset = page.cursor() == null
                ? 0
                : offset(Cursor.decode(page.cursor(), identity, page.cursorName()),
                        page.cursorName());
        String countSql = "select count(*) as n from search_entry s" + where;
        Long total = page.total() ? lists.memo(countSql + "|" + params, () -> sql.number(countSql, params)) : null;
        // The page is chosen first, then headlines are made for its rows only: ts_headline is the expensive part.
        params.bind("limit", page.limit() + 1).bind("offset", offset);
        List<SearchHit> rows = sql.list("select s.kind, s.slug, s.title,"
                + " ts_headline('english', concat_ws(' — ', s.title, nullif(s.body, '')),"
                + " websearch_to_tsquery('english', :q), 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2,"
                + " FragmentDelimiter= … , MaxWords=30, MinWords=10') as snippet, p.rank"
                + " from (select s.id, ts_rank_cd(s.tsv, websearch_to_tsquery('english', :q)) as rank from search_entry s"
                + where + " order by rank desc, s.kind, s.slug limit :limit offset :offset) p"
                + " join search_entry s on s.id = p.id order by p.rank desc, s.kind, s.slug", params,
                r -> new SearchHit(RecordType.ofWire(r.text("kind")), r.text("slug"), r.text("title"), r.text("snippet"),
                        r.decimal("rank")));
        List<SearchHit> hits = rows.subList(0, Math.min(rows.size(), page.limit()));
        String next = rows.size() > page.limit() ? position(offset + page.limit(), identity) : null;
        String prev = offset > 0 ? position(Math.max(0, offset - page.limit()), identity) : null;
        List<String> cursors = new ArrayList<>(hits.size());
        for (int i = 1; i <= hits.size(); i++) {
            cursors.add(position(offset + i, identity));
        }
        return new Page<>(List.copyOf(hits), cursors, total, next, prev);
    }

    private boolean hasSearchableWords(String q) {
        return lists.memo("searchable|" + q, () -> sql.number("select numnode(websearch_to_tsquery('english', :q)) as n",
                new Params().bind("q", q)) > 0);
    }

    private static String position(int offset, String identity) {
        return new Cursor(List.of(Integer.toString(offset)), 0, false, identity).encode();
    }

    private static int offset(Cursor cursor, String parameter) {
        try {
            int offset = Integer.parseInt(cursor.values().get(0));
            if (offset >= 0) {
                return offset;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw InvalidInput.of(parameter, "is damaged (use the one a previous page gave, unchanged)");
    }

    /**
     * Records whose words start with what was typed so far, for a search box's typeahead: every word of
     * {@code prefix} (letters and digits; at most six words) must begin a word of the record (English stemming, as
     * the search), best matches first, at most {@code limit}. Nothing to match (no letters or digits) gives no hits.
     */
    public List<SearchHit> suggest(String prefix, int limit) {
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(prefix == null ? "" : prefix);
        while (m.find() && words.size() < 6) {
            words.add(m.group().toLowerCase(java.util.Locale.ROOT) + ":*");
        }
        if (words.isEmpty()) {
            return List.of();
        }
        Params params = new Params().bind("q", String.join(" & ", words)).bind("limit", Math.max(1, Math.min(limit, 20)));
        // Records whose own title (a name) holds the words come first, shortest first; then the rest by rank.
        return sql.list("select s.kind, s.slug, s.title, ts_rank_cd(s.tsv, q) as rank,"
                + " ts_rank_cd(to_tsvector('english', s.title), q, 2) as title_rank"
                + " from search_entry s, to_tsquery('english', :q) q where s.tsv @@ q"
                + " order by title_rank desc, rank desc, s.kind, s.slug limit :limit", params,
                r -> new SearchHit(RecordType.ofWire(r.text("kind")), r.text("slug"), r.text("title"), null,
                        r.decimal("rank")));
    }
}
