-- The daily upload allowance is counted per person (or per visitor's ticket).
create index attachments_added_by on platform.attachments (added_by, added_at);
