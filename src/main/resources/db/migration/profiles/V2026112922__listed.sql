-- A closed account's profile leaves the directory; reactivation lists it again.
alter table profiles.freelancer_profiles add column listed boolean not null default true;
