create schema if not exists privacy;

create table privacy.policy_versions (
    document        text not null check (document in ('TERMS', 'PRIVACY')),
    version         text not null,
    effective_from  timestamptz not null,
    primary key (document, version)
);
insert into privacy.policy_versions (document, version, effective_from) values
    ('PRIVACY', '2025-06-05', '2025-06-05T00:00:00Z'),
    ('TERMS', '2025-06-05', '2025-06-05T00:00:00Z');

create table privacy.policy_acceptances (
    user_id      uuid not null,
    document     text not null,
    version      text not null,
    accepted_at  timestamptz not null,
    primary key (user_id, document, version)
);

create table privacy.cookie_consents (
    id           bigserial primary key,
    visitor_id   uuid not null,
    user_id      uuid,
    preferences  boolean not null,
    analytics    boolean not null,
    marketing    boolean not null,
    chosen_at    timestamptz not null default now()
);
create index cookie_consents_visitor on privacy.cookie_consents (visitor_id, chosen_at desc);
create index cookie_consents_user on privacy.cookie_consents (user_id, chosen_at desc);
