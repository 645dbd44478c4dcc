-- A guardian's withdrawal that could not be carried out yet (a legal hold, money in play): retried when the hold is
-- released and every night until it is done.
create table privacy.pending_erasures (
    user_id       uuid primary key references accounts.users (id),
    requested_at  timestamptz not null,
    blocked_by    text not null
);
