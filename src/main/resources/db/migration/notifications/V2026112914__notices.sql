-- In-app notifications: what a user is told, in the words of messages mail.<kind>.subject rendered with args in
-- the reader's language when shown.
create table notifications.notices (
    id          uuid primary key,
    user_id     uuid not null,
    topic       text not null,
    kind        text not null,
    args        text[] not null default '{}',
    link        text,
    created_at  timestamptz not null,
    read_at     timestamptz
);
create index notices_user on notifications.notices (user_id, created_at desc, id desc);
create index notices_unread on notifications.notices (user_id) where read_at is null;

-- A user's choice per topic; a topic without a row is mailed and shown (EMAIL). Topics that carry the policy's
-- non-promotional communications are never stored here: they cannot be turned off.
create table notifications.preferences (
    user_id   uuid not null,
    topic     text not null,
    delivery  text not null check (delivery in ('EMAIL', 'IN_APP', 'OFF')),
    primary key (user_id, topic)
);

-- Marketing is off until the user opts in (at sign-up or in settings); every change is kept with its time.
create table notifications.marketing_consents (
    user_id     uuid primary key,
    opted_in    boolean not null,
    changed_at  timestamptz not null,
    source      text not null
);

-- The signed-in user's live stream: every event a node pushes to a user's open pages and apps, kept a day so a
-- client that reconnects with Last-Event-ID misses nothing; pg_notify('alujrat_live', '<user>:<id>') tells the
-- other nodes.
create table notifications.live_events (
    id          bigserial primary key,
    user_id     uuid not null,
    type        text not null,
    data        text not null,
    created_at  timestamptz not null default now()
);
create index live_events_user on notifications.live_events (user_id, id);
create index live_events_age on notifications.live_events (created_at);

-- Marketing campaigns written by staff: sent once, to the users opted in at that moment.
create table notifications.campaigns (
    id           uuid primary key,
    subject_en   text not null,
    body_en      text not null,
    subject_ur   text not null,
    body_ur      text not null,
    created_by   uuid not null,
    created_at   timestamptz not null,
    sent_at      timestamptz,
    recipients   int not null default 0
);

alter table notifications.dev_outbox add column headers text;
