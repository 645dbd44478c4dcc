-- When a closed account was closed: staff may reactivate it within the configured window.
alter table accounts.users add column closed_at timestamptz;
