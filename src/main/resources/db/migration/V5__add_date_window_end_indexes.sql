-- 'from' filters ask for windows ending on or after a day; without these, a list sorted by start day scans every
-- earlier row to find them. Also: status assessments of deadlines, looked up by deadline and position.
create index meeting_date_latest on meeting (date_latest);
create index commitment_date_latest on commitment (date_latest);
create index deadline_due_latest on deadline (due_latest);
create index status_assessment_deadline_position on status_assessment (deadline_id, position);
