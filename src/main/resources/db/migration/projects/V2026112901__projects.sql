create schema if not exists projects;

-- A project: a draft until its employer publishes it, then OPEN until closed, hired or expired. Money in paisa.
create table projects.projects (
    id             uuid primary key,
    employer_id    uuid not null references accounts.users (id),
    title          text not null,
    description    text not null,
    category       text not null,
    skills         text[] not null,
    budget_type    text not null check (budget_type in ('FIXED', 'HOURLY')),
    budget_min     bigint not null check (budget_min > 0),
    budget_max     bigint not null check (budget_max >= budget_min),
    deadline       date,
    location_mode  text not null check (location_mode in ('REMOTE', 'ONSITE')),
    city           text not null default '',
    area           text not null default '',
    visibility     text not null check (visibility in ('REGISTERED', 'INVITED')),
    status         text not null check (status in ('DRAFT', 'OPEN', 'CLOSED', 'EXPIRED', 'HIRED')),
    created_at     timestamptz not null,
    published_at   timestamptz,
    expires_at     timestamptz,
    -- Title (A), skill names (B) and description (C), each under 'english' (stemmed) and 'simple' (Urdu and
    -- other words the English stemmer would mangle); written with the project, skill names looked up then.
    search         tsvector not null
);
create index projects_search on projects.projects using gin (search);
create index projects_skills on projects.projects using gin (skills);
create index projects_open_newest on projects.projects (published_at desc, id desc) where status = 'OPEN';
create index projects_open_budget on projects.projects (budget_max desc, id desc) where status = 'OPEN';
create index projects_employer on projects.projects (employer_id, created_at desc);
create index projects_expiring on projects.projects (expires_at) where status = 'OPEN';

create table projects.invitations (
    project_id     uuid not null references projects.projects (id),
    freelancer_id  uuid not null references accounts.users (id),
    invited_at     timestamptz not null,
    primary key (project_id, freelancer_id)
);
create index invitations_freelancer on projects.invitations (freelancer_id);

-- One bid per freelancer per project. A bid on a project closed without a hire stops counting against the quota.
create table projects.bids (
    id                uuid primary key,
    project_id        uuid not null references projects.projects (id),
    freelancer_id     uuid not null references accounts.users (id),
    amount            bigint not null check (amount > 0),
    delivery_days     int not null check (delivery_days between 1 and 365),
    cover_letter      text not null,
    status            text not null check (status in ('ACTIVE', 'SHORTLISTED', 'DECLINED', 'WITHDRAWN', 'HIRED')),
    counts_for_quota  boolean not null default true,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    unique (project_id, freelancer_id)
);
create index bids_freelancer on projects.bids (freelancer_id, created_at desc);

-- Every staff look at a project a freelancer could not see (a draft, an invitation-only project), with its purpose.
create table projects.staff_views (
    id          bigserial primary key,
    project_id  uuid not null references projects.projects (id),
    viewer_id   uuid not null references accounts.users (id),
    purpose     text not null,
    viewed_at   timestamptz not null default now()
);
