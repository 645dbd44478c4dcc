-- A user's copy of their data: built in the background into a ZIP, downloadable by its owner for 7 days.
create table privacy.data_exports (
    id            uuid primary key,
    user_id       uuid not null references accounts.users (id),
    status        text not null check (status in ('PENDING', 'RUNNING', 'READY', 'FAILED')),
    progress      int not null default 0 check (progress between 0 and 100),
    file_key      text,
    size          bigint,
    requested_at  timestamptz not null,
    finished_at   timestamptz,
    expires_at    timestamptz
);
create index data_exports_user on privacy.data_exports (user_id, requested_at desc);
create unique index data_exports_one_running on privacy.data_exports (user_id) where status in ('PENDING', 'RUNNING');
