-- A freelancer's saved searches: the search's query string (as the search page and API take it) and when its
-- results were last looked at, so that new matches since then can be counted (the in-app alert).
create table projects.saved_searches (
    id             uuid primary key,
    freelancer_id  uuid not null references accounts.users (id),
    name           text not null,
    query          text not null,
    created_at     timestamptz not null,
    seen_at        timestamptz not null
);
create index saved_searches_owner on projects.saved_searches (freelancer_id, created_at desc);
