-- A visitor's address counts as theirs once the link mailed to it was opened; staff see whether it was.
alter table support.tickets add column email_confirmed boolean not null default false;
update support.tickets set email_confirmed = true where user_id is not null;
