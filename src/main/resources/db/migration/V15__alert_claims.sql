-- Several instances send the one outbox. An instance claims a recipient's pending alerts in a short transaction
-- (the rows locked with SKIP LOCKED, so that a second instance passes them by instead of waiting) and leases them
-- until claimed_until: the SMTP conversation then happens without a row lock, and another instance leaves rows under
-- a live lease alone. An instance that dies while sending leaves its lease to expire, and the rows are claimed again.
-- claimed_by names the instance, so that an operator can tell who holds a lease.

alter table alert add column claimed_until timestamp with time zone;
alter table alert add column claimed_by varchar(64);
