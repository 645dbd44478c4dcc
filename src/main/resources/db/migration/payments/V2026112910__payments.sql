create schema if not exists payments;

-- Double-entry ledger. An entry's amount is signed (debit positive, credit negative); the entries of one
-- transaction sum to zero (checked at commit) and no entry or transaction is ever changed or removed.
create table payments.accounts (
    id       uuid primary key,
    code     text not null unique,
    kind     text not null check (kind in ('CLEARING', 'REVENUE', 'PAYOUTS_IN_TRANSIT', 'REFUNDS',
                                           'WALLET_PENDING', 'WALLET_AVAILABLE', 'ESCROW')),
    owner_id uuid
);
create index accounts_owner on payments.accounts (owner_id) where owner_id is not null;

create table payments.transactions (
    id           uuid primary key,
    number       bigint generated always as identity unique,
    kind         text not null,
    memo         text not null,
    contract_id  uuid,
    milestone_id uuid,
    checkout_id  uuid,
    payout_id    uuid,
    posted_at    timestamptz not null
);
create index transactions_milestone on payments.transactions (milestone_id) where milestone_id is not null;

create table payments.entries (
    id             bigint generated always as identity primary key,
    transaction_id uuid not null references payments.transactions (id),
    account_id     uuid not null references payments.accounts (id),
    amount         bigint not null check (amount <> 0)
);
create index entries_account on payments.entries (account_id, id) include (amount, transaction_id);
create index entries_transaction on payments.entries (transaction_id);

create function payments.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the ledger is append-only: % on % refused', tg_op, tg_table_name;
end $$;
create trigger entries_append_only before update or delete or truncate on payments.entries
    for each statement execute function payments.refuse_change();
create trigger transactions_append_only before update or delete or truncate on payments.transactions
    for each statement execute function payments.refuse_change();

create function payments.require_balanced() returns trigger language plpgsql as $$
begin
    if (select sum(amount) from payments.entries where transaction_id = new.transaction_id) <> 0 then
        raise exception 'ledger transaction % does not sum to zero', new.transaction_id;
    end if;
    return null;
end $$;
create constraint trigger entries_balanced after insert on payments.entries
    deferrable initially deferred for each row execute function payments.require_balanced();

-- Hosted checkouts: the payer is sent to a gateway and the gateway tells us, server to server, how it went.
create sequence payments.checkout_refs;
create table payments.checkouts (
    id           uuid primary key,
    ref          text not null unique,
    purpose      text not null check (purpose in ('MILESTONE', 'SUBSCRIPTION', 'POSTING_FEE')),
    reference_id uuid not null,
    payer_id     uuid not null references accounts.users (id),
    amount       bigint not null check (amount > 0),
    currency     text not null default 'PKR',
    description  text not null,
    contract_id  uuid,
    gateway      text not null check (gateway in ('SANDBOX', 'JAZZCASH', 'EASYPAISA')),
    status       text not null check (status in ('PENDING', 'PAID', 'FAILED', 'CANCELLED', 'EXPIRED')),
    gateway_txn  text,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    settled_at   timestamptz,
    receipt_no   bigint unique,
    unique (gateway, gateway_txn)
);
create index checkouts_payer on payments.checkouts (payer_id, created_at desc);
create index checkouts_open on payments.checkouts (expires_at) where status in ('PENDING', 'EXPIRED');
create sequence payments.receipt_numbers;

-- Every callback as it arrived, accepted or not.
create table payments.callbacks (
    id          bigint generated always as identity primary key,
    gateway     text not null,
    received_at timestamptz not null,
    remote_addr text,
    body        text not null,
    checkout_id uuid,
    outcome     text not null default 'RECEIVED'
);

-- What each milestone's escrow holds; a cache of the ledger that reconciliation checks against the entries.
create table payments.escrows (
    milestone_id uuid primary key,
    contract_id  uuid not null,
    employer_id  uuid not null references accounts.users (id),
    checkout_id  uuid not null references payments.checkouts (id),
    funded       bigint not null check (funded > 0),
    released     bigint not null default 0,
    refunded     bigint not null default 0,
    check (released >= 0 and refunded >= 0 and funded - released - refunded >= 0)
);
create index escrows_contract on payments.escrows (contract_id);

-- A release waits in the freelancer's pending balance until its clearance date.
create table payments.clearances (
    transaction_id uuid primary key references payments.transactions (id),
    user_id        uuid not null references accounts.users (id),
    amount         bigint not null check (amount > 0),
    available_at   timestamptz not null,
    cleared_at     timestamptz
);
create index clearances_due on payments.clearances (available_at) where cleared_at is null;

-- Money going back to an employer through the gateway it came from.
create table payments.refunds (
    id           uuid primary key,
    checkout_id  uuid not null references payments.checkouts (id),
    milestone_id uuid,
    employer_id  uuid not null references accounts.users (id),
    amount       bigint not null check (amount > 0),
    reason       text not null,
    status       text not null check (status in ('AWAITING_GATEWAY', 'SENT')),
    gateway_ref  text,
    requested_by uuid references accounts.users (id),
    created_at   timestamptz not null,
    sent_at      timestamptz
);
create index refunds_waiting on payments.refunds (created_at) where status = 'AWAITING_GATEWAY';

-- Where a freelancer is paid: an IBAN or a mobile wallet, the number sealed with the owner as associated data.
create table payments.payout_methods (
    id            uuid primary key,
    user_id       uuid not null references accounts.users (id),
    kind          text not null check (kind in ('BANK', 'JAZZCASH', 'EASYPAISA')),
    account_title text not null,
    number_sealed bytea not null,
    number_hint   text not null,
    created_at    timestamptz not null,
    usable_from   timestamptz not null,
    removed_at    timestamptz
);
create index payout_methods_user on payments.payout_methods (user_id);

create table payments.payouts (
    id           uuid primary key,
    user_id      uuid not null references accounts.users (id),
    method_id    uuid not null references payments.payout_methods (id),
    amount       bigint not null check (amount > 0),
    status       text not null check (status in ('REQUESTED', 'PAID', 'REJECTED')),
    requested_at timestamptz not null,
    decided_by   uuid references accounts.users (id),
    decided_at   timestamptz,
    reference    text,
    reason       text
);
create index payouts_user on payments.payouts (user_id, requested_at desc);
create index payouts_open on payments.payouts (requested_at) where status = 'REQUESTED';

-- Nightly reconciliation runs and what they found.
create table payments.reconciliations (
    id          uuid primary key,
    ran_at      timestamptz not null,
    problems    int not null,
    report      text not null
);

-- FINANCE staff looking at someone's payout details (account numbers) say why.
create table payments.staff_views (
    id         bigint generated always as identity primary key,
    staff_id   uuid not null references accounts.users (id),
    user_id    uuid not null references accounts.users (id),
    purpose    text not null,
    viewed_at  timestamptz not null
);

-- The platform's own accounts exist from the start (the ledger caches their ids).
insert into payments.accounts (id, code, kind) values
    (gen_random_uuid(), 'clearing:SANDBOX', 'CLEARING'),
    (gen_random_uuid(), 'clearing:JAZZCASH', 'CLEARING'),
    (gen_random_uuid(), 'clearing:EASYPAISA', 'CLEARING'),
    (gen_random_uuid(), 'clearing:BANK', 'CLEARING'),
    (gen_random_uuid(), 'revenue', 'REVENUE'),
    (gen_random_uuid(), 'payouts-in-transit', 'PAYOUTS_IN_TRANSIT'),
    (gen_random_uuid(), 'refunds', 'REFUNDS');
