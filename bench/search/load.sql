-- Loads bench data written by generate.py (see bench/search/run). Foreign keys are not re-checked while loading
-- (session_replication_role = replica): the generator makes every reference valid.
set session_replication_role = replica;
\copy accounts.users (id, full_name, email, email_verified, account_type, status, locale, version) from program 'python3 bench/search/generate.py users'

create unlogged table projects.bench_staging (
    id uuid, employer_id uuid, title text, description text, category text, skills text[], budget_type text,
    budget_min bigint, budget_max bigint, location_mode text, city text, visibility text, status text,
    published_at timestamptz, skill_names text);
\copy projects.bench_staging from program 'python3 bench/search/generate.py projects bench/.search/taxonomy.tsv'
-- The search vector as ProjectStore writes it.
insert into projects.projects (id, employer_id, title, description, category, skills, budget_type, budget_min,
    budget_max, location_mode, city, area, visibility, status, created_at, published_at, expires_at, search)
select id, employer_id, title, description, category, skills, budget_type, budget_min, budget_max, location_mode,
    city, '', visibility, status, published_at, published_at, published_at + interval '3650 days',
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('simple', title), 'A')
    || setweight(to_tsvector('simple', skill_names), 'B')
    || setweight(to_tsvector('english', description), 'C') || setweight(to_tsvector('simple', description), 'C')
from projects.bench_staging;
drop table projects.bench_staging;

\copy projects.bids (id, project_id, freelancer_id, amount, delivery_days, cover_letter, status, created_at, updated_at) from program 'python3 bench/search/generate.py bids'
set session_replication_role = origin;
vacuum analyze accounts.users;
vacuum analyze projects.projects;
vacuum analyze projects.bids;
