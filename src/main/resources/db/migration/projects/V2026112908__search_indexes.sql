-- Search looks at open projects only: the text index covers just those, so a rare word is found from it alone
-- (measured in bench/search: with a full index the planner also scanned an open-projects index, 900k entries).
drop index projects.projects_search;
create index projects_search on projects.projects using gin (search) where status = 'OPEN';
drop index projects.projects_expiring;
create index projects_expiring on projects.projects (expires_at);
