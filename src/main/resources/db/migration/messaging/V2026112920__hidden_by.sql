-- Who hid a message: its sender (within 15 minutes) or SUPPORT staff deciding a report; readers are told which.
alter table messaging.messages add column hidden_by text check (hidden_by in ('SENDER', 'MODERATION'));
update messaging.messages set hidden_by = 'SENDER' where hidden_at is not null;
