-- Files people attach to what they write (a project's brief, a milestone's delivery): content-checked, stored in
-- the file store; each belongs to one thing of one module ("project", "milestone"), which decides who may read it.
create table platform.attachments (
    id            uuid primary key,
    owner_kind    text not null,
    owner_id      uuid not null,
    name          text not null,
    content_type  text not null,
    size          bigint not null,
    file_key      text not null,
    added_by      uuid not null,
    added_at      timestamptz not null
);
create index attachments_owner on platform.attachments (owner_kind, owner_id, added_at);
