-- Keyset pagination sorts on these expressions (undated records last); with them an index answers
-- "the next 25 after this row" on a large dataset without sorting the table.
create index meeting_list_order on meeting
    ((coalesce(date_earliest, date '9999-12-31')), (coalesce(date_latest, date '9999-12-31')), slug, id);
create index commitment_list_order on commitment ((coalesce(date_earliest, date '9999-12-31')), slug, id);
create index deadline_list_order on deadline
    ((coalesce(due_earliest, date '9999-12-31')), (coalesce(due_latest, date '9999-12-31')), slug, id);
create index participant_list_order on participant ((lower(name)), slug, id);
create index commitment_meeting_list on commitment (meeting_id, id);
create index deadline_meeting on deadline (meeting_id);
create index deadline_commitment on deadline (commitment_id);
create index meeting_participant_meeting on meeting_participant (meeting_id);
create index membership_member on membership (member_id);
create index participant_name_participant on participant_name (participant_id);
create index status_assessment_position on status_assessment (commitment_id, deadline_id, position);
