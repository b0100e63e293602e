-- The language in which an agency's contact addresses get their e-mails.
alter table agency add column contact_language varchar(2) default 'KY' not null;
