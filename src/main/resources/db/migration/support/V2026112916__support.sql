create schema if not exists support;

create sequence support.ticket_numbers;

-- A support ticket from a user or a visitor (who gives an email). PRIVACY tickets go to LEGAL's queue.
create table support.tickets (
    id              uuid primary key,
    number          bigint not null unique default nextval('support.ticket_numbers'),
    user_id         uuid references accounts.users (id),
    email           text not null,
    name            text not null default '',
    locale          text not null default 'en',
    category        text not null check (category in ('ACCOUNT', 'VERIFICATION', 'PAYMENTS', 'DISPUTES', 'PRIVACY',
                        'FEEDBACK', 'OTHER')),
    queue           text not null check (queue in ('SUPPORT', 'LEGAL')),
    subject         text not null,
    status          text not null check (status in ('OPEN', 'WAITING_ON_USER', 'RESOLVED', 'CLOSED')),
    assignee_id     uuid references accounts.users (id),
    rating          int check (rating between 1 and 5),
    rating_comment  text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index tickets_user on support.tickets (user_id, updated_at desc);
create index tickets_queue on support.tickets (queue, status, updated_at);

-- The thread: the user's words, staff replies, and staff's internal notes (never shown to the user).
create table support.ticket_messages (
    id          uuid primary key,
    ticket_id   uuid not null references support.tickets (id),
    author_id   uuid references accounts.users (id),
    from_staff  boolean not null,
    internal    boolean not null default false,
    body        text not null,
    created_at  timestamptz not null
);
create index ticket_messages_ticket on support.ticket_messages (ticket_id, created_at);

-- The links mailed to a visitor open their ticket without an account: only a hash of each is kept.
create table support.ticket_links (
    token_hash  text primary key,
    ticket_id   uuid not null references support.tickets (id),
    expires_at  timestamptz not null
);
