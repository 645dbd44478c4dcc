create schema if not exists billing;

-- Plans staff manage; prices in paisa. A null monthly_bids means the plan is not for freelancers.
create table billing.plans (
    id               uuid primary key,
    code             text not null unique,
    audience         text not null check (audience in ('FREELANCER', 'EMPLOYER')),
    name_en          text not null,
    name_ur          text not null,
    monthly_price    bigint not null check (monthly_price >= 0),
    yearly_price     bigint not null check (yearly_price >= 0),
    project_access   boolean not null,
    monthly_bids     int check (monthly_bids >= 0),
    featured_projects boolean not null,
    is_default       boolean not null,
    active           boolean not null default true,
    position         int not null
);
create unique index plans_one_default on billing.plans (audience) where is_default;

insert into billing.plans (id, code, audience, name_en, name_ur, monthly_price, yearly_price, project_access,
                           monthly_bids, featured_projects, is_default, position) values
    ('6f1c5e1a-0d44-4d5e-9a51-000000000001', 'FREELANCER_FREE', 'FREELANCER', 'Freelancer Free', 'فری لانسر مفت',
     0, 0, true, 10, false, true, 1),
    ('6f1c5e1a-0d44-4d5e-9a51-000000000002', 'FREELANCER_PRO', 'FREELANCER', 'Freelancer Pro', 'فری لانسر پرو',
     150000, 1500000, true, 80, false, false, 2),
    ('6f1c5e1a-0d44-4d5e-9a51-000000000003', 'EMPLOYER_BASIC', 'EMPLOYER', 'Employer Basic', 'آجر بنیادی',
     0, 0, false, null, false, true, 3),
    ('6f1c5e1a-0d44-4d5e-9a51-000000000004', 'EMPLOYER_BUSINESS', 'EMPLOYER', 'Employer Business', 'آجر بزنس',
     300000, 3000000, false, null, true, false, 4);

-- A subscription to a paid plan. AWAITING_PAYMENT until its first checkout is paid; ACTIVE for the paid period
-- (cancelled ones run to its end); GRACE for 3 days after an unpaid renewal; ENDED after that (the free plan again).
create table billing.subscriptions (
    id                   uuid primary key,
    user_id              uuid not null references accounts.users (id),
    plan_id              uuid not null references billing.plans (id),
    period               text not null check (period in ('MONTHLY', 'YEARLY')),
    status               text not null check (status in ('AWAITING_PAYMENT', 'ACTIVE', 'GRACE', 'ENDED')),
    current_period_end   timestamptz,
    cancel_at_period_end boolean not null default false,
    reminded_for         timestamptz,
    created_at           timestamptz not null
);
create unique index subscriptions_one_running on billing.subscriptions (user_id) where status in ('ACTIVE', 'GRACE');
create index subscriptions_user on billing.subscriptions (user_id, created_at desc);
create index subscriptions_due on billing.subscriptions (current_period_end) where status in ('ACTIVE', 'GRACE');

-- Each paid checkout counted once, whatever the event delivery does.
create table billing.payments (
    checkout_id     uuid primary key,
    subscription_id uuid references billing.subscriptions (id),
    project_id      uuid,
    user_id         uuid not null references accounts.users (id),
    amount          bigint not null,
    paid_at         timestamptz not null
);
create index payments_project on billing.payments (project_id) where project_id is not null;
