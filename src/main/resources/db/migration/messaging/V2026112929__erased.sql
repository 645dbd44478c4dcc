-- A message whose writer was erased (policy 6) shows as removed, like one its sender hid.
alter table messaging.messages drop constraint messages_hidden_by_check;
alter table messaging.messages add constraint messages_hidden_by_check check (hidden_by in ('SENDER', 'MODERATION', 'ERASURE'));
