-- Issue #13. Citations keep their verbatim quote and original offsets, and add the quote as a reader sees it: taken
-- from the cleaned text (markdown link residue such as '[ISIS](#)' reduced to its words, run-together sentences
-- separated, quotes straightened), with its offsets there; or, for a quote in a set-apart segment (caption, teaser,
-- photo credit), from that segment cleaned the same way, with no cleaned offsets and the segment's kind.
alter table citation add column clean_quote text;
-- Until the next load rewrites every citation (the loader version is bumped), the verbatim quote stands in.
update citation set clean_quote = quote;
alter table citation alter column clean_quote set not null;
alter table citation add column clean_start_offset integer;
alter table citation add column clean_end_offset integer;
alter table citation add column segment_kind text;
alter table citation add constraint citation_clean_range
    check ((clean_start_offset is null) = (clean_end_offset is null) and clean_start_offset <= clean_end_offset);

-- Mentions are also looked for in set-apart segments; those carry the segment's kind, and their cleaned offsets are an
-- empty span at the place in the cleaned text where the segment was taken out.
alter table mention add column segment_kind text;
-- How the participant name was matched: its name kind, and the confidence of the link (1 for a name proper, lower for
-- a metonym such as 'Moscow' or a reference such as 'the task force'). Null for date mentions.
alter table mention add column name_kind text;
alter table mention add column confidence double precision;
-- Rows loaded before this migration (the next load rewrites them): the kind of the name they match, as names proper.
update mention m
set name_kind = coalesce((select n.kind from participant_name n
                          where n.participant_id = m.participant_id and n.name = m.text order by n.id limit 1),
                         'PREFERRED'),
    confidence = 1
where m.kind = 'PARTICIPANT';
alter table mention add constraint mention_confidence check (confidence > 0 and confidence <= 1);
alter table mention add constraint mention_name_link
    check ((kind = 'PARTICIPANT') = (name_kind is not null) and (name_kind is null) = (confidence is null));
