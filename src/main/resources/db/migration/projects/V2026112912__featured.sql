-- Projects published by an employer whose plan features them (Employer Business): marked in search and on the page.
create table projects.featured (
    project_id uuid primary key references projects.projects (id),
    since      timestamptz not null
);
