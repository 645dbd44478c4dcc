create schema if not exists reviews;

-- One review per party per ended contract, written within 14 days of the end. Double-blind: shown once the other
-- party's review is in or the window has closed. Staff may hide abusive text (the rating stays).
create table reviews.reviews (
    id               uuid primary key,
    contract_id      uuid not null,
    author_id        uuid not null references accounts.users (id),
    subject_id       uuid not null references accounts.users (id),
    rating           int not null check (rating between 1 and 5),
    text             text not null,
    created_at       timestamptz not null,
    window_closes_at timestamptz not null,
    hidden_reason    text,
    hidden_by        uuid references accounts.users (id),
    hidden_at        timestamptz,
    unique (contract_id, author_id)
);
create index reviews_subject on reviews.reviews (subject_id, created_at desc);
