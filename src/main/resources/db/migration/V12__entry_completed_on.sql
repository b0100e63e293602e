-- Planned vs actual: the day the work on a measure was actually completed, as the agency reports it with COMPLETED.
-- Working entries and the frozen revision entries both carry it, so that a submitted revision keeps the date it
-- was submitted with. Entries written before this column existed have none: the measure then shows the half-year
-- of the report that called it completed, without a slip in days.

alter table report_entry add column completed_on date;
alter table report_entry add constraint ck_report_entry_completed_on
    check (completed_on is null or status = 'COMPLETED');

alter table report_revision_entry add column completed_on date;
alter table report_revision_entry add constraint ck_report_revision_entry_completed_on
    check (completed_on is null or status = 'COMPLETED');
