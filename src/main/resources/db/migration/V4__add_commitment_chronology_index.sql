-- The timeline reads commitments in date-window order, as it reads meetings and deadlines.
create index commitment_chronology on commitment (date_earliest, date_latest, slug);
