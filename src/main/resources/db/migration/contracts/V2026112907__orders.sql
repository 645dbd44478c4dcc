-- A contract made from a service order: one milestone, revisions up to the package's count, accepted for the
-- employer 3 days after delivery (a contract from a bid: revisions unlimited, 14 days).
alter table contracts.contracts add column order_id uuid unique;
alter table contracts.contracts add column revisions_allowed int;
alter table contracts.contracts add column revisions_used int not null default 0;
alter table contracts.contracts add column auto_approve_days int not null default 14;
alter table contracts.contracts alter column offer_id drop not null;
