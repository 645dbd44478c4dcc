create schema if not exists accounts;

create table accounts.users (
    id              uuid primary key,
    full_name       text not null,
    email           text not null,
    email_verified  boolean not null default false,
    password_hash   text,
    account_type    text not null check (account_type in ('EMPLOYER', 'FREELANCER', 'STAFF')),
    date_of_birth   date,
    status          text not null check (status in ('ACTIVE', 'AWAITING_GUARDIAN', 'CLOSED')),
    locale          text not null default 'en',
    failed_logins   int not null default 0,
    locked_until    timestamptz,
    totp_secret     bytea,
    totp_enabled    boolean not null default false,
    security_epoch  int not null default 0,
    created_at      timestamptz not null default now(),
    version         int not null
);
-- One account per address, whatever the capitals.
create unique index users_email on accounts.users (lower(email));

create table accounts.guardians (
    user_id       uuid primary key references accounts.users (id),
    full_name     text not null,
    email         text not null,
    relationship  text not null,
    consented_at  timestamptz
);

-- Single-use links (email verification, password reset, guardian consent); only a hash is stored.
create table accounts.one_time_tokens (
    token_hash  text primary key,
    user_id     uuid not null references accounts.users (id),
    purpose     text not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now()
);
create index one_time_tokens_user on accounts.one_time_tokens (user_id, purpose);

-- Bearer tokens for the mobile apps; refresh tokens rotate within a family.
create table accounts.api_tokens (
    token_hash  text primary key,
    user_id     uuid not null references accounts.users (id),
    kind        text not null check (kind in ('ACCESS', 'REFRESH')),
    family      uuid not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    revoked_at  timestamptz,
    created_at  timestamptz not null default now()
);
create index api_tokens_user on accounts.api_tokens (user_id);
create index api_tokens_family on accounts.api_tokens (family);

create table accounts.known_devices (
    user_id      uuid not null references accounts.users (id),
    device_hash  text not null,
    description  text not null,
    first_seen   timestamptz not null default now(),
    last_seen    timestamptz not null default now(),
    primary key (user_id, device_hash)
);

create table accounts.recovery_codes (
    user_id    uuid not null references accounts.users (id),
    code_hash  text not null,
    used_at    timestamptz,
    primary key (user_id, code_hash)
);

create table accounts.staff_roles (
    user_id  uuid not null references accounts.users (id),
    role     text not null check (role in ('ADMIN', 'VERIFIER', 'SUPPORT', 'FINANCE', 'LEGAL')),
    primary key (user_id, role)
);

create table accounts.staff_role_changes (
    id          bigserial primary key,
    user_id     uuid not null references accounts.users (id),
    changed_by  uuid references accounts.users (id),
    before      text not null,
    after       text not null,
    changed_at  timestamptz not null default now()
);

create table accounts.remember_me_tokens (
    series     text primary key,
    username   text not null,
    token      text not null,
    last_used  timestamptz not null
);
create index remember_me_tokens_user on accounts.remember_me_tokens (username);

-- Spring Session JDBC (schema-postgresql.sql of spring-session-jdbc 4.0), in this module's schema.
create table accounts.spring_session (
    primary_id             char(36) not null,
    session_id             char(36) not null,
    creation_time          bigint not null,
    last_access_time       bigint not null,
    max_inactive_interval  int not null,
    expiry_time            bigint not null,
    principal_name         varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on accounts.spring_session (session_id);
create index spring_session_ix2 on accounts.spring_session (expiry_time);
create index spring_session_ix3 on accounts.spring_session (principal_name);

create table accounts.spring_session_attributes (
    session_primary_id  char(36) not null,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references accounts.spring_session (primary_id) on delete cascade
);
