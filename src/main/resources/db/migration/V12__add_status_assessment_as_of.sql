-- Issue #13: an assessment is as of the publication date of its latest supporting source; the loader computes it (or
-- checks the one the seeds declare) and refuses assessments whose sources are of different dates unless declared.
-- 'As of a day D' shows an assessment only when as_of_latest <= D, i.e. when every source it cites is published by D.
alter table status_assessment add column as_of_value text;
alter table status_assessment add column as_of_earliest date;
alter table status_assessment add column as_of_latest date;
alter table status_assessment add column as_of_precision text;
-- Rows loaded before this migration: the publication window of their latest cited document (the next load rewrites them);
-- an undated cited document comes first and leaves the assessment without an as-of date, never shown as of any day.
update status_assessment a
set as_of_value = d.published_value, as_of_earliest = d.published_earliest, as_of_latest = d.published_latest,
    as_of_precision = d.published_precision
from (select distinct on (c.status_assessment_id) c.status_assessment_id, s.published_value, s.published_earliest,
             s.published_latest, s.published_precision
      from citation c join source_document s on s.id = c.document_id
      where c.status_assessment_id is not null
      order by c.status_assessment_id, s.published_latest desc nulls first, s.published_earliest desc) d
where d.status_assessment_id = a.id;
alter table status_assessment add constraint status_assessment_as_of_window check (as_of_latest >= as_of_earliest);
create index status_assessment_as_of on status_assessment (as_of_latest);
