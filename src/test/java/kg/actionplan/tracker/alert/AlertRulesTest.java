package kg.actionplan.tracker.alert;

import static kg.actionplan.tracker.account.TestAccounts.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;
import kg.actionplan.tracker.report.ReportFixtures;

/**
 * The deadline rules, each seen from the recipient's side: who gets which alert on which day, in which language,
 * and that a digest gathers a recipient's alerts in one e-mail.
 *
 * <p>Isolation: a scan applies to every open plan, and all test classes share one database. Each test here imports
 * a plan of its own whose reporting is open in one year of 2060–2075 that no other test uses, with agencies of its
 * own (codes and contact addresses with a random suffix), and asserts only on the alerts and e-mails of those
 * agencies. The one shared recipient is the committee's {@code coordinator} account, which the rules tell as part of
 * the coordinator; it is asserted on through the outbox only, never through its mailbox.
 */
@QuarkusTest
class AlertRulesTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CYBERSECURITY = "cybersecurity-2019-2023";
    /** The committee's account from TestAccounts: an enabled COORDINATOR with an e-mail, so told as coordinator. */
    private static final String COMMITTEE_ACCOUNT = TestAccounts.COORDINATOR + "@tracker.gov.kg";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(20);

    @Inject
    MutableClock clock;

    @Inject
    AlertSender sender;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // ---------------------------------------------------------------- SUBMISSION_REMINDER

    @Test
    void aSubmissionReminderGoesSevenDaysBeforeThe5thToTheAgencyContactsInTheirLanguageAndToItsReporter() {
        World w = new World();
        String lead = w.agency("LEAD");
        String coordinator = w.agency("COORD");
        String plan = w.plan(2060, "2060-H1", "2060-H1", coordinator).measure("1.1", "2060-12-31", lead).create();
        w.contactLanguage(lead, "en");
        String reporter = w.reporter(lead, "ky");

        today(2060, 6, 27);
        assertThat(scan(), hasItem(plan));
        assertThat("eight days before the 5th nothing is due yet", alerts("agency", lead), empty());

        today(2060, 6, 28);
        scan();
        List<Map<String, Object>> alerts = alerts("agency", lead);
        assertThat(field(alerts, "recipient"), containsInAnyOrder(w.email(lead), reporter));
        assertThat(field(alerts, "rule"), contains("SUBMISSION_REMINDER", "SUBMISSION_REMINDER"));
        assertThat(field(alerts, "occurrence"), contains("2060-06-28", "2060-06-28"));
        assertThat(field(alerts, "dueOn"), contains("2060-07-05", "2060-07-05"));
        assertThat(field(alerts, "period"), contains("2060-H1", "2060-H1"));
        assertThat(field(alerts, "plan"), contains(plan, plan));
        assertEquals(Map.of(w.email(lead), "en", reporter, "ky"), languageByRecipient(alerts));

        deliver(w);

        MimeMessage toContact = onlyMailTo(w.email(lead));
        assertEquals("Action plan: deadline alerts (1), 28.06.2060", subject(toContact));
        assertThat(text(toContact), containsString("Trial agency " + lead + " (" + lead + "): the report on 2060-H1 of plan "
                + plan + " is due on 05.07.2060, in 7 day(s), and has not been submitted."));
        MimeMessage toReporter = onlyMailTo(reporter);
        assertEquals("Иш-чаралар планы: мөөнөттөр боюнча эскертүүлөр (1), 28.06.2060", subject(toReporter));
        assertThat(text(toReporter), containsString("Сыноо мекемеси " + lead + " (" + lead + "): " + plan
                + " планы боюнча 2060-H1 мезгилинин отчету 05.07.2060 чейин тапшырылышы керек (калган күн: 7)"));
        assertThat("the coordinator is not reminded", mailsTo(w.email(coordinator)), empty());
        assertThat(field(alerts("agency", lead), "status"), contains("SENT", "SENT"));
    }

    @Test
    void theOneDayReminderFiresOnThe4thAndNoReminderGoesToAnAgencyThatSubmitted() {
        World w = new World();
        String late = w.agency("LATE");
        String done = w.agency("DONE");
        String coordinator = w.agency("COORD");
        String plan = w.plan(2061, "2061-H1", "2061-H1", coordinator)
                .measure("1.1", "2061-12-31", late, done).create();
        w.contactLanguage(late, "en");
        String doneReporter = w.reporter(done, "ru");
        today(2061, 7, 1);
        w.submit(doneReporter, plan, "2061-H1", done);

        today(2061, 7, 3);
        scan();
        deliver(w);
        assertThat("the 7-day reminder's window lasts until two days before the 5th",
                field(alerts("agency", late), "occurrence"), contains("2061-06-28"));

        today(2061, 7, 4);
        scan();
        deliver(w);

        List<Map<String, Object>> alerts = alerts("agency", late);
        assertThat(field(alerts, "occurrence"), contains("2061-07-04", "2061-06-28"));
        assertThat(field(alerts, "rule"), contains("SUBMISSION_REMINDER", "SUBMISSION_REMINDER"));
        List<MimeMessage> mails = mailsTo(w.email(late));
        assertEquals(2, mails.size());
        assertEquals("Action plan: deadline alerts (1), 04.07.2061", subject(mails.get(1)));
        assertThat(text(mails.get(1)), containsString("the report on 2061-H1 of plan " + plan
                + " is due on 05.07.2061, in 1 day(s), and has not been submitted."));
        assertThat("an agency that submitted is not reminded", alerts("agency", done), empty());
        assertThat(mailsTo(w.email(done)), empty());
        assertThat(mailsTo(doneReporter), empty());
    }

    // ---------------------------------------------------------------- SUBMISSION_MISSED

    @Test
    void aMissedSubmissionIsToldTheDayAfterTheDeadlineToTheAgencyAndToTheCoordinator() {
        World w = new World();
        String late = w.agency("LATE");
        String coordinator = w.agency("COORD");
        String plan = w.plan(2062, "2062-H1", "2062-H1", coordinator).measure("1.1", "2062-12-31", late).create();
        w.contactLanguage(late, "ru");

        today(2062, 7, 5);
        scan();
        deliver(w);
        assertThat("on the 5th itself the agency is reminded, not told it is late",
                field(alerts("agency", late), "rule"), contains("SUBMISSION_REMINDER"));

        today(2062, 7, 6);
        scan();
        List<Map<String, Object>> missed = alerts("agency", late, "rule", "SUBMISSION_MISSED");
        assertThat(w.own(field(missed, "recipient")), containsInAnyOrder(w.email(late), w.email(coordinator)));
        assertThat("the coordinator's accounts are told too", field(missed, "recipient"), hasItem(COMMITTEE_ACCOUNT));
        assertThat(distinct(field(missed, "occurrence")), contains("2062-07-06"));
        assertThat(distinct(field(missed, "dueOn")), contains("2062-07-05"));

        deliver(w);

        assertEquals(2, mailsTo(w.email(late)).size(), "the reminder of the 5th, then the missed deadline");
        MimeMessage toAgency = mailsTo(w.email(late)).get(1);
        assertEquals("План мероприятий: уведомления о сроках (1), 06.07.2062", subject(toAgency));
        assertThat(text(toAgency), containsString("Испытательное ведомство " + late + " (" + late
                + "): срок представления отчёта за 2062-H1 по плану " + plan
                + " истёк 05.07.2062; отчёт не представлен (просрочка, дней: 1)."));
        MimeMessage toCoordinator = onlyMailTo(w.email(coordinator));
        assertEquals("Иш-чаралар планы: мөөнөттөр боюнча эскертүүлөр (1), 06.07.2062", subject(toCoordinator));
        assertThat(text(toCoordinator), containsString("(" + late + "): " + plan
                + " планы боюнча 2062-H1 мезгилинин отчетун тапшыруу мөөнөтү 05.07.2062 өттү"));
    }

    @Test
    void aMissedSubmissionRepeatsAfterSevenDaysButAnotherScanInTheSameWeekAddsNothing() {
        World w = new World();
        String late = w.agency("LATE");
        String coordinator = w.agency("COORD");
        String plan = w.plan(2063, "2063-H1", "2063-H1", coordinator).measure("1.1", "2063-12-31", late).create();
        w.contactLanguage(late, "en");

        today(2063, 7, 6);
        scan();
        deliver(w);
        scan();
        today(2063, 7, 12);
        scan();
        deliver(w);

        assertThat(field(alerts("recipient", w.email(late)), "occurrence"), contains("2063-07-06"));
        assertEquals(1, mailsTo(w.email(late)).size());
        assertEquals(1, mailsTo(w.email(coordinator)).size());

        today(2063, 7, 13);
        scan();
        deliver(w);

        assertThat(field(alerts("recipient", w.email(late)), "occurrence"), contains("2063-07-13", "2063-07-06"));
        assertThat(field(alerts("recipient", w.email(coordinator)), "occurrence"),
                contains("2063-07-13", "2063-07-06"));
        List<MimeMessage> mails = mailsTo(w.email(late));
        assertEquals(2, mails.size());
        assertEquals("Action plan: deadline alerts (1), 13.07.2063", subject(mails.get(1)));
        assertThat(text(mails.get(1)), containsString("the report on 2063-H1 of plan " + plan
                + " was due on 05.07.2063 and has not been submitted (8 day(s) late)."));
        assertEquals(2, mailsTo(w.email(coordinator)).size());
    }

    @Test
    void aSubmissionStopsTheWeeklyMissedAlerts() {
        World w = new World();
        String late = w.agency("LATE");
        String coordinator = w.agency("COORD");
        String plan = w.plan(2072, "2072-H1", "2072-H1", coordinator).measure("1.1", "2072-12-31", late).create();
        String reporter = w.reporter(late, "ru");

        today(2072, 7, 6);
        scan();
        assertThat(w.own(field(alerts("agency", late, "rule", "SUBMISSION_MISSED"), "recipient")),
                containsInAnyOrder(w.email(late), reporter, w.email(coordinator)));
        today(2072, 7, 8);
        w.submit(reporter, plan, "2072-H1", late);

        today(2072, 7, 13);
        scan();
        deliver(w);

        assertThat(distinct(field(alerts("agency", late, "rule", "SUBMISSION_MISSED"), "occurrence")),
                contains("2072-07-06"));
        assertEquals(1, mailsTo(reporter).size());
        assertEquals(1, mailsTo(w.email(coordinator)).size());
    }

    @Test
    void anAgencyThatExecutesOnlyByAgreementIsNotReportedToTheCoordinator() {
        World w = new World();
        String lead = w.agency("LEAD");
        String partner = w.agency("PARTNER");
        String coordinator = w.agency("COORD");
        String plan = w.plan(2064, "2064-H1", "2064-H1", coordinator)
                .measure("1.1", "2064-12-31", lead, partner + ":byAgreement").create();
        w.contactLanguage(coordinator, "en");

        today(2064, 7, 6);
        scan();

        assertThat("the by-agreement agency itself is told",
                w.own(field(alerts("agency", partner, "rule", "SUBMISSION_MISSED"), "recipient")),
                contains(w.email(partner)));
        List<Map<String, Object>> toCoordinator = alerts("recipient", w.email(coordinator));
        assertThat(field(toCoordinator, "rule"), contains("SUBMISSION_MISSED"));
        assertThat(field(toCoordinator, "agency"), contains(lead));
        assertThat(field(alerts("agency", partner, "rule", "SUBMISSION_MISSED"), "recipient"),
                not(hasItem(COMMITTEE_ACCOUNT)));

        deliver(w);

        MimeMessage mail = onlyMailTo(w.email(coordinator));
        assertThat(text(mail), containsString("(" + lead + "): the report on 2064-H1 of plan " + plan + " was due"));
        assertThat(text(mail), not(containsString(partner)));
    }

    // ---------------------------------------------------------------- MEASURE_DEADLINE_APPROACHING / MEASURE_OVERDUE

    @Test
    void aMeasureDeadlineApproachingGoes30DaysBeforeToAllItsExecutorsIncludingByAgreementButNotToTheCoordinator() {
        World w = new World();
        String lead = w.agency("LEAD");
        String partner = w.agency("PARTNER");
        String coordinator = w.agency("COORD");
        String plan = w.plan(2065, "2065-H2", "2065-H2", coordinator)
                .measure("1.1", "2065-10-31", lead, partner + ":byAgreement").create();
        w.contactLanguage(lead, "en");

        today(2065, 9, 30);
        scan();
        assertThat("31 days before nothing is sent", w.alertsOfPlan(plan), empty());

        today(2065, 10, 1);
        scan();
        List<Map<String, Object>> approaching = w.alertsOfPlan(plan);
        assertThat(field(approaching, "recipient"), containsInAnyOrder(w.email(lead), w.email(partner)));
        assertThat(distinct(field(approaching, "rule")), contains("MEASURE_DEADLINE_APPROACHING"));
        assertThat(distinct(field(approaching, "measure")), contains("1.1"));
        assertThat(distinct(field(approaching, "dueOn")), contains("2065-10-31"));
        assertThat(distinct(field(approaching, "occurrence")), contains("2065-10-01"));
        assertThat(field(approaching, "agency"), containsInAnyOrder(lead, partner));

        deliver(w);

        MimeMessage toLead = onlyMailTo(w.email(lead));
        assertEquals("Action plan: deadline alerts (1), 01.10.2065", subject(toLead));
        assertThat(text(toLead), containsString("Measure 1.1 of plan " + plan
                + " is due on 31.10.2065, in 30 day(s): Trial measure 1.1 of " + plan));
        MimeMessage toPartner = onlyMailTo(w.email(partner));
        assertThat(text(toPartner), containsString(plan + " планынын 1.1 иш-чарасы 31.10.2065 чейин аткарылышы керек"
                + " (калган күн: 30): Сыноо иш-чарасы 1.1"));
        assertThat(mailsTo(w.email(coordinator)), empty());

        today(2065, 10, 24);
        scan();
        deliver(w);
        assertThat("the 7-day reminder is a new occurrence",
                field(alerts("recipient", w.email(lead)), "occurrence"), contains("2065-10-24", "2065-10-01"));
        assertThat(text(mailsTo(w.email(lead)).get(1)), containsString("is due on 31.10.2065, in 7 day(s)"));
    }

    @Test
    void anOverdueMeasureIsToldWeeklyToItsExecutorsAndToTheCoordinator() {
        World w = new World();
        String lead = w.agency("LEAD");
        String partner = w.agency("PARTNER");
        String coordinator = w.agency("COORD");
        String plan = w.plan(2066, "2066-H2", "2066-H2", coordinator)
                .measure("1.1", "2066-09-30", lead, partner + ":byAgreement").create();
        w.contactLanguage(coordinator, "en");

        today(2066, 9, 30);
        scan();
        deliver(w);
        assertThat("on its deadline the measure is not overdue yet", alerts("agency", lead, "rule", "MEASURE_OVERDUE"),
                empty());
        int before = mailsTo(w.email(lead)).size();

        today(2066, 10, 1);
        scan();
        List<Map<String, Object>> overdue = w.alertsOfPlan(plan, "MEASURE_OVERDUE");
        assertThat(w.own(field(overdue, "recipient")),
                containsInAnyOrder(w.email(lead), w.email(partner), w.email(coordinator)));
        assertThat(field(overdue, "recipient"), hasItem(COMMITTEE_ACCOUNT));
        assertThat(distinct(field(overdue, "occurrence")), contains("2066-10-01"));
        Map<String, Object> escalated = only(alerts("recipient", w.email(coordinator), "rule", "MEASURE_OVERDUE"));
        assertEquals(lead, escalated.get("detail"), "the coordinator hears of the accountable executors only");

        deliver(w);

        MimeMessage toCoordinator = onlyMailTo(w.email(coordinator));
        assertEquals("Action plan: deadline alerts (1), 01.10.2066", subject(toCoordinator));
        assertThat(text(toCoordinator), containsString("Measure 1.1 of plan " + plan + " was due on 30.09.2066 and has"
                + " not been reported completed (1 day(s) overdue); executors: " + lead + ": Trial measure 1.1 of " + plan));
        assertEquals(before + 1, mailsTo(w.email(lead)).size());
        assertThat(text(mailsTo(w.email(lead)).get(before)), containsString(plan + " планынын 1.1 иш-чарасынын мөөнөтү 30.09.2066"
                + " өттү, аткарылганы тууралуу маалымат жок (кечиккен күн: 1)"));
        assertEquals(before + 1, mailsTo(w.email(partner)).size());

        today(2066, 10, 7);
        scan();
        assertEquals(overdue.size(), w.alertsOfPlan(plan, "MEASURE_OVERDUE").size(), "nothing new within the week");

        today(2066, 10, 8);
        scan();
        deliver(w);
        for (String recipient : List.of(w.email(lead), w.email(partner), w.email(coordinator))) {
            assertThat(field(alerts("recipient", recipient, "rule", "MEASURE_OVERDUE"), "occurrence"),
                    contains("2066-10-08", "2066-10-01"));
        }
        assertEquals(before + 2, mailsTo(w.email(lead)).size());
        assertEquals(2, mailsTo(w.email(coordinator)).size());
        assertThat(text(mailsTo(w.email(coordinator)).get(1)), containsString("(8 day(s) overdue)"));
    }

    @Test
    void aMeasureItsLeadReportedCompletedGetsNoDeadlineAlerts() {
        World w = new World();
        String lead = w.agency("LEAD");
        String coordinator = w.agency("COORD");
        String plan = w.plan(2073, "2073-H1", "2073-H2", coordinator)
                .measure("1.1", "2073-09-30", lead)
                .measure("1.2", "2073-09-30", lead).create();
        String reporter = w.reporter(lead, "en");
        today(2073, 7, 1);
        long report = ReportFixtures.createReport(w.username(reporter), plan, "2073-H1", lead);
        ReportFixtures.edit(w.username(reporter), report, "1.1", ReportFixtures.completed("Done in June.", "2073-06-20"));
        ReportFixtures.edit(w.username(reporter), report, "1.2", ReportFixtures.inProgress(40, "Under way."));
        ReportFixtures.submit(w.username(reporter), report).statusCode(200);

        today(2073, 9, 23);
        scan();
        deliver(w);
        assertThat(distinct(field(w.alertsOfPlan(plan, "MEASURE_DEADLINE_APPROACHING"), "measure")), contains("1.2"));

        today(2073, 10, 1);
        scan();
        deliver(w);
        assertThat(distinct(field(w.alertsOfPlan(plan, "MEASURE_OVERDUE"), "measure")), contains("1.2"));
        assertThat("the lead submitted 2073-H1, so it missed nothing", w.alertsOfPlan(plan, "SUBMISSION_MISSED"), empty());
    }

    // ---------------------------------------------------------------- CONSOLIDATED_DUE

    @Test
    void theCoordinatorIsWarnedThreeDaysBeforeThe25thWithTheAgenciesStillMissing() {
        World w = new World();
        String first = w.agency("A1");
        String second = w.agency("A2");
        String done = w.agency("DONE");
        String coordinator = w.agency("COORD");
        String plan = w.plan(2067, "2067-H1", "2067-H1", coordinator)
                .measure("1.1", "2067-12-31", first, second, done).create();
        w.contactLanguage(coordinator, "en");
        String doneReporter = w.reporter(done, "ru");
        today(2067, 7, 1);
        w.submit(doneReporter, plan, "2067-H1", done);

        today(2067, 7, 21);
        scan();
        deliver(w);
        assertThat(alertsOfRule(plan, "CONSOLIDATED_DUE"), empty());
        int before = mailsTo(w.email(coordinator)).size();

        today(2067, 7, 22);
        scan();
        List<Map<String, Object>> warnings = alertsOfRule(plan, "CONSOLIDATED_DUE");
        assertThat(w.own(field(warnings, "recipient")), contains(w.email(coordinator)));
        assertThat(field(warnings, "recipient"), hasItem(COMMITTEE_ACCOUNT));
        Map<String, Object> warning = only(alerts("recipient", w.email(coordinator), "rule", "CONSOLIDATED_DUE"));
        assertEquals(first + ", " + second, warning.get("detail"));
        assertEquals("2067-07-25", warning.get("dueOn"));
        assertEquals("2067-07-22", warning.get("occurrence"));
        assertEquals("2067-H1", warning.get("period"));

        deliver(w);

        assertEquals(before + 1, mailsTo(w.email(coordinator)).size());
        MimeMessage mail = mailsTo(w.email(coordinator)).get(before);
        assertEquals("Action plan: deadline alerts (1), 22.07.2067", subject(mail));
        assertThat(text(mail), containsString("The consolidated report on 2067-H1 of plan " + plan
                + " is due on 25.07.2067, in 3 day(s). Not yet submitted: " + first + ", " + second + "."));
    }

    // ---------------------------------------------------------------- REPORT_RETURNED

    @Test
    void aReturnedReportIsMailedAtOnceToTheAgencysReportersWithTheComment() throws Exception {
        World w = new World();
        String lead = w.agency("LEAD");
        String coordinator = w.agency("COORD");
        String plan = w.plan(2068, "2068-H1", "2068-H1", coordinator).measure("1.1", "2068-12-31", lead).create();
        String reporter = w.reporter(lead, "en");
        today(2068, 7, 2);
        long report = w.submit(reporter, plan, "2068-H1", lead);
        String comment = "Attach the order that approved measure 1.1 (" + w.suffix + ").";

        ReportFixtures.returnReport(TestAccounts.COORDINATOR, report, comment).statusCode(200);

        MimeMessage mail = awaitMailTo(reporter);
        assertEquals("Action plan: deadline alerts (1), 02.07.2068", subject(mail));
        assertThat(text(mail), containsString("The report of Trial agency " + lead + " (" + lead + ") on 2068-H1 of plan "
                + plan + " was returned for revision. Comment: \"" + comment + "\""));
        assertThat(html(mail), containsString(comment));
        List<Map<String, Object>> returned = alerts("agency", lead, "rule", "REPORT_RETURNED");
        assertThat(field(returned, "recipient"), contains(reporter));
        assertEquals(comment, returned.get(0).get("detail"));
        assertThat("the contact addresses are not told when a reporter is", mailsTo(w.email(lead)), empty());
    }

    @Test
    void aReturnedReportGoesToTheContactAddressesWhenNoReporterHasAnEmail() throws Exception {
        World w = new World();
        String lead = w.agency("LEAD");
        String coordinator = w.agency("COORD");
        String plan = w.plan(2074, "2074-H1", "2074-H1", coordinator).measure("1.1", "2074-12-31", lead).create();
        w.contactLanguage(lead, "ru");
        String username = w.reporterWithoutEmail(lead);
        today(2074, 7, 2);
        long report = ReportFixtures.createReport(username, plan, "2074-H1", lead);
        ReportFixtures.submit(username, report).statusCode(200);
        String comment = "Укажите реквизиты акта (" + w.suffix + ").";

        ReportFixtures.returnReport(TestAccounts.COORDINATOR, report, comment).statusCode(200);

        MimeMessage mail = awaitMailTo(w.email(lead));
        assertEquals("План мероприятий: уведомления о сроках (1), 02.07.2074", subject(mail));
        assertThat(text(mail), containsString("Отчёт Испытательное ведомство " + lead + " (" + lead + ") за 2074-H1 по плану "
                + plan + " возвращён на доработку. Комментарий: «" + comment + "»"));
    }

    // ---------------------------------------------------------------- closed plans

    @Test
    void aPlanWhoseReportingHasEndedIsNotScannedAndGetsNothing() {
        World w = new World();
        String late = w.agency("LATE");
        String coordinator = w.agency("COORD");
        String plan = w.plan(2069, "2069-H1", "2069-H1", coordinator).measure("1.1", "2069-12-31", late).create();

        as(TestAccounts.ADMIN).when().get("/api/v1/plans/" + CYBERSECURITY).then().statusCode(200);

        today(2069, 7, 25);
        List<String> lastDay = scan();
        deliver(w);
        assertThat("open until the consolidated report on its last half-year is due", lastDay, hasItem(plan));
        assertThat("the seeded plan's reporting ended with 2023-H2", lastDay, not(hasItem(CYBERSECURITY)));
        int before = w.alertsOfPlan(plan).size();

        today(2069, 7, 27);
        List<String> after = scan();
        deliver(w);

        assertThat(after, not(hasItem(plan)));
        assertThat(after, not(hasItem(CYBERSECURITY)));
        assertEquals(before, w.alertsOfPlan(plan).size());
        assertThat("no weekly missed-submission alert once reporting has ended",
                field(w.alertsOfPlan(plan), "occurrence"), not(hasItem("2069-07-27")));
    }

    // ---------------------------------------------------------------- digest

    @Test
    void aRecipientGetsAllItsAlertsInOneDigestInItsOwnLanguageAsTextAndHtml() throws Exception {
        World w = new World();
        String lead = w.agency("LEAD");
        String partner = w.agency("PARTNER");
        String coordinator = w.agency("COORD");
        String plan = w.plan(2071, "2071-H1", "2071-H1", coordinator)
                .measure("1.1", "2071-07-31", lead, partner + ":byAgreement")
                .measure("1.2", "2071-07-08", lead).create();
        w.contactLanguage(lead, "en");
        w.contactLanguage(partner, "ru");
        String reporter = w.reporter(lead, "ky");

        today(2071, 7, 1);
        scan();
        deliver(w);

        assertThat(field(alerts("recipient", w.email(lead)), "rule"), containsInAnyOrder("SUBMISSION_REMINDER",
                "MEASURE_DEADLINE_APPROACHING", "MEASURE_DEADLINE_APPROACHING"));

        MimeMessage en = onlyMailTo(w.email(lead));
        assertEquals("Action plan: deadline alerts (3), 01.07.2071", subject(en));
        assertThat(en.getContentType(), startsWith("multipart/alternative"));
        assertEquals(List.of("text/plain", "text/html"), partTypes(en));
        String text = text(en);
        assertThat(text, containsString("HALF-YEAR REPORTS DUE SOON"));
        assertThat(text, containsString("the report on 2071-H1 of plan " + plan + " is due on 05.07.2071, in 4 day(s)"));
        assertThat(text, containsString("MEASURE DEADLINES APPROACHING"));
        assertThat(text, containsString("Measure 1.1 of plan " + plan + " is due on 31.07.2071, in 30 day(s)"));
        assertThat(text, containsString("Measure 1.2 of plan " + plan + " is due on 08.07.2071, in 7 day(s)"));
        String html = html(en);
        assertThat(html, containsString("<html lang=\"en\">"));
        assertThat(html, containsString("<li>Measure 1.2 of plan " + plan + " is due on 08.07.2071, in 7 day(s)"));

        MimeMessage ky = onlyMailTo(reporter);
        assertEquals("Иш-чаралар планы: мөөнөттөр боюнча эскертүүлөр (3), 01.07.2071", subject(ky));
        assertEquals(List.of("text/plain", "text/html"), partTypes(ky));
        assertThat(text(ky), containsString("ЖАРЫМ ЖЫЛДЫК ОТЧЕТТОРДУН МӨӨНӨТҮ ЖАКЫНДАДЫ"));
        assertThat(text(ky), containsString("ИШ-ЧАРАЛАРДЫН МӨӨНӨТҮ ЖАКЫНДАДЫ"));

        MimeMessage ru = onlyMailTo(w.email(partner));
        assertEquals("План мероприятий: уведомления о сроках (2), 01.07.2071", subject(ru));
        assertEquals(List.of("text/plain", "text/html"), partTypes(ru));
        assertThat(text(ru), containsString("ПРИБЛИЖАЕТСЯ СРОК ПОЛУГОДОВЫХ ОТЧЁТОВ"));
        assertThat(text(ru), containsString("Мероприятие 1.1 плана " + plan + " нужно выполнить до 31.07.2071"
                + " (осталось дней: 30): Испытательное мероприятие 1.1 of " + plan));
        assertThat(html(ru), containsString("Испытательное ведомство " + partner));
    }

    // ---------------------------------------------------------------- helpers

    /** Sets the service's clock to 09:00 in Bishkek on the given day. */
    private void today(int year, int month, int day) {
        clock.set(LocalDate.of(year, month, day).atTime(9, 0).atZone(BISHKEK).toInstant());
    }

    /** Runs a scan as the administrator; returns the plans it applied the rules to. */
    private static List<String> scan() {
        return as(TestAccounts.ADMIN).when().post("/api/v1/alerts/scan")
                .then().statusCode(200).extract().jsonPath().getList("plans", String.class);
    }

    /** The outbox filtered by the given query parameters (name, value, name, value...), newest first. */
    private static List<Map<String, Object>> alerts(String... filters) {
        var request = as(TestAccounts.ADMIN).queryParam("limit", 1000);
        for (int i = 0; i < filters.length; i += 2) {
            request = request.queryParam(filters[i], filters[i + 1]);
        }
        return request.when().get("/api/v1/alerts").then().statusCode(200).extract().jsonPath().getList("");
    }

    private static List<Map<String, Object>> alertsOfRule(String plan, String rule) {
        return alerts("rule", rule).stream().filter(alert -> plan.equals(alert.get("plan"))).toList();
    }

    private static List<Object> field(List<Map<String, Object>> alerts, String name) {
        return alerts.stream().map(alert -> alert.get(name)).toList();
    }

    private static List<Object> distinct(List<Object> values) {
        return values.stream().distinct().toList();
    }

    private static Map<String, Object> only(List<Map<String, Object>> alerts) {
        assertEquals(1, alerts.size(), () -> "expected one alert, got " + alerts);
        return alerts.get(0);
    }

    private static Map<Object, Object> languageByRecipient(List<Map<String, Object>> alerts) {
        Map<Object, Object> languages = new LinkedHashMap<>();
        alerts.forEach(alert -> languages.put(alert.get("recipient"), alert.get("language")));
        return languages;
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> addressedTo(message, address)).toList();
    }

    private static MimeMessage onlyMailTo(String address) {
        List<MimeMessage> mails = mailsTo(address);
        assertEquals(1, mails.size(), "e-mails to " + address);
        return mails.get(0);
    }

    /**
     * Waits for the e-mail that the sender sends by itself, right after the commit that queued the alert.
     */
    private MimeMessage awaitMailTo(String address) throws InterruptedException {
        Instant deadline = Instant.now().plus(MAIL_WAIT);
        while (mailsTo(address).isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No e-mail to " + address + " within " + MAIL_WAIT);
            }
            Thread.sleep(50);
        }
        return onlyMailTo(address);
    }

    /**
     * Sends the outbox, as the scheduler would; every alert to this test's addresses is then sent.
     */
    private void deliver(World w) {
        sender.sendDue();
        assertThat("alerts to " + w.domain + " still pending", alerts("status", "PENDING").stream()
                .map(a -> (String) a.get("recipient")).filter(w::ownAddress).toList(), empty());
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(r -> ((InternetAddress) r).getAddress().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    private static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    private static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return ((String) part.getContent()).replace("\r\n", "\n");
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> partTypes(MimeMessage message) throws MessagingException, IOException {
        Multipart multipart = (Multipart) message.getContent();
        List<String> types = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            types.add(part.getContentType().split(";")[0].strip().toLowerCase(Locale.ROOT));
        }
        return types;
    }

    /**
     * What one test owns: agencies whose codes and contact addresses carry a random suffix, their reporters, and the
     * plan it imports.
     */
    private static final class World {

        final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        final String domain = "ar-" + suffix.toLowerCase(Locale.ROOT) + ".example.kg";
        private final List<String> agencies = new ArrayList<>();

        /** A new agency of this test, e.g. AR1A2B3C4D_LEAD, with the contact address lead@ar-1a2b3c4d.example.kg. */
        String agency(String role) {
            String code = "AR" + suffix + "_" + role;
            agencies.add(code);
            return code;
        }

        String email(String agency) {
            return role(agency).toLowerCase(Locale.ROOT) + "@" + domain;
        }

        boolean ownAddress(String address) {
            return address.endsWith("@" + domain);
        }

        List<Object> own(List<Object> recipients) {
            return recipients.stream().filter(r -> ownAddress((String) r)).toList();
        }

        /** The alerts about this test's agencies (all rules but CONSOLIDATED_DUE concern an agency). */
        List<Map<String, Object>> alertsOfPlan(String code) {
            return alertsOfPlan(code, null);
        }

        List<Map<String, Object>> alertsOfPlan(String code, String rule) {
            List<Map<String, Object>> found = new ArrayList<>();
            for (String agency : agencies) {
                List<Map<String, Object>> about = rule == null ? alerts("agency", agency)
                        : alerts("agency", agency, "rule", rule);
                about.stream().filter(a -> code.equals(a.get("plan"))).forEach(found::add);
            }
            return found;
        }

        PlanBuilder plan(int year, String firstPeriod, String lastPeriod, String coordinator) {
            String code = "alerts-" + year + "-" + suffix.toLowerCase(Locale.ROOT);
            return new PlanBuilder(this, code, year, firstPeriod, lastPeriod, coordinator);
        }

        /** Sets the agency's contact address to its own again, in the given language. */
        void contactLanguage(String agency, String language) {
            as(TestAccounts.ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("emails", List.of(email(agency)), "language", language))
                    .when().put("/api/v1/agencies/" + agency + "/contacts")
                    .then().statusCode(200);
        }

        /** A reporter account of the agency with an e-mail of this test; returns the e-mail. */
        String reporter(String agency, String language) {
            String email = "reporter-" + role(agency).toLowerCase(Locale.ROOT) + "@" + domain;
            createAccount(username(email), agency, email, language);
            return email;
        }

        /** A reporter account of the agency without an e-mail; returns the username. */
        String reporterWithoutEmail(String agency) {
            String username = "ar-" + suffix.toLowerCase(Locale.ROOT) + "-" + role(agency).toLowerCase(Locale.ROOT);
            createAccount(username, agency, null, "ru");
            return username;
        }

        /** The username of the reporter whose e-mail is {@code email}. */
        String username(String email) {
            return "ar-" + suffix.toLowerCase(Locale.ROOT) + "-" + email.substring(0, email.indexOf('@'));
        }

        /** The reporter opens the agency's report and submits it as it is; returns the report's id. */
        long submit(String reporterEmail, String planCode, String period, String agency) {
            long id = ReportFixtures.createReport(username(reporterEmail), planCode, period, agency);
            ReportFixtures.submit(username(reporterEmail), id).statusCode(200);
            return id;
        }

        private void createAccount(String username, String agency, String email, String language) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("username", username);
            body.put("password", TestAccounts.PASSWORD);
            body.put("role", "REPORTER");
            body.put("agency", agency);
            if (email != null) {
                body.put("email", email);
            }
            body.put("language", language);
            as(TestAccounts.ADMIN).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/users")
                    .then().statusCode(201);
        }

        private String role(String agency) {
            return agency.substring(("AR" + suffix + "_").length());
        }
    }

    /**
     * A plan document of one or two half-years in {@code year}, with the test's agencies (contact language ky until
     * a test changes it) and measures whose texts name the plan.
     */
    private static final class PlanBuilder {

        private final String code;
        private final ObjectNode document = MAPPER.createObjectNode();
        private final ArrayNode measures;

        PlanBuilder(World world, String code, int year, String firstPeriod, String lastPeriod, String coordinator) {
            this.code = code;
            document.put("formatVersion", 1);
            ArrayNode agencies = document.putArray("agencies");
            for (String agency : world.agencies) {
                ObjectNode entry = agencies.addObject().put("code", agency);
                text(entry.putObject("name"), "Сыноо мекемеси " + agency, "Испытательное ведомство " + agency,
                        "Trial agency " + agency);
                text(entry.putObject("abbreviation"), "СМ", "ИВ", "TA");
                entry.putArray("contactEmails").add(world.email(agency));
            }
            ObjectNode plan = document.putObject("plan").put("code", code);
            text(plan.putObject("title"), "Эскертүү планы " + code, "План уведомлений " + code, "Alert plan " + code);
            plan.put("startsOn", year + "-01-01").put("endsOn", year + "-12-31").put("inForceFrom", year + "-01-01");
            ObjectNode act = plan.putArray("legalBasis").addObject().put("number", "1").put("date", year + "-01-01");
            text(act.putObject("title"), "Токтом", "Постановление", "Resolution");
            plan.putObject("reporting").put("frequency", "HALF_YEARLY").put("agencyReportDueDay", 5)
                    .put("consolidatedReportDueDay", 25).put("timeZone", "Asia/Bishkek")
                    .put("coordinator", coordinator).put("firstPeriod", firstPeriod).put("lastPeriod", lastPeriod);
            ObjectNode task = plan.putArray("tasks").addObject().put("code", "1");
            text(task.putObject("title"), "Милдет", "Задача", "Task");
            measures = task.putArray("measures");
        }

        /** A measure due on {@code due}; an executor written "CODE:byAgreement" executes it by agreement. */
        PlanBuilder measure(String measureCode, String due, String... executors) {
            ObjectNode measure = measures.addObject().put("code", measureCode);
            text(measure.putObject("text"), "Сыноо иш-чарасы " + measureCode + " of " + code,
                    "Испытательное мероприятие " + measureCode + " of " + code, "Trial measure " + measureCode + " of " + code);
            text(measure.putObject("expectedResult"), "Натыйжа", "Результат", "Result");
            ObjectNode deadline = measure.putObject("deadline").put("date", due);
            text(deadline.putObject("wording"), due, due, due);
            ObjectNode funding = measure.putObject("funding");
            text(funding.putObject("wording"), "Бюджет", "Бюджет", "Budget");
            funding.putArray("sources").addObject().put("type", "REPUBLICAN_BUDGET");
            ArrayNode list = measure.putArray("executors");
            for (String executor : executors) {
                String[] parts = executor.split(":");
                ObjectNode entry = list.addObject().put("agency", parts[0]);
                if (parts.length > 1) {
                    entry.put("byAgreement", true);
                }
            }
            return this;
        }

        /** Imports the plan as the coordinator; returns its code. */
        String create() {
            as(TestAccounts.COORDINATOR).contentType(ContentType.JSON).body(document.toString())
                    .when().post("/api/v1/plans")
                    .then().statusCode(201);
            return code;
        }

        private static void text(ObjectNode node, String ky, String ru, String en) {
            node.put("ky", ky).put("ru", ru).put("en", en);
        }
    }
}
