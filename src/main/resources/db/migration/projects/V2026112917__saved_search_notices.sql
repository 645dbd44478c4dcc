-- When the owner of a saved search was last told of its new matches (a daily notification).
alter table projects.saved_searches add column notified_at timestamptz;
