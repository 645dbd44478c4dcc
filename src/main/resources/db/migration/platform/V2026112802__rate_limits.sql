-- Fixed-window counters shared by every node: one row per limited key (the key names its window length).
create schema if not exists platform;

create table platform.rate_limits (
    key          text primary key,
    hits         int not null,
    window_ends  timestamptz not null
);
create index rate_limits_window_ends on platform.rate_limits (window_ends);
