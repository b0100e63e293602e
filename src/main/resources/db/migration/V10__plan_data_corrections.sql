-- Issue 14: corrections to the 2019-2023 plan data, checked against the acts and the public record.
-- The seed loader never overwrites stored rows, so a database that already holds the plan is corrected here. On a
-- fresh database this migration runs before the seed is loaded: the updates find no rows and the corrected seed
-- document brings the same values (PlanDataCorrectionsTest compares the two). Reports are left as they are.
-- Portable between H2 2.x and PostgreSQL 15.

-- The act each establishment and each succession comes from: kind and date, number and title where known.
alter table agency add column established_by_kind varchar(32);
alter table agency add column established_by_number varchar(64);
alter table agency add column established_by_date date;
alter table agency add column established_by_title_ky varchar(20000);
alter table agency add column established_by_title_ru varchar(20000);
alter table agency add column established_by_title_en varchar(20000);
alter table agency add column successor_act_kind varchar(32);
alter table agency add column successor_act_number varchar(64);
alter table agency add column successor_act_date date;
alter table agency add column successor_act_title_ky varchar(20000);
alter table agency add column successor_act_title_ru varchar(20000);
alter table agency add column successor_act_title_en varchar(20000);
alter table agency add constraint ck_agency_established_by check (
    (established_by_kind is null and established_by_date is null and established_by_number is null
        and established_by_title_ky is null)
    or (established_by_kind is not null and established_by_date is not null and established_on is not null));
alter table agency add constraint ck_agency_successor_act check (
    (successor_act_kind is null and successor_act_date is null and successor_act_number is null
        and successor_act_title_ky is null)
    or (successor_act_kind is not null and successor_act_date is not null and successor_id is not null));

-- A funding cell merged with an earlier measure's names that measure, so that its amount is not counted twice.
alter table measure add column funding_shared_with varchar(16);
alter table measure add constraint fk_measure_funding_shared_with
    foreign key (plan_id, funding_shared_with) references measure (plan_id, code);

-- МТБМК became the Ministry of Digital Development on 5 May 2021 (President's decree "On the Cabinet of Ministers of
-- the Kyrgyz Republic"), not on 13 October 2021 (a cabinet reshuffle): MDD answers for 2021-H1 on.
update agency
set established_on = date '2021-05-05',
    established_by_kind = 'PRESIDENTIAL_DECREE',
    established_by_date = date '2021-05-05',
    established_by_title_ky = 'Кыргыз Республикасынын Министрлер Кабинети жөнүндө',
    established_by_title_ru = 'О Кабинете Министров Кыргызской Республики',
    established_by_title_en = 'On the Cabinet of Ministers of the Kyrgyz Republic',
    editorial_note = 'Not named in the plan text: successor of МТБМК (State Committee for Information Technologies and Communications), set up with the structure of the Cabinet of Ministers by the President''s decree ''On the Cabinet of Ministers of the Kyrgyz Republic'' of 5 May 2021 (public record; the decree''s number is not confirmed and is left out). The ky name and abbreviation are not from the seed text.'
where code = 'MDD';

update agency
set successor_from = date '2021-05-05',
    successor_act_kind = 'PRESIDENTIAL_DECREE',
    successor_act_date = date '2021-05-05',
    successor_act_title_ky = 'Кыргыз Республикасынын Министрлер Кабинети жөнүндө',
    successor_act_title_ru = 'О Кабинете Министров Кыргызской Республики',
    successor_act_title_en = 'On the Cabinet of Ministers of the Kyrgyz Republic',
    editorial_note = 'Resolution No. 369 (paragraphs 3 and 4) names this committee as the body that receives the half-yearly reports and writes the consolidated report. Its duties passed to the Ministry of Digital Development (MDD) on 5 May 2021: the President''s decree ''On the Cabinet of Ministers of the Kyrgyz Republic'' of 5 May 2021 set up the Cabinet''s structure with that ministry, and Cabinet of Ministers resolution No. 29 of 14 June 2021 then replaced the committee''s name in earlier acts (public record, not in the seed sources). The decree''s number is not confirmed and is left out. Earlier editions of this data gave 13 October 2021, the date of a cabinet reshuffle, not of the reorganisation.'
where code = 'MTBMK';

-- The State Agency for Personal Data Protection was set up by a presidential decree of 14 September 2021; the
-- former 2021-12-31 matched no act.
update agency
set established_on = date '2021-09-14',
    established_by_kind = 'PRESIDENTIAL_DECREE',
    established_by_date = date '2021-09-14',
    editorial_note = 'The table names this body in two forms: ''Жеке маалыматтар боюнча мамлекеттик ыйгарым укуктуу орган'' (measure 5.2) and ''Жеке маалыматтар боюнча ыйгарым укуктуу мамлекеттик орган'' (measure 7.1); the 7.1 form is used as the name. The abbreviations are the project''s own short forms, not from the source. The body was set up as the State Agency for Personal Data Protection under the Cabinet of Ministers by a presidential decree of 14 September 2021, the date used as establishedOn (public record, not in the seed sources; the decree''s number and title are not confirmed and are left out). Its regulations were approved by Cabinet of Ministers resolution No. 325 of 22 December 2021, and it was registered on 10 January 2022.'
where code = 'PDA';

-- The same decree of 5 May 2021 made the Ministry of Culture, Information and Tourism the Ministry of Culture,
-- Information, Sports and Youth Policy.
insert into agency (code, name_ky, name_ru, name_en, abbreviation_ky, abbreviation_ru, abbreviation_en, established_on,
                    established_by_kind, established_by_date, established_by_title_ky, established_by_title_ru,
                    established_by_title_en, editorial_note, contact_language, version)
select 'MMSJSM',
       'Кыргыз Республикасынын Маданият, маалымат, спорт жана жаштар саясаты министрлиги',
       'Министерство культуры, информации, спорта и молодежной политики Кыргызской Республики',
       'Ministry of Culture, Information, Sports and Youth Policy of the Kyrgyz Republic',
       'ММСЖСМ',
       'МКИСМП',
       'MCISYP',
       date '2021-05-05',
       'PRESIDENTIAL_DECREE',
       date '2021-05-05',
       'Кыргыз Республикасынын Министрлер Кабинети жөнүндө',
       'О Кабинете Министров Кыргызской Республики',
       'On the Cabinet of Ministers of the Kyrgyz Republic',
       'Not named in the plan text: successor of ММТМ (Ministry of Culture, Information and Tourism), set up with the structure of the Cabinet of Ministers by the President''s decree ''On the Cabinet of Ministers of the Kyrgyz Republic'' of 5 May 2021 (public record; the decree''s number is not confirmed and is left out). The names are the ministry''s own. None of the abbreviations (ky ММСЖСМ, ru МКИСМП, en MCISYP) is from the seed text: they are the project''s short forms, and the code MMSJSM transliterates the ky one.',
       'KY',
       0
from agency
where code = 'MMTM' and not exists (select 1 from agency known where known.code = 'MMSJSM');

update agency
set successor_id = (select ministry.id from agency ministry where ministry.code = 'MMSJSM'),
    successor_from = date '2021-05-05',
    successor_act_kind = 'PRESIDENTIAL_DECREE',
    successor_act_date = date '2021-05-05',
    successor_act_title_ky = 'Кыргыз Республикасынын Министрлер Кабинети жөнүндө',
    successor_act_title_ru = 'О Кабинете Министров Кыргызской Республики',
    successor_act_title_en = 'On the Cabinet of Ministers of the Kyrgyz Republic',
    editorial_note = 'Its duties passed on 5 May 2021 to the Ministry of Culture, Information, Sports and Youth Policy (MMSJSM), set up with the structure of the Cabinet of Ministers by the President''s decree ''On the Cabinet of Ministers of the Kyrgyz Republic'' of 5 May 2021 (public record, not in the seed sources; the decree''s number is not confirmed and is left out).'
where code = 'MMTM';

-- 1.11: "үзгүлтүксүз аудит" is continuous (ongoing) audit, not regular audit.
update measure
set text_ru = 'Проведение непрерывного аудита кибербезопасности государственных информационных систем, государственных информационных инфраструктур',
    text_en = 'Conducting a continuous audit of the cybersecurity of state information systems and state information infrastructures',
    editorial_note = 'The funding cell is blank in the source (merged with 1.1): taken from 1.1. The executors (УКМК, МТБМК) are given in the row itself, without ''ministries and agencies''. ''үзгүлтүксүз аудит'' is a continuous (ongoing) audit, not a regular (periodic) one; the ru and en texts say so.'
where code = '1.11' and plan_id in (select id from plan where code = 'cybersecurity-2019-2023');

-- 5.1: its deadline (1 July 2019) falls before the act (24 July 2019).
update measure
set editorial_note = 'The deadline 1 July 2019 (2019-жылдын 1-июлу) is written so in the act, although it falls before the act itself: resolution No. 369 was adopted on 24 July 2019 and entered into force on 21 August 2019. The measure was thus overdue from the start; the date is kept as the act gives it.'
where code = '5.1' and plan_id in (select id from plan where code = 'cybersecurity-2019-2023');

-- 5.3's blank funding cell continues 5.2's merged cell: shared, not a second 5 708 900 som.
update measure
set editorial_note = 'The row is split by a page break in the source; every cell was rejoined from both pages. The funding cell reads ''"Санарип Кыргызстан 2019-"'' + ''2020"'' across the break, i.e. ''Digital Kyrgyzstan 2019-2020'', although the concept is generally known as ''Digital Kyrgyzstan 2019-2023''; the source wording is kept verbatim and should be checked against the official text. The 5 708 900 som is stated once, in this row, and is attributed to 5.2 only (5.3 continues the cell: its funding is marked as shared with 5.2, without the amount).'
where code = '5.2' and plan_id in (select id from plan where code = 'cybersecurity-2019-2023');

update measure
set funding_shared_with = '5.2',
    funding_wording_ky = '5.2-пункт менен бир уяча: каржылоосу 5.2-пунктта көрсөтүлгөн',
    funding_wording_ru = 'Одна ячейка с пунктом 5.2: финансирование указано в пункте 5.2',
    funding_wording_en = 'One cell with measure 5.2: the funding is stated under 5.2',
    editorial_note = 'Funding and executor cells are blank in the source (merged with 5.2): executors taken from 5.2. The funding is marked as shared with 5.2 (sharedWith) and its wording points to 5.2 instead of repeating the merged cell, whose 5 708 900 som is stated once and counted once, under 5.2; the programme source is kept without amount and currency. The ky wording of this pointer is the project''s own.'
where code = '5.3' and plan_id in (select id from plan where code = 'cybersecurity-2019-2023');
