-- Synthetic dataset for API benchmarks: 100,000 meetings with proportional participants, participations,
-- commitments, deadlines, status assessments, citations and search entries, added beside the seed data.
-- Ids start at 1,000,000,000 so that they never meet the ids the loader allocates from its sequences.
-- Usage: psql -v ON_ERROR_STOP=1 -f bench/synthetic-dataset.sql (against the service's database).
\set base 1000000000
begin;
delete from search_entry where slug like 'synthetic-%';

insert into source_document (id, slug, file_name, sha256, title, outlet, language, published_value, published_earliest,
                             published_latest, published_precision, original_text, cleaned_text, curated)
select :base + g, 'synthetic-doc-' || g, 'synthetic-' || g || '.txt', md5(g::text) || md5((g + 1)::text),
       'Synthetic report ' || g, 'Bench Wire', 'en', d::text, d, d, 'DAY',
       repeat('Diplomats met again to discuss a cessation of hostilities and humanitarian access. ', 40),
       repeat('Diplomats met again to discuss a cessation of hostilities and humanitarian access. ', 40), true
from generate_series(1, 1000) g, lateral (select date '2010-01-01' + (g * 3) as d) x;

insert into participant (id, slug, kind, name, description)
select :base + g, 'synthetic-participant-' || g, (array['STATE','PERSON','ARMED_GROUP','INTERNATIONAL_ORGANIZATION'])[1 + g % 4],
       'Synthetic Participant ' || g, 'A generated participant for benchmarks.'
from generate_series(1, 2000) g;
insert into participant_name (id, participant_id, name, lookup_key, kind)
select :base + g, :base + g, 'Synthetic Participant ' || g, 'syntheticparticipant' || g, 'PREFERRED'
from generate_series(1, 2000) g;

insert into meeting (id, slug, title, kind, status, place, country, date_value, date_earliest, date_latest, date_precision, outcome)
select :base + g, 'synthetic-meeting-' || lpad(g::text, 6, '0'), 'Synthetic meeting ' || g,
       (array['NEGOTIATION_ROUND','SUMMIT','MINISTERIAL','BILATERAL'])[1 + g % 4],
       (array['HELD','FAILED','PLANNED','PROPOSED'])[1 + g % 4],
       (array['Geneva','Vienna','Munich','Moscow','Astana'])[1 + g % 5], 'Somewhere',
       d::text, d, d + (g % 3), 'DAY', 'Talks on a ceasefire; outcome ' || g
from generate_series(1, 100000) g, lateral (select date '2010-01-01' + (g % 4000) as d) x;

insert into meeting_participant (id, meeting_id, participant_id, role)
select :base + (g - 1) * 3 + r, :base + g, :base + 1 + ((g * 7 + r * 131) % 2000),
       (array['CO_CHAIR','PARTY','ATTENDEE'])[r]
from generate_series(1, 100000) g, generate_series(1, 3) r;

insert into commitment (id, slug, summary, kind, meeting_id, date_value, date_earliest, date_latest, date_precision, status)
select :base + g, 'synthetic-commitment-' || lpad(g::text, 6, '0'), 'Synthetic commitment ' || g,
       (array['PLEDGE','AGREEMENT','PROPOSAL'])[1 + g % 3], :base + g * 2, m.date_value, m.date_earliest, m.date_latest,
       'DAY', (array['PENDING','KEPT','BROKEN','UNKNOWN'])[1 + g % 4]
from generate_series(1, 50000) g join meeting m on m.id = :base + g * 2;
insert into commitment_party (id, commitment_id, participant_id, relation)
select :base + g, :base + g, :base + 1 + (g * 13 % 2000), 'MADE_BY' from generate_series(1, 50000) g;

insert into deadline (id, slug, description, expression, commitment_id, meeting_id, due_value, due_earliest, due_latest,
                      due_precision, status)
select :base + g, 'synthetic-deadline-' || lpad(g::text, 6, '0'), 'Synthetic deadline ' || g, 'within a month',
       :base + g, :base + g * 2, (d + 30)::text, d + 30, d + 30, 'DAY', (array['MET','MISSED','PENDING'])[1 + g % 3]
from generate_series(1, 30000) g, lateral (select date '2010-01-01' + ((g * 2) % 4000) as d) x;
insert into deadline_setter (id, deadline_id, participant_id)
select :base + g, :base + g, :base + 1 + (g * 17 % 2000) from generate_series(1, 30000) g;
insert into status_assessment (id, deadline_id, position, status, note)
select :base + g, :base + g, 0, (array['MET','MISSED','PENDING'])[1 + g % 3], 'generated' from generate_series(1, 30000) g;

-- One citation per meeting, participation, commitment, deadline and assessment, all quoting the document's first words.
insert into citation (id, document_id, quote, clean_quote, start_offset, end_offset, document_sha256, meeting_id)
select :base + g, :base + 1 + g % 1000, 'Diplomats met again', 'Diplomats met again', 0, 19, md5((1 + g % 1000)::text), :base + g
from generate_series(1, 100000) g;
insert into citation (id, document_id, quote, clean_quote, start_offset, end_offset, document_sha256, meeting_participant_id)
select :base + 200000 + g, :base + 1 + g % 1000, 'Diplomats met again', 'Diplomats met again', 0, 19, md5((1 + g % 1000)::text), :base + g
from generate_series(1, 300000) g;
insert into citation (id, document_id, quote, clean_quote, start_offset, end_offset, document_sha256, commitment_id)
select :base + 600000 + g, :base + 1 + g % 1000, 'Diplomats met again', 'Diplomats met again', 0, 19, md5((1 + g % 1000)::text), :base + g
from generate_series(1, 50000) g;
insert into citation (id, document_id, quote, clean_quote, start_offset, end_offset, document_sha256, deadline_id)
select :base + 700000 + g, :base + 1 + g % 1000, 'Diplomats met again', 'Diplomats met again', 0, 19, md5((1 + g % 1000)::text), :base + g
from generate_series(1, 30000) g;
insert into citation (id, document_id, quote, clean_quote, start_offset, end_offset, document_sha256, status_assessment_id)
select :base + 800000 + g, :base + 1 + g % 1000, 'Diplomats met again', 'Diplomats met again', 0, 19, md5((1 + g % 1000)::text), :base + g
from generate_series(1, 30000) g;

-- Each assessment is as of its source's publication day (the loader stores it for the seeds).
update status_assessment a
set as_of_value = d.published_value, as_of_earliest = d.published_earliest, as_of_latest = d.published_latest,
    as_of_precision = d.published_precision
from citation c join source_document d on d.id = c.document_id
where a.id > :base and c.status_assessment_id = a.id;

insert into search_entry (id, kind, slug, title, body, names, earliest, latest)
select :base + g, 'meeting', m.slug, m.title, concat_ws(' ', m.outcome, m.place), '', m.date_earliest, m.date_latest
from meeting m, lateral (select m.id - :base as g) x where m.id > :base;
insert into search_entry (id, kind, slug, title, body, names, earliest, latest)
select :base + 200000 + (d.id - :base), 'document', d.slug, d.title, d.cleaned_text, '', d.published_earliest, d.published_latest
from source_document d where d.id > :base;
commit;
analyze;
