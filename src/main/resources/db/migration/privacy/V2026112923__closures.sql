-- Every closure of an account, by its owner (closed_by null) or by staff on request, and its reactivation.
create table privacy.closures (
    id              bigserial primary key,
    user_id         uuid not null references accounts.users (id),
    closed_at       timestamptz not null,
    reason          text not null default '',
    closed_by       uuid references accounts.users (id),
    reactivated_at  timestamptz,
    reactivated_by  uuid references accounts.users (id)
);
create index closures_user on privacy.closures (user_id, closed_at desc);
