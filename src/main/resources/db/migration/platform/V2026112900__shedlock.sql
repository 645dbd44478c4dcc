-- ShedLock: each scheduled job runs on one node at a time.
create table platform.shedlock (
    name        varchar(64) primary key,
    lock_until  timestamptz not null,
    locked_at   timestamptz not null,
    locked_by   varchar(255) not null
);
