create schema if not exists catalog;

-- A service a freelancer lists: 1 to 3 packages (price in paisa), questions the buyer answers, gallery images.
create table catalog.services (
    id             uuid primary key,
    freelancer_id  uuid not null references accounts.users (id),
    title          text not null,
    description    text not null,
    category       text not null,
    skills         text[] not null,
    questions      text[] not null default '{}',
    status         text not null check (status in ('ACTIVE', 'PAUSED')),
    created_at     timestamptz not null,
    -- As for projects: title (A), skill names (B), description (C), each 'english' and 'simple'.
    search         tsvector not null
);
create index services_search on catalog.services using gin (search);
create index services_active_newest on catalog.services (created_at desc, id desc) where status = 'ACTIVE';
create index services_freelancer on catalog.services (freelancer_id);

create table catalog.packages (
    service_id     uuid not null references catalog.services (id),
    position       int not null,
    name           text not null,
    price          bigint not null check (price > 0),
    delivery_days  int not null check (delivery_days between 1 and 365),
    revisions      int not null check (revisions between 0 and 10),
    description    text not null,
    primary key (service_id, position)
);

create table catalog.gallery (
    service_id  uuid not null references catalog.services (id),
    position    int not null,
    image_key   text not null,
    primary key (service_id, position)
);

-- An order of one package; it becomes a contract with one milestone at the package's price (contracts).
create table catalog.orders (
    id             uuid primary key,
    service_id     uuid not null references catalog.services (id),
    package        int not null,
    employer_id    uuid not null references accounts.users (id),
    freelancer_id  uuid not null references accounts.users (id),
    answers        text[] not null,
    price          bigint not null,
    contract_id    uuid not null,
    created_at     timestamptz not null
);
create index orders_employer on catalog.orders (employer_id, created_at desc);
