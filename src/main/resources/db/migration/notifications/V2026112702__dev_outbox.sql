create schema if not exists notifications;

create table notifications.dev_outbox (
    id         bigserial primary key,
    recipient  text not null,
    subject    text not null,
    text_body  text not null,
    html_body  text,
    sent_at    timestamptz not null default now()
);
create index dev_outbox_recipient on notifications.dev_outbox (recipient, sent_at desc);
