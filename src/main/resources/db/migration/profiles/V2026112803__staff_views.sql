-- Every staff look at a profile beyond what a registered user sees, with its purpose (policy: who saw my data).
create table profiles.staff_views (
    id          bigserial primary key,
    subject_id  uuid not null references accounts.users (id),
    viewer_id   uuid not null references accounts.users (id),
    purpose     text not null,
    viewed_at   timestamptz not null default now()
);
create index staff_views_subject on profiles.staff_views (subject_id, viewed_at desc);
