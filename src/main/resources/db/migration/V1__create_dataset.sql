-- The curated dataset: source documents and what they report (participants, meetings, commitments, deadlines),
-- every fact linked to citations that point at exact character ranges of a document's original text.
-- Offsets are Unicode code points, start inclusive, end exclusive: substr(original_text, start_offset + 1,
-- end_offset - start_offset) is the quote.
-- Enumerations are stored as their Java constant names (HELD, CO_CHAIR); the API writes them as held, co-chair.
-- Dates carry a window (earliest/latest day) and a precision, plus the curated expression they came from.

create sequence source_document_seq start with 1 increment by 50;
create table source_document (
    id                  bigint primary key,
    slug                text not null unique,
    file_name           text not null unique,
    sha256              text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    title               text,
    outlet              text,
    agency              text,
    url                 text,
    language            text,
    published_value     text,
    published_earliest  date,
    published_latest    date,
    published_precision text,
    published_basis     text,
    dateline            text,
    notes               text,
    original_text       text not null,
    cleaned_text        text not null,
    curated             boolean not null,
    constraint source_document_published_window check (published_latest >= published_earliest)
);

create sequence set_apart_segment_seq start with 1 increment by 50;
create table set_apart_segment (
    id           bigint primary key,
    document_id  bigint not null references source_document (id) on delete cascade,
    kind         text not null,
    start_offset integer not null,
    end_offset   integer not null,
    text         text not null,
    constraint set_apart_segment_range check (0 <= start_offset and start_offset < end_offset)
);
create index set_apart_segment_document on set_apart_segment (document_id);

create sequence participant_seq start with 1 increment by 50;
create table participant (
    id          bigint primary key,
    slug        text not null unique,
    kind        text not null,
    name        text not null,
    description text
);

create sequence participant_name_seq start with 1 increment by 50;
create table participant_name (
    id              bigint primary key,
    participant_id  bigint not null references participant (id) on delete cascade,
    name            text not null,
    -- lower-cased, accents and punctuation folded: what name lookups compare
    lookup_key      text not null,
    kind            text not null,
    since_value     text,
    since_earliest  date,
    since_latest    date,
    since_precision text,
    constraint participant_name_unique unique (participant_id, name)
);
create index participant_name_lookup on participant_name (lookup_key);

create sequence participant_office_seq start with 1 increment by 50;
create table participant_office (
    id               bigint primary key,
    participant_id   bigint not null references participant (id) on delete cascade,
    title            text not null,
    organization_id  bigint references participant (id) on delete cascade,
    during_value     text,
    during_earliest  date,
    during_latest    date,
    during_precision text
);
create index participant_office_participant on participant_office (participant_id);

create sequence membership_seq start with 1 increment by 50;
create table membership (
    id              bigint primary key,
    member_id       bigint not null references participant (id) on delete cascade,
    group_id        bigint not null references participant (id) on delete cascade,
    role            text not null,
    since_value     text,
    since_earliest  date,
    since_latest    date,
    since_precision text,
    constraint membership_unique unique (member_id, group_id, role),
    constraint membership_not_self check (member_id <> group_id)
);
create index membership_group on membership (group_id);

create sequence meeting_seq start with 1 increment by 50;
create table meeting (
    id             bigint primary key,
    slug           text not null unique,
    title          text not null,
    kind           text not null,
    status         text not null,
    place          text,
    country        text,
    date_value     text,
    date_earliest  date,
    date_latest    date,
    date_precision text,
    part_of_id     bigint references meeting (id) on delete set null,
    outcome        text,
    constraint meeting_date_window check (date_latest >= date_earliest)
);
create index meeting_chronology on meeting (date_earliest, date_latest, slug);

create sequence meeting_participant_seq start with 1 increment by 50;
create table meeting_participant (
    id             bigint primary key,
    meeting_id     bigint not null references meeting (id) on delete cascade,
    participant_id bigint not null references participant (id) on delete cascade,
    role           text not null,
    constraint meeting_participant_unique unique (meeting_id, participant_id, role)
);
create index meeting_participant_participant on meeting_participant (participant_id);

create sequence commitment_seq start with 1 increment by 50;
create table commitment (
    id             bigint primary key,
    slug           text not null unique,
    summary        text not null,
    kind           text not null,
    meeting_id     bigint references meeting (id) on delete set null,
    date_value     text,
    date_earliest  date,
    date_latest    date,
    date_precision text,
    status         text not null,
    constraint commitment_date_window check (date_latest >= date_earliest)
);
create index commitment_meeting on commitment (meeting_id);

create sequence commitment_party_seq start with 1 increment by 50;
create table commitment_party (
    id             bigint primary key,
    commitment_id  bigint not null references commitment (id) on delete cascade,
    participant_id bigint not null references participant (id) on delete cascade,
    relation       text not null,
    constraint commitment_party_unique unique (commitment_id, participant_id, relation)
);
create index commitment_party_participant on commitment_party (participant_id);

create sequence deadline_seq start with 1 increment by 50;
create table deadline (
    id               bigint primary key,
    slug             text not null unique,
    description      text not null,
    expression       text not null,
    commitment_id    bigint references commitment (id) on delete set null,
    meeting_id       bigint references meeting (id) on delete set null,
    due_value        text,
    due_earliest     date,
    due_latest       date,
    due_precision    text,
    anchor_value     text,
    anchor_earliest  date,
    anchor_latest    date,
    anchor_precision text,
    anchor_event     text,
    offset_period    text,
    status           text not null,
    constraint deadline_due_window check (due_latest >= due_earliest),
    -- absolute: the date it names; relative: an anchor and a period, with the window computed from them
    constraint deadline_relative_complete check ((anchor_value is null) = (offset_period is null))
);
create index deadline_due on deadline (due_earliest, due_latest, slug);

create sequence deadline_setter_seq start with 1 increment by 50;
create table deadline_setter (
    id             bigint primary key,
    deadline_id    bigint not null references deadline (id) on delete cascade,
    participant_id bigint not null references participant (id) on delete cascade,
    constraint deadline_setter_unique unique (deadline_id, participant_id)
);

create sequence status_assessment_seq start with 1 increment by 50;
create table status_assessment (
    id            bigint primary key,
    commitment_id bigint references commitment (id) on delete cascade,
    deadline_id   bigint references deadline (id) on delete cascade,
    position      integer not null,
    status        text not null,
    note          text,
    constraint status_assessment_one_subject check (num_nonnulls(commitment_id, deadline_id) = 1)
);
create index status_assessment_commitment on status_assessment (commitment_id);
create index status_assessment_deadline on status_assessment (deadline_id);

create sequence claim_seq start with 1 increment by 50;
create table claim (
    id             bigint primary key,
    participant_id bigint references participant (id) on delete cascade,
    meeting_id     bigint references meeting (id) on delete cascade,
    commitment_id  bigint references commitment (id) on delete cascade,
    deadline_id    bigint references deadline (id) on delete cascade,
    about          text not null,
    value          text not null,
    constraint claim_one_subject check (num_nonnulls(participant_id, meeting_id, commitment_id, deadline_id) = 1)
);

-- One citation supports exactly one fact; the nullable foreign keys say which (checked below), so that every
-- citation is deleted with its fact and none can point at a row that does not exist.
create sequence citation_seq start with 1 increment by 50;
create table citation (
    id                     bigint primary key,
    document_id            bigint not null references source_document (id) on delete cascade,
    quote                  text not null,
    start_offset           integer not null,
    end_offset             integer not null,
    document_sha256        text not null,
    participant_id         bigint references participant (id) on delete cascade,
    participant_name_id    bigint references participant_name (id) on delete cascade,
    participant_office_id  bigint references participant_office (id) on delete cascade,
    membership_id          bigint references membership (id) on delete cascade,
    meeting_id             bigint references meeting (id) on delete cascade,
    meeting_participant_id bigint references meeting_participant (id) on delete cascade,
    commitment_id          bigint references commitment (id) on delete cascade,
    deadline_id            bigint references deadline (id) on delete cascade,
    status_assessment_id   bigint references status_assessment (id) on delete cascade,
    claim_id               bigint references claim (id) on delete cascade,
    constraint citation_range check (0 <= start_offset and start_offset < end_offset),
    constraint citation_one_subject check (num_nonnulls(participant_id, participant_name_id, participant_office_id,
        membership_id, meeting_id, meeting_participant_id, commitment_id, deadline_id, status_assessment_id,
        claim_id) = 1)
);
create index citation_document on citation (document_id);
create index citation_participant on citation (participant_id);
create index citation_participant_name on citation (participant_name_id);
create index citation_participant_office on citation (participant_office_id);
create index citation_membership on citation (membership_id);
create index citation_meeting on citation (meeting_id);
create index citation_meeting_participant on citation (meeting_participant_id);
create index citation_commitment on citation (commitment_id);
create index citation_deadline on citation (deadline_id);
create index citation_status_assessment on citation (status_assessment_id);
create index citation_claim on citation (claim_id);

-- Found automatically in every document: participants by any of their names, and date expressions.
create sequence mention_seq start with 1 increment by 50;
create table mention (
    id                 bigint primary key,
    document_id        bigint not null references source_document (id) on delete cascade,
    kind               text not null,
    text               text not null,
    start_offset       integer not null,
    end_offset         integer not null,
    clean_start_offset integer not null,
    clean_end_offset   integer not null,
    participant_id     bigint references participant (id) on delete cascade,
    date_kind          text,
    date_value         text,
    date_earliest      date,
    date_latest        date,
    date_precision     text,
    date_basis         text,
    constraint mention_range check (0 <= start_offset and start_offset < end_offset),
    constraint mention_target check ((kind = 'PARTICIPANT') = (participant_id is not null))
);
create index mention_document on mention (document_id, start_offset);
create index mention_participant on mention (participant_id);

-- One row per load: what was loaded, from which seeds (fingerprint = dataset version), and how long it took.
create sequence seed_load_seq start with 1 increment by 50;
create table seed_load (
    id           bigint primary key,
    loaded_at    timestamp with time zone not null,
    -- SHA-256 over every seed file (names and bytes): the dataset version
    fingerprint  text not null,
    -- bumped when the loader derives different rows from the same seeds (cleaning, extraction)
    loader_version integer not null,
    mode         text not null,
    documents    integer not null,
    participants integer not null,
    meetings     integer not null,
    commitments  integer not null,
    deadlines    integer not null,
    citations    integer not null,
    mentions     integer not null,
    duration_ms  bigint not null
);
