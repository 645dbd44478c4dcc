-- A fee refunded under the Refund & Return Policy no longer counts as paid.
alter table billing.payments add column refunded_at timestamptz;
