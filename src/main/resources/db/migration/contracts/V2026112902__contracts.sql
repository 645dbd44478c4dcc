create schema if not exists contracts;

-- An employer's offer to a freelancer, answering a bid. Pending until accepted, declined or withdrawn; a pending
-- offer past expires_at is expired. At most one pending offer per bid.
create table contracts.offers (
    id             uuid primary key,
    bid_id         uuid,
    project_id     uuid,
    employer_id    uuid not null references accounts.users (id),
    freelancer_id  uuid not null references accounts.users (id),
    title          text not null,
    terms          text not null,
    total          bigint not null check (total > 0),
    status         text not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED')),
    created_at     timestamptz not null,
    expires_at     timestamptz not null,
    decided_at     timestamptz
);
create unique index offers_one_pending_per_bid on contracts.offers (bid_id) where status = 'PENDING';
create index offers_employer on contracts.offers (employer_id, created_at desc);
create index offers_freelancer on contracts.offers (freelancer_id, created_at desc);

create table contracts.offer_milestones (
    offer_id  uuid not null references contracts.offers (id),
    position  int not null,
    title     text not null,
    amount    bigint not null check (amount > 0),
    due_date  date,
    primary key (offer_id, position)
);

-- A contract: made by accepting an offer; ends completed when every milestone is approved, or cancelled when both
-- parties agree.
create table contracts.contracts (
    id                   uuid primary key,
    offer_id             uuid not null unique references contracts.offers (id),
    project_id           uuid,
    employer_id          uuid not null references accounts.users (id),
    freelancer_id        uuid not null references accounts.users (id),
    title                text not null,
    terms                text not null,
    status               text not null check (status in ('ACTIVE', 'COMPLETED', 'CANCELLED')),
    employer_ends        boolean not null default false,
    freelancer_ends      boolean not null default false,
    created_at           timestamptz not null,
    ended_at             timestamptz
);
create index contracts_employer on contracts.contracts (employer_id, created_at desc);
create index contracts_freelancer on contracts.contracts (freelancer_id, created_at desc);

create table contracts.milestones (
    id               uuid primary key,
    contract_id      uuid not null references contracts.contracts (id),
    position         int not null,
    title            text not null,
    amount           bigint not null check (amount > 0),
    due_date         date,
    status           text not null check (status in ('AWAITING_FUNDING', 'FUNDED', 'SUBMITTED', 'CHANGES_REQUESTED',
                         'APPROVED', 'REFUND_REQUESTED', 'REFUNDED', 'CANCELLED')),
    note             text not null default '',
    submitted_at     timestamptz,
    decided_at       timestamptz,
    released         boolean not null default false,
    unique (contract_id, position)
);
create index milestones_submitted on contracts.milestones (submitted_at) where status = 'SUBMITTED';
