-- Agencies may attach much evidence: a consolidated snapshot gets room for ten million characters (PostgreSQL's
-- varchar allows up to 10,485,760).
alter table consolidated_report alter column snapshot set data type varchar(10000000);
