-- A disputed milestone's money is frozen until SUPPORT staff decide: release it, refund it, or split it.
alter table contracts.milestones drop constraint milestones_status_check;
alter table contracts.milestones add constraint milestones_status_check check (status in ('AWAITING_FUNDING',
    'FUNDED', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED', 'REFUND_REQUESTED', 'REFUNDED', 'CANCELLED', 'DISPUTED',
    'SPLIT'));

create table contracts.disputes (
    id                uuid primary key,
    contract_id       uuid not null references contracts.contracts (id),
    milestone_id      uuid not null references contracts.milestones (id),
    opened_by         uuid not null references accounts.users (id),
    reason            text not null,
    evidence          text not null default '',
    previous_status   text not null,
    status            text not null check (status in ('OPEN', 'DECIDED')),
    decision          text check (decision in ('RELEASE', 'REFUND', 'SPLIT')),
    freelancer_share  bigint,
    decision_reason   text,
    decided_by        uuid references accounts.users (id),
    opened_at         timestamptz not null,
    decided_at        timestamptz
);
create unique index disputes_one_open_per_milestone on contracts.disputes (milestone_id) where status = 'OPEN';
create index disputes_queue on contracts.disputes (opened_at) where status = 'OPEN';
create index disputes_contract on contracts.disputes (contract_id);

-- Every staff look at a dispute (its contract, terms and evidence), with its purpose (policy: who saw my data).
create table contracts.staff_views (
    id           bigserial primary key,
    dispute_id   uuid not null references contracts.disputes (id),
    viewer_id    uuid not null references accounts.users (id),
    purpose      text not null,
    viewed_at    timestamptz not null default now()
);
