-- Back-filled reports: the committee enters a report that an agency handed in on paper, after the fact. It counts as
-- submitted on the day it was received; the covering letter (the agency's outgoing number and date) proves it. Who
-- entered it and when are the report's created_by and created_at: a report is back-filled from the moment it is
-- opened. An ordinary report has none of the three.

alter table report add column received_on date;
alter table report add column letter_number varchar(64);
alter table report add column letter_date date;

alter table report add constraint ck_report_backfill check (
    (received_on is null and letter_number is null and letter_date is null)
    or (received_on is not null and letter_number is not null and letter_date is not null
        and letter_date <= received_on));
