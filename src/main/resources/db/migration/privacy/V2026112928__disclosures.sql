-- Disclosures to authorities (policy 3.3): what was given to whom, on what basis, about whom, and whether telling
-- the people concerned is prohibited and until when. Each concerned person is told once telling is allowed.
create table privacy.disclosures (
    id               uuid primary key,
    authority        text not null,
    reference        text not null,
    legal_basis      text not null,
    disclosed_on     date not null,
    categories       text[] not null,
    prohibited       boolean not null,
    prohibited_until date,
    recorded_by      uuid not null references accounts.users (id),
    recorded_at      timestamptz not null,
    export_key       text
);

create table privacy.disclosure_subjects (
    disclosure_id  uuid not null references privacy.disclosures (id),
    user_id        uuid not null references accounts.users (id),
    notified_at    timestamptz,
    primary key (disclosure_id, user_id)
);
create index disclosure_subjects_user on privacy.disclosure_subjects (user_id);
create index disclosure_subjects_due on privacy.disclosure_subjects (disclosure_id) where notified_at is null;

-- Every download of a disclosure's scoped export by staff.
create table privacy.disclosure_downloads (
    id             bigserial primary key,
    disclosure_id  uuid not null references privacy.disclosures (id),
    staff_id       uuid not null references accounts.users (id),
    downloaded_at  timestamptz not null
);

-- Notices to every user about the platform itself (policy 3.4: a merger, acquisition or sale), and who read them.
create table privacy.platform_notices (
    id            uuid primary key,
    kind          text not null check (kind in ('MERGER', 'ACQUISITION', 'SALE')),
    title_en      text not null,
    body_en       text not null,
    title_ur      text not null,
    body_ur       text not null,
    published_by  uuid not null references accounts.users (id),
    published_at  timestamptz not null
);
create table privacy.platform_notice_reads (
    notice_id  uuid not null references privacy.platform_notices (id),
    user_id    uuid not null references accounts.users (id),
    read_at    timestamptz not null,
    primary key (notice_id, user_id)
);
