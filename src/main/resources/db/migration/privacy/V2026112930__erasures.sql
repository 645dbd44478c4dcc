-- Erasures of unsupervised minors (policy 6): whose, when, and on whose word (staff, or the guardian's withdrawal).
create table privacy.erasures (
    user_id    uuid primary key references accounts.users (id),
    erased_at  timestamptz not null,
    source     text not null check (source in ('STAFF', 'GUARDIAN')),
    erased_by  uuid references accounts.users (id),
    reason     text not null default ''
);
