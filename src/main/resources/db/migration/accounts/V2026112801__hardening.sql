-- A TOTP code works once: the last time step accepted for each user.
alter table accounts.users add column totp_last_step bigint;

-- The bootstrap admin runs once per address, so roles removed later stay removed.
create table accounts.bootstrap_admins (
    email   text primary key,
    ran_at  timestamptz not null default now()
);

-- Remember-me token values are now stored hashed; cookies issued before this cannot be checked and end.
delete from accounts.remember_me_tokens;

-- Recovery codes are now stored under a keyed hash; the plain SHA-256 ones cannot be converted.
delete from accounts.recovery_codes;
