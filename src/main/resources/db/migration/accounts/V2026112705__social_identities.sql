-- Google and Facebook identities linked to accounts; one provider identity belongs to one account.
create table accounts.social_identities (
    provider   text not null,
    subject    text not null,
    user_id    uuid not null references accounts.users (id),
    email      text,
    linked_at  timestamptz not null default now(),
    primary key (provider, subject)
);
create index social_identities_user on accounts.social_identities (user_id);
