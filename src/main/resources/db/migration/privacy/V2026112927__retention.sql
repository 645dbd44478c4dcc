-- A legal hold keeps a person's data from any retention deletion while it lasts.
create table privacy.legal_holds (
    id           uuid primary key,
    user_id      uuid not null references accounts.users (id),
    reason       text not null,
    placed_by    uuid not null references accounts.users (id),
    placed_at    timestamptz not null,
    released_by  uuid references accounts.users (id),
    released_at  timestamptz
);
create index legal_holds_active on privacy.legal_holds (user_id) where released_at is null;

-- What each run of the retention rules did.
create table privacy.retention_log (
    id        bigserial primary key,
    ran_at    timestamptz not null,
    category  text not null,
    action    text not null check (action in ('DELETE', 'ANONYMISE')),
    cutoff    timestamptz not null,
    affected  int not null,
    held      int not null
);
