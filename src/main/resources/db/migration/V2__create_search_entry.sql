-- Full-text search over every record and document text. Derived data, rewritten by every load.
-- 'names' holds every name of every participant a record involves (or a document mentions), so that a search for
-- one name of a participant ("Nusra Front") finds records that use another ("Jabhat al-Nusra").
create sequence search_entry_seq start with 1 increment by 50;
create table search_entry (
    id       bigint primary key,
    kind     text not null,
    slug     text not null,
    title    text not null,
    body     text not null,
    names    text not null,
    earliest date,
    latest   date,
    tsv      tsvector generated always as (
                 setweight(to_tsvector('english', title), 'A')
                 || setweight(to_tsvector('english', names), 'B')
                 || setweight(to_tsvector('english', body), 'C')) stored,
    constraint search_entry_unique unique (kind, slug)
);
create index search_entry_tsv on search_entry using gin (tsv);
