create schema if not exists verification;

-- One row per submission; a rejected user submits again as a new row. Document numbers are encrypted (Tink AEAD,
-- key id beside the value for rotation) and found through a blind index (keyed PRF of the normalised number).
create table verification.submissions (
    id                  uuid primary key,
    user_id             uuid not null references accounts.users (id),
    legal_name          text not null,
    document_type       text not null check (document_type in ('CNIC', 'PASSPORT')),
    document_country    text not null,
    number_ciphertext   bytea not null,
    number_key_id       bigint not null,
    number_index        text not null,
    number_last_digit   text not null,
    front_file          text not null,
    back_file           text,
    selfie_file         text not null,
    status              text not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    duplicate_of        uuid,
    automated_findings  text,
    reason              text,
    submitted_at        timestamptz not null default now(),
    decided_at          timestamptz,
    decided_by          uuid references accounts.users (id)
);
create index submissions_user on verification.submissions (user_id, submitted_at desc);
create index submissions_queue on verification.submissions (status, submitted_at);
create index submissions_number on verification.submissions (number_index);

-- A confirmed mobile number per user; an unconfirmed one waits encrypted with its one-time code.
create table verification.phones (
    user_id       uuid primary key references accounts.users (id),
    phone_e164    text not null,
    confirmed_at  timestamptz not null
);

create table verification.phone_challenges (
    user_id           uuid primary key references accounts.users (id),
    phone_ciphertext  bytea not null,
    code_hash         text not null,
    attempts          int not null default 0,
    expires_at        timestamptz not null,
    created_at        timestamptz not null default now()
);

-- Every look at a document number or photo by staff: who, when, whose, what and why.
create table verification.document_access_log (
    id               bigserial primary key,
    submission_id    uuid not null references verification.submissions (id),
    subject_user_id  uuid not null references accounts.users (id),
    viewer_id        uuid not null references accounts.users (id),
    viewed           text not null,
    purpose          text not null,
    viewed_at        timestamptz not null default now()
);
create index document_access_log_subject on verification.document_access_log (subject_user_id, viewed_at desc);
