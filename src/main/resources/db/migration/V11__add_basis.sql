-- Issue #13: what the texts state, what the curators inferred from them, and what comes from outside the corpus.
-- basis applies to a record's curated prose and judgements (a document's publication date and publishedBasis, a
-- participant's description, a meeting's date, status and outcome, a commitment's summary, a deadline's description and
-- due window, an assessment's status and note, a claim's value); the prose says what is inferred or from outside.
alter table source_document add column basis text not null default 'STATED';
alter table participant add column basis text not null default 'STATED';
alter table meeting add column basis text not null default 'STATED';
alter table commitment add column basis text not null default 'STATED';
alter table deadline add column basis text not null default 'STATED';
alter table status_assessment add column basis text not null default 'STATED';
alter table claim add column basis text not null default 'STATED';
alter table source_document add constraint source_document_basis check (basis in ('STATED', 'INFERRED', 'EXTERNAL'));
alter table participant add constraint participant_basis check (basis in ('STATED', 'INFERRED', 'EXTERNAL'));
alter table meeting add constraint meeting_basis check (basis in ('STATED', 'INFERRED', 'EXTERNAL'));
alter table commitment add constraint commitment_basis check (basis in ('STATED', 'INFERRED', 'EXTERNAL'));
alter table deadline add constraint deadline_basis check (basis in ('STATED', 'INFERRED', 'EXTERNAL'));
alter table status_assessment add constraint status_assessment_basis check (basis in ('STATED', 'INFERRED', 'EXTERNAL'));
alter table claim add constraint claim_basis check (basis in ('STATED', 'INFERRED', 'EXTERNAL'));
