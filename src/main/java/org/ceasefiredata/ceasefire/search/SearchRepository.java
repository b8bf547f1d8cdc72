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
import org.ceasefiredata.ceasefire.paging.Words;

/**
 * Ranked full-text search over every record and document text, with PostgreSQL's web-search syntax ("quoted
 * phrases", or, -excluded) and a GIN index. Any name of a participant finds what involves it under another name. Words
 * match as prefixes too ("Lavr" finds Lavrov), by the one rule of {@link Words}; whole-word matches rank first.
 */
@ApplicationScoped
public class SearchRepository {

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

    @Inject
    Sql sql;
    @Inject
    Lists lists;
    @Inject
    Words words;

    /** One page of hits, most relevant first. Search results have no stable sort key (ranks tie): cursors carry offsets. */
    public Page<SearchHit> search(SearchFilter filter, PageRequest page) {
        SearchFilter.Checked f = filter.check();
        Words.Terms terms = words.of(f.q());
        if (terms.isEmpty()) {
            throw InvalidInput.of("q", "has no searchable words (only very common words such as 'the' or 'of')");
        }
        // The prefix query finds every whole-word match too; one GIN index scan answers it.
        Params params = new Params().bind("exact", terms.exact()).bind("prefix", terms.prefix());
        StringBuilder where = new StringBuilder(" where s.tsv @@ cast(:prefix as tsquery)");
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
        // Ranked: records matching the words whole first, then those matching only by prefix; each by rank.
        List<SearchHit> rows = sql.list("select s.kind, s.slug, s.title,"
                + " ts_headline('english', concat_ws(' — ', s.title, nullif(s.body, '')),"
                + " cast(:prefix as tsquery), 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2,"
                + " FragmentDelimiter= … , MaxWords=30, MinWords=10') as snippet, p.rank"
                + " from (select s.id, s.tsv @@ cast(:exact as tsquery) as whole,"
                + " ts_rank_cd(s.tsv, cast(:prefix as tsquery)) as rank from search_entry s"
                + where + " order by whole desc, rank desc, s.kind, s.slug limit :limit offset :offset) p"
                + " join search_entry s on s.id = p.id order by p.whole desc, p.rank desc, s.kind, s.slug", params,
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
     * {@code prefix} (letters and digits; at most six words) must begin a word of the record, by the rule of
     * {@link Words} that the search uses, best matches first, at most {@code limit}. Nothing to match (no letters or
     * digits, or only very common words) gives no hits.
     */
    public List<SearchHit> suggest(String prefix, int limit) {
        List<String> typed = new ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(prefix == null ? "" : prefix);
        while (m.find() && typed.size() < 6) {
            typed.add(m.group());
        }
        Words.Terms terms = typed.isEmpty() ? null : words.of(String.join(" ", typed));
        if (terms == null || terms.isEmpty()) {
            return List.of();
        }
        Params params = new Params().bind("q", terms.prefix()).bind("limit", Math.max(1, Math.min(limit, 20)));
        // Records whose own title (a name) holds the words come first, shortest first; then the rest by rank.
        return sql.list("select s.kind, s.slug, s.title, ts_rank_cd(s.tsv, q) as rank,"
                + " ts_rank_cd(to_tsvector('english', s.title), q, 2) as title_rank"
                + " from search_entry s, cast(:q as tsquery) q where s.tsv @@ q"
                + " order by title_rank desc, rank desc, s.kind, s.slug limit :limit", params,
                r -> new SearchHit(RecordType.ofWire(r.text("kind")), r.text("slug"), r.text("title"), null,
                        r.decimal("rank")));
    }
}
