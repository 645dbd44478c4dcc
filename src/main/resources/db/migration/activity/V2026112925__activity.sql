create schema if not exists activity;

-- Requests as the usage-data section of the policy describes them (1.3). Security requests (sign-in, payment) are
-- always kept; every other request only for people who consented to analytics.
create table activity.requests (
    id          bigserial primary key,
    at          timestamptz not null,
    user_id     uuid,
    visitor_id  uuid,
    ip          text,
    browser     text not null,
    os          text not null,
    device      text not null,
    method      text not null,
    path        text not null,
    referrer    text,
    status      int not null,
    purpose     text not null check (purpose in ('SECURITY', 'ANALYTICS'))
);
create index requests_user on activity.requests (user_id, at desc) where user_id is not null;
create index requests_at on activity.requests (at);

-- Actions (domain events) per person: sign-ins and payments always (security); the rest with analytics consent.
create table activity.actions (
    id       bigserial primary key,
    at       timestamptz not null,
    user_id  uuid not null,
    kind     text not null,
    detail   text not null default '',
    purpose  text not null check (purpose in ('SECURITY', 'ANALYTICS'))
);
create index actions_user on activity.actions (user_id, at desc);
create index actions_at on activity.actions (at, kind);

-- Counts per day with no person in them (sign-ups by role, projects by category and city, money volume): what the
-- staff dashboard charts without tracking anyone.
create table activity.daily_counts (
    day        date not null,
    metric     text not null,
    dimension  text not null default '',
    value      bigint not null,
    primary key (day, metric, dimension)
);
