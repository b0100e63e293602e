-- The 2019-2023 plan's rows as the seed loader stored them before V10 (seed-data/cybersecurity-2019-2023.json of
-- commit 0bbade9, column by column): every agency, and the tasks and measures V10 corrects, with an MTBMK report on
-- 2021-H1 accepted before the correction. PlanDataCorrectionsTest runs this between V9 and V10.

insert into agency (code, name_ky, name_ru, name_en, abbreviation_ky, abbreviation_ru, abbreviation_en, established_on, editorial_note, version)
values ('UKMK', 'Кыргыз Республикасынын Улуттук коопсуздук мамлекеттик кызматы', 'Государственный комитет национальной безопасности Кыргызской Республики', 'State Committee for National Security of the Kyrgyz Republic', 'УКМК', 'ГКНБ', 'SCNS', null, 'The list of abbreviations at the end of Annex 2 (2022 edition) expands УКМК as ''Кыргыз Республикасынын Улуттук коопсуздук мамлекеттик кызматы'' (literally ''State Service for National Security''), while the abbreviation УКМК (State Committee) is kept throughout the table. The ky name is taken verbatim from that list; the ru and en names are the customary names of the State Committee for National Security.', 0);

insert into agency (code, name_ky, name_ru, name_en, abbreviation_ky, abbreviation_ru, abbreviation_en, established_on, editorial_note, version)
values ('MTBMK', 'Кыргыз Республикасынын Маалыматтык технологиялар жана байланыш мамлекеттик комитети', 'Государственный комитет информационных технологий и связи Кыргызской Республики', 'State Committee for Information Technologies and Communications of the Kyrgyz Republic', 'МТБМК', 'ГКИТС', 'SCITC', null, 'In October 2021 the committee was reorganised into the Ministry of Digital Development (MDD) (public record). The seed sources name neither the reorganisation act nor its date; the succession date 2021-10-13 must be confirmed against the act by the coordinator. Resolution No. 369 (paragraphs 3 and 4) names this committee as the body that receives the half-yearly reports and writes the consolidated report.', 0);

insert into agency (code, name_ky, name_ru, name_en, abbreviation_ky, abbreviation_ru, abbreviation_en, established_on, editorial_note, version)
values ('MDD', 'Кыргыз Республикасынын Санариптик өнүктүрүү министрлиги', 'Министерство цифрового развития Кыргызской Республики', 'Ministry of Digital Development of the Kyrgyz Republic', 'СӨМ', 'МЦР', 'MDD', date '2021-10-13', 'Not named in the plan text: successor of МТБМК (State Committee for Information Technologies and Communications) after its reorganisation in October 2021 (public record). The ky name and abbreviation are not from the seed text. The date 2021-10-13 is not in the seed sources and must be confirmed against the reorganisation act.', 0);

insert into agency (code, name_ky, name_ru, name_en, abbreviation_ky, abbreviation_ru, abbreviation_en, established_on, editorial_note, version)
values ('MKK', 'Кыргыз Республикасынын Мамлекеттик кадр кызматы', 'Государственная кадровая служба Кыргызской Республики', 'State Personnel Service of the Kyrgyz Republic', 'МКК', 'ГКС', 'SPS', null, 'The list of abbreviations uses МКК twice: for ''Кыргыз Республикасынын Мамлекеттик кадр кызматы'' (State Personnel Service) and for ''маалыматты коргоо каражаттары'' (means of information protection). As an executor (measures 6.2 and 8.1, both ''(макулдашуу боюнча)'', by agreement) it can only be the State Personnel Service, the only reading that is an agency.', 0);

insert into agency (code, name_ky, name_ru, name_en, abbreviation_ky, abbreviation_ru, abbreviation_en, established_on, editorial_note, version)
values ('BP', 'Кыргыз Республикасынын Башкы прокуратурасы', 'Генеральная прокуратура Кыргызской Республики', 'Prosecutor General''s Office of the Kyrgyz Republic', 'Башкы прокуратура', 'Генпрокуратура', 'PGO', null, null, 0);

insert into agency (code, name_ky, name_ru, name_en, abbreviation_ky, abbreviation_ru, abbreviation_en, established_on, editorial_note, version)
values ('IIM', 'Кыргыз Республикасынын Ички иштер министрлиги', 'Министерство внутренних дел Кыргызской Республики', 'Ministry of Internal Affairs of the Kyrgyz Republic', 'ИИМ', 'МВД', 'MIA', null, null, 0);

insert into agency (code, name_ky, name_ru, name_en, abbreviation_ky, abbreviation_ru, abbreviation_en, established_on, editorial_note, version)
values ('MMTM', 'Кыргыз Республикасынын Маданият, маалымат жана туризм министрлиги', 'Министерство культуры, информации и туризма Кыргызской Республики', 'Ministry of Culture, Information and Tourism of the Kyrgyz Republic', 'ММТМ', 'МКИТ', 'MCIT', null, null, 0);

insert into agency (code, name_ky, name_ru, name_en, abbreviation_ky, abbreviation_ru, abbreviation_en, established_on, editorial_note, version)
values ('BIM', 'Кыргыз Республикасынын Билим берүү жана илим министрлиги', 'Министерство образования и науки Кыргызской Республики', 'Ministry of Education and Science of the Kyrgyz Republic', 'БИМ', 'МОН', 'MES', null, null, 0);

insert into agency (code, name_ky, name_ru, name_en, abbreviation_ky, abbreviation_ru, abbreviation_en, established_on, editorial_note, version)
values ('PDA', 'Жеке маалыматтар боюнча ыйгарым укуктуу мамлекеттик орган', 'Уполномоченный государственный орган по персональным данным', 'Authorised state body for personal data', 'ЖМ боюнча ыйгарым укуктуу орган', 'Уполномоченный орган по ПД', 'PDA', date '2021-12-31', 'The table names this body in two forms: ''Жеке маалыматтар боюнча мамлекеттик ыйгарым укуктуу орган'' (measure 5.2) and ''Жеке маалыматтар боюнча ыйгарым укуктуу мамлекеттик орган'' (measure 7.1); the 7.1 form is used as the name. The abbreviations are the project''s own short forms, not from the source. The body was only created at the end of 2021, as the State Agency for Personal Data Protection under the Cabinet of Ministers (public record); the exact date is not in the seed sources, so the last day of 2021 is used and should be confirmed.', 0);

update agency set successor_id = (select id from agency where code = 'MDD'), successor_from = date '2021-10-13' where code = 'MTBMK';

insert into plan (code, title_ky, title_ru, title_en, starts_on, ends_on, published_on, publication_ky, publication_ru, publication_en, in_force_from, reporting_frequency, agency_report_due_day, consolidated_report_due_day, time_zone, coordinator_id, first_period, last_period, imported_at, version)
values ('cybersecurity-2019-2023', '2019-2023-жылдарга Кыргыз Республикасынын киберкоопсуздук стратегиясы: Стратегияны ишке ашыруу боюнча иш-чаралар планы', 'Стратегия кибербезопасности Кыргызской Республики на 2019-2023 годы: План мероприятий по реализации Стратегии', 'Cybersecurity Strategy of the Kyrgyz Republic for 2019–2023: Action Plan for the Implementation of the Strategy', date '2019-01-01', date '2023-12-31', date '2019-08-06', '"Эркин Тоо" газетасынын 2019-жылдын 6-августундагы N 65', 'Газета «Эркин Тоо» от 6 августа 2019 года № 65', 'Erkin Too newspaper, No. 65 of 6 August 2019', date '2019-08-21', 'HALF_YEARLY', 5, 25, 'Asia/Bishkek', (select id from agency where code = 'MTBMK'), '2019-H2', '2023-H2', timestamp with time zone '2025-01-10 09:00:00+00', 0);

insert into plan_task (plan_id, code, position, section_ky, section_ru, section_en, title_ky, title_ru, title_en)
values ((select id from plan where code = 'cybersecurity-2019-2023'), '1', 0, 'Киберкоопсуздук жаатындагы саясатты түзүү', 'Формирование политики в сфере кибербезопасности', 'Shaping cybersecurity policy', 'Киберкоопсуздукту камсыз кылуу чараларынын бирдиктүү системасын түзүү', 'Создание единой системы мер обеспечения кибербезопасности', 'Creating a unified system of cybersecurity measures');

insert into measure (plan_id, task_id, code, position, text_ky, text_ru, text_en, expected_result_ky, expected_result_ru, expected_result_en, deadline_kind, deadline_due_on, deadline_wording_ky, deadline_wording_ru, deadline_wording_en, funding_wording_ky, funding_wording_ru, funding_wording_en, ministries_and_agencies, editorial_note)
values ((select id from plan where code = 'cybersecurity-2019-2023'), (select id from plan_task where code = '1'), '1.11', 10, 'Мамлекеттик маалыматтык системалардын, мамлекеттик маалыматтык инфраструктуралардын киберкоопсуздугуна үзгүлтүксүз аудит жүргүзүү', 'Проведение регулярного аудита кибербезопасности государственных информационных систем, государственных информационных инфраструктур', 'Conducting regular cybersecurity audits of state information systems and state information infrastructures', 'Кыргыз Республикасынын мамлекеттик секторунун маалыматтык системаларынын коопсуздугу камсыздалды', 'Обеспечена безопасность информационных систем государственного сектора Кыргызской Республики', 'The security of the information systems of the public sector of the Kyrgyz Republic has been ensured', 'DATE', date '2021-12-30', '2021-жылдын 30-декабры', '30 декабря 2021 года', '30 December 2021', 'Республикалык бюджетте каралган каражаттардын чегинде, донордук каражаттар, жеке инвестициялар', 'В пределах средств, предусмотренных в республиканском бюджете, донорские средства, частные инвестиции', 'Within the funds provided for in the republican budget, donor funds, private investment', false, 'The funding cell is blank in the source (merged with 1.1): taken from 1.1. The executors (УКМК, МТБМК) are given in the row itself, without ''ministries and agencies''.');

insert into measure_funding_source (measure_id, position, source_type, programme_ky, programme_ru, programme_en, amount, currency)
values ((select id from measure where code = '1.11'), 0, 'REPUBLICAN_BUDGET', null, null, null, null, null);

insert into measure_funding_source (measure_id, position, source_type, programme_ky, programme_ru, programme_en, amount, currency)
values ((select id from measure where code = '1.11'), 1, 'DONOR_FUNDS', null, null, null, null, null);

insert into measure_funding_source (measure_id, position, source_type, programme_ky, programme_ru, programme_en, amount, currency)
values ((select id from measure where code = '1.11'), 2, 'PRIVATE_INVESTMENT', null, null, null, null, null);

insert into measure_executor (measure_id, position, agency_id, by_agreement)
values ((select id from measure where code = '1.11'), 0, (select id from agency where code = 'UKMK'), false);

insert into measure_executor (measure_id, position, agency_id, by_agreement)
values ((select id from measure where code = '1.11'), 1, (select id from agency where code = 'MTBMK'), false);

insert into plan_task (plan_id, code, position, section_ky, section_ru, section_en, title_ky, title_ru, title_en)
values ((select id from plan where code = 'cybersecurity-2019-2023'), '5', 4, null, null, null, 'Кыргыз Республикасынын жарандарынын жеке маалыматтарын коргоону камсыздоо боюнча бирдиктүү ыкманы түзүү', 'Формирование единого подхода к обеспечению защиты персональных данных граждан Кыргызской Республики', 'Creating a unified approach to protecting the personal data of citizens of the Kyrgyz Republic');

insert into measure (plan_id, task_id, code, position, text_ky, text_ru, text_en, expected_result_ky, expected_result_ru, expected_result_en, deadline_kind, deadline_due_on, deadline_wording_ky, deadline_wording_ru, deadline_wording_en, funding_wording_ky, funding_wording_ru, funding_wording_en, ministries_and_agencies, editorial_note)
values ((select id from plan where code = 'cybersecurity-2019-2023'), (select id from plan_task where code = '5'), '5.1', 0, 'Кыргыз Республикасынын жеке маалыматтар боюнча ыйгарым укуктуу мамлекеттик органы жөнүндө жобону иштеп чыгуу.', 'Разработка положения об уполномоченном государственном органе Кыргызской Республики по персональным данным.', 'Drafting the regulation on the authorised state body of the Kyrgyz Republic for personal data.', 'Кыргыз Республикасынын жеке маалыматтар боюнча ыйгарым укуктуу мамлекеттик органы жөнүндө жобо бекитилди.', 'Утверждено положение об уполномоченном государственном органе Кыргызской Республики по персональным данным.', 'The regulation on the authorised state body of the Kyrgyz Republic for personal data has been approved.', 'DATE', date '2019-07-01', '2019-жылдын 1-июлу', '1 июля 2019 года', '1 July 2019', 'Республикалык бюджеттин чегинде каралган каражаттар, донордук каражаттар, жеке инвестициялар', 'Средства, предусмотренные в пределах республиканского бюджета, донорские средства, частные инвестиции', 'Funds provided within the republican budget, donor funds, private investment', true, null);

insert into measure_funding_source (measure_id, position, source_type, programme_ky, programme_ru, programme_en, amount, currency)
values ((select id from measure where code = '5.1'), 0, 'REPUBLICAN_BUDGET', null, null, null, null, null);

insert into measure_funding_source (measure_id, position, source_type, programme_ky, programme_ru, programme_en, amount, currency)
values ((select id from measure where code = '5.1'), 1, 'DONOR_FUNDS', null, null, null, null, null);

insert into measure_funding_source (measure_id, position, source_type, programme_ky, programme_ru, programme_en, amount, currency)
values ((select id from measure where code = '5.1'), 2, 'PRIVATE_INVESTMENT', null, null, null, null, null);

insert into measure_executor (measure_id, position, agency_id, by_agreement)
values ((select id from measure where code = '5.1'), 0, (select id from agency where code = 'MTBMK'), false);

insert into measure_executor (measure_id, position, agency_id, by_agreement)
values ((select id from measure where code = '5.1'), 1, (select id from agency where code = 'UKMK'), false);

insert into measure (plan_id, task_id, code, position, text_ky, text_ru, text_en, expected_result_ky, expected_result_ru, expected_result_en, deadline_kind, deadline_due_on, deadline_wording_ky, deadline_wording_ru, deadline_wording_en, funding_wording_ky, funding_wording_ru, funding_wording_en, ministries_and_agencies, editorial_note)
values ((select id from plan where code = 'cybersecurity-2019-2023'), (select id from plan_task where code = '5'), '5.2', 1, 'Жеке маалыматтар жөнүндө мыйзамдарды сактоону көзөмөлдөө жаатында ыйгарым укуктуу болгон аткаруу бийлигинин бирдиктүү органын уюштуруу.', 'Организация единого органа исполнительной власти, уполномоченного в сфере контроля за соблюдением законодательства о персональных данных.', 'Setting up a single executive body authorised to supervise compliance with the legislation on personal data.', 'Жеке маалыматтар жөнүндө мыйзамдарды сактоону көзөмөлдөө жаатында ыйгарым укуктуу болгон аткаруу бийлигинин бирдиктүү органын түзүү жөнүндө Кыргыз Республикасынын Өкмөтүнүн чечими.', 'Решение Правительства Кыргызской Республики о создании единого органа исполнительной власти, уполномоченного в сфере контроля за соблюдением законодательства о персональных данных.', 'Decision of the Government of the Kyrgyz Republic on establishing a single executive body authorised to supervise compliance with the legislation on personal data.', 'DATE', date '2019-08-30', '2019-жылдын 30-августу', '30 августа 2019 года', '30 August 2019', '"Санарип Кыргызстан 2019-2020" санариптик трансформациялоо концепциясы программасын ишке ашыруунун алкагында 5708900 сом', 'В рамках реализации программы Концепции цифровой трансформации «Цифровой Кыргызстан 2019-2020» 5708900 сомов', 'Within the implementation of the programme of the digital transformation concept "Digital Kyrgyzstan 2019-2020", 5,708,900 som', false, 'The row is split by a page break in the source; every cell was rejoined from both pages. The funding cell reads ''"Санарип Кыргызстан 2019-"'' + ''2020"'' across the break, i.e. ''Digital Kyrgyzstan 2019-2020'', although the concept is generally known as ''Digital Kyrgyzstan 2019-2023''; the source wording is kept verbatim and should be checked against the official text. The 5 708 900 som is stated once, in this row, and is attributed to 5.2 only (5.3 continues the cell without the amount).');

insert into measure_funding_source (measure_id, position, source_type, programme_ky, programme_ru, programme_en, amount, currency)
values ((select id from measure where code = '5.2'), 0, 'PROGRAMME', '"Санарип Кыргызстан 2019-2020" санариптик трансформациялоо концепциясы', 'Концепция цифровой трансформации «Цифровой Кыргызстан 2019-2020»', 'Digital transformation concept "Digital Kyrgyzstan 2019-2020"', 5708900, 'KGS');

insert into measure_executor (measure_id, position, agency_id, by_agreement)
values ((select id from measure where code = '5.2'), 0, (select id from agency where code = 'PDA'), false);

insert into measure_executor (measure_id, position, agency_id, by_agreement)
values ((select id from measure where code = '5.2'), 1, (select id from agency where code = 'MTBMK'), false);

insert into measure_executor (measure_id, position, agency_id, by_agreement)
values ((select id from measure where code = '5.2'), 2, (select id from agency where code = 'UKMK'), false);

insert into measure (plan_id, task_id, code, position, text_ky, text_ru, text_en, expected_result_ky, expected_result_ru, expected_result_en, deadline_kind, deadline_due_on, deadline_wording_ky, deadline_wording_ru, deadline_wording_en, funding_wording_ky, funding_wording_ru, funding_wording_en, ministries_and_agencies, editorial_note)
values ((select id from plan where code = 'cybersecurity-2019-2023'), (select id from plan_task where code = '5'), '5.3', 2, 'Жеке маалыматтар чөйрөсүндөгү мыйзам бузууга жоопкерчиликти белгилөө жаатында "Кыргыз Республикасынын Бузуулар жөнүндө кодексине, Кыргыз Республикасынын Жоруктар жөнүндө кодексине, Кыргыз Республикасынын Жазык кодексине өзгөртүүлөрдү киргизүү тууралуу" Кыргыз Республикасынын Мыйзамынын долбоорун иштеп чыгуу', 'Разработка проекта Закона Кыргызской Республики «О внесении изменений в Кодекс Кыргызской Республики о нарушениях, Кодекс Кыргызской Республики о проступках, Уголовный кодекс Кыргызской Республики» в части установления ответственности за нарушение законодательства в сфере персональных данных', 'Drafting the Law of the Kyrgyz Republic "On Amendments to the Code of Violations of the Kyrgyz Republic, the Code of Misdemeanours of the Kyrgyz Republic and the Criminal Code of the Kyrgyz Republic" to establish liability for violations of the law in the field of personal data', '"Кыргыз Республикасынын Бузуулар жөнүндө кодексине, Кыргыз Республикасынын Жоруктар жөнүндө кодексине, Кыргыз Республикасынын Жазык кодексине өзгөртүүлөрдү киргизүү тууралуу" Кыргыз Республикасынын Мыйзамынын долбоору жактырылды. Жеке маалыматтарды коргоо жөнүндө Кыргыз Республикасынын мыйзамдарын бузууга жоопкерчилик киргизилди', 'Одобрен проект Закона Кыргызской Республики «О внесении изменений в Кодекс Кыргызской Республики о нарушениях, Кодекс Кыргызской Республики о проступках, Уголовный кодекс Кыргызской Республики». Введена ответственность за нарушение законодательства Кыргызской Республики о защите персональных данных', 'The draft Law of the Kyrgyz Republic "On Amendments to the Code of Violations of the Kyrgyz Republic, the Code of Misdemeanours of the Kyrgyz Republic and the Criminal Code of the Kyrgyz Republic" has been endorsed. Liability for violations of the legislation of the Kyrgyz Republic on personal data protection has been introduced', 'DATE', date '2020-03-20', '2020-жылдын 20-марты', '20 марта 2020 года', '20 March 2020', '"Санарип Кыргызстан 2019-2020" санариптик трансформациялоо концепциясы программасын ишке ашыруунун алкагында 5708900 сом', 'В рамках реализации программы Концепции цифровой трансформации «Цифровой Кыргызстан 2019-2020» 5708900 сомов', 'Within the implementation of the programme of the digital transformation concept "Digital Kyrgyzstan 2019-2020", 5,708,900 som', false, 'Funding and executor cells are blank in the source (merged with 5.2): executors taken from 5.2; funding taken from 5.2 as the same programme source but without amount and currency, because the 5 708 900 som is stated once and attributed to 5.2 only, so the programme money is not counted twice.');

insert into measure_funding_source (measure_id, position, source_type, programme_ky, programme_ru, programme_en, amount, currency)
values ((select id from measure where code = '5.3'), 0, 'PROGRAMME', '"Санарип Кыргызстан 2019-2020" санариптик трансформациялоо концепциясы', 'Концепция цифровой трансформации «Цифровой Кыргызстан 2019-2020»', 'Digital transformation concept "Digital Kyrgyzstan 2019-2020"', null, null);

insert into measure_executor (measure_id, position, agency_id, by_agreement)
values ((select id from measure where code = '5.3'), 0, (select id from agency where code = 'PDA'), false);

insert into measure_executor (measure_id, position, agency_id, by_agreement)
values ((select id from measure where code = '5.3'), 1, (select id from agency where code = 'MTBMK'), false);

insert into measure_executor (measure_id, position, agency_id, by_agreement)
values ((select id from measure where code = '5.3'), 2, (select id from agency where code = 'UKMK'), false);

insert into report (plan_id, period, agency_id, status, revision, created_at, created_by, first_submitted_at,
                    last_submitted_at, late, days_late, reviewed_at, reviewed_by, version)
values ((select id from plan where code = 'cybersecurity-2019-2023'), '2021-H1', (select id from agency where code = 'MTBMK'), 'ACCEPTED', 1,
        timestamp with time zone '2021-07-01 04:00:00+00', 'reporter-mtbmk', timestamp with time zone '2021-07-02 05:00:00+00',
        timestamp with time zone '2021-07-02 05:00:00+00', false, 0, timestamp with time zone '2021-07-20 06:00:00+00',
        'coordinator', 2);
insert into report_entry (report_id, measure_id, position, status, progress_percent, narrative, updated_at, updated_by, version)
values ((select id from report where period = '2021-H1'), (select id from measure where code = '5.1'), 0, 'COMPLETED', 100,
        'Regulation drafted.', timestamp with time zone '2021-07-01 05:00:00+00', 'reporter-mtbmk', 1);
