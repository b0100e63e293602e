-- A consolidated snapshot has no size limit: with 5,000 measures and 99 agencies it passes the ten million characters
-- of V6 (PostgreSQL allows varchar(n) no longer than 10,485,760). varchar without a length is unbounded on
-- PostgreSQL and the longest CHARACTER VARYING (10^9 characters) on H2, and it stays the type that Hibernate expects
-- of a String on both, where text would be a CLOB on H2.
alter table consolidated_report alter column snapshot set data type varchar;
