-- Policy documents as versions with their text (Markdown, English and Urdu), each marked material or minor; the
-- seeded 2025-06-05 versions get their text from the classpath at start (privacy/<kind>.<lang>.md).
alter table privacy.policy_versions drop constraint policy_versions_document_check;
alter table privacy.policy_versions add constraint policy_versions_document_check
    check (document in ('TERMS', 'PRIVACY', 'REFUNDS'));
alter table privacy.policy_versions add column id uuid not null default gen_random_uuid();
alter table privacy.policy_versions add constraint policy_versions_id unique (id);
alter table privacy.policy_versions add column body_en text not null default '';
alter table privacy.policy_versions add column body_ur text;
alter table privacy.policy_versions add column material boolean not null default false;
alter table privacy.policy_versions add column summary text not null default '';
alter table privacy.policy_versions add column published_by uuid references accounts.users (id);
insert into privacy.policy_versions (document, version, effective_from) values ('REFUNDS', '2025-06-05', '2025-06-05T00:00:00Z');

-- A user saying they have read a material change (the banner until they do).
create table privacy.policy_acknowledgements (
    user_id          uuid not null references accounts.users (id),
    version_id       uuid not null references privacy.policy_versions (id),
    acknowledged_at  timestamptz not null,
    primary key (user_id, version_id)
);
