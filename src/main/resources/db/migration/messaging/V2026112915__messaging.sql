create schema if not exists messaging;

-- A conversation between an employer and a freelancer about one thing: a project they met over (a bid or an
-- invitation), a contract, or a service order (whose contract it follows). One per pair and thing.
create table messaging.conversations (
    id               uuid primary key,
    employer_id      uuid not null references accounts.users (id),
    freelancer_id    uuid not null references accounts.users (id),
    context          text not null check (context in ('PROJECT', 'CONTRACT', 'ORDER')),
    context_id       uuid not null,
    title            text not null,
    created_at       timestamptz not null,
    last_message_at  timestamptz not null,
    unique (employer_id, freelancer_id, context, context_id)
);

-- Who is in a conversation: its two parties, and staff who joined for a dispute or a report (visibly).
-- last_read_seq drives read receipts and unread counts; digested_seq, the unread-messages digest mail.
create table messaging.participants (
    conversation_id  uuid not null references messaging.conversations (id),
    user_id          uuid not null references accounts.users (id),
    role             text not null check (role in ('EMPLOYER', 'FREELANCER', 'STAFF')),
    archived         boolean not null default false,
    last_read_seq    bigint not null default 0,
    digested_seq     bigint not null default 0,
    joined_at        timestamptz not null,
    join_reason      text,
    primary key (conversation_id, user_id)
);
create index participants_user on messaging.participants (user_id);

-- Messages in the order they were written. A sender may hide their own message for 15 minutes; the text stays
-- for disputes and reports. A NOTICE is the platform's own line (staff joined, an account was closed).
create table messaging.messages (
    seq              bigserial primary key,
    id               uuid not null unique,
    conversation_id  uuid not null references messaging.conversations (id),
    sender_id        uuid references accounts.users (id),
    kind             text not null check (kind in ('TEXT', 'NOTICE')),
    body             text not null,
    created_at       timestamptz not null,
    hidden_at        timestamptz
);
create index messages_conversation on messaging.messages (conversation_id, seq);

create table messaging.blocks (
    blocker_id  uuid not null references accounts.users (id),
    blocked_id  uuid not null references accounts.users (id),
    created_at  timestamptz not null,
    primary key (blocker_id, blocked_id)
);

-- Reports of a message or a user, the moderation queue of SUPPORT staff.
create table messaging.reports (
    id                uuid primary key,
    reporter_id       uuid not null references accounts.users (id),
    reported_id       uuid not null references accounts.users (id),
    conversation_id   uuid references messaging.conversations (id),
    message_id        uuid references messaging.messages (id),
    reason            text not null,
    created_at        timestamptz not null,
    status            text not null check (status in ('OPEN', 'ACTIONED', 'DISMISSED')),
    handled_by        uuid references accounts.users (id),
    handled_at        timestamptz,
    outcome           text
);
create index reports_open on messaging.reports (created_at) where status = 'OPEN';

-- Every staff look into a conversation, with its purpose (policy: who saw my data).
create table messaging.staff_views (
    id               bigserial primary key,
    staff_id         uuid not null references accounts.users (id),
    conversation_id  uuid not null references messaging.conversations (id),
    purpose          text not null,
    viewed_at        timestamptz not null
);
