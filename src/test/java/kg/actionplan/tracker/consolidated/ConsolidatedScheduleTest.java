package kg.actionplan.tracker.consolidated;

import static kg.actionplan.tracker.account.TestAccounts.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.impl.matchers.GroupMatcher;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.quarkus.test.junit.QuarkusTest;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;
import kg.actionplan.tracker.report.ReportFixtures;

/**
 * The scheduled builds: the working draft on the 6th, the official version on the 25th, each once per half-year,
 * also when a trigger fires twice or was missed while the service was down; the official version is e-mailed.
 */
@QuarkusTest
class ConsolidatedScheduleTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    private static final Duration MAIL_WAIT = Duration.ofSeconds(20);

    /** 06:00 in Bishkek on the day the official report on 2040-H2 is due. */
    private static final Instant OFFICIAL_DAY_2040_H2 = Instant.parse("2041-01-25T00:00:00Z");

    @Inject
    MutableClock clock;

    @Inject
    ConsolidatedSchedule schedule;

    @Inject
    Scheduler quartz;


    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theTriggersFireAt6amBishkekOnThe6thAndThe25thOfJanuaryAndJuly() throws Exception {
        CronTrigger draft = trigger("consolidated-working-draft");
        CronTrigger official = trigger("consolidated-official");

        assertEquals("0 0 6 6 1,7 ?", draft.getCronExpression());
        assertEquals("0 0 6 25 1,7 ?", official.getCronExpression());
        assertEquals(ZoneId.of("Asia/Bishkek"), official.getTimeZone().toZoneId());
        ZonedDateTime next = official.getNextFireTime().toInstant().atZone(ZoneId.of("Asia/Bishkek"));
        assertEquals(25, next.getDayOfMonth());
        assertEquals(6, next.getHour());
        assertTrue(Set.of(1, 7).contains(next.getMonthValue()));
    }

    @Test
    void theTriggersAreKeptInTheDatabaseThatEveryInstanceSharesAndAMissedFiringFiresOnce() throws Exception {
        assertTrue(quartz.getMetaData().isJobStoreSupportsPersistence());
        assertTrue(quartz.getMetaData().isJobStoreClustered());
        for (String identity : List.of("consolidated-working-draft", "consolidated-official")) {
            assertEquals(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW, trigger(identity).getMisfireInstruction());
        }
    }

    @Test
    void theOfficialTriggerBuildsOneOfficialVersionAndMailsItWithTheXlsxAndPdf() throws Exception {
        String plan = futurePlan(2050);
        clock.set(Instant.parse("2051-01-25T00:00:00Z"));

        quartz.triggerJob(jobKey("consolidated-official"));

        awaitTrue(() -> versionsOf(plan, "2050-H2").size() == 1, Duration.ofSeconds(30));
        as(TestAccounts.COORDINATOR)
                .when().get(versionsPath(plan, "2050-H2"))
                .then().statusCode(200)
                .body("kind", contains("OFFICIAL"))
                .body("generatedBy", contains("system"));
        awaitTrue(() -> mailsFor(plan).size() == 2, MAIL_WAIT);
        MimeMessage mail = mailsFor(plan).get(0);
        Multipart parts = (Multipart) mail.getContent();
        assertEquals(3, parts.getCount());
        assertTrue(parts.getBodyPart(1).getFileName().endsWith("-v1-ky.xlsx"));
        assertTrue(parts.getBodyPart(2).getFileName().endsWith("-v1-ky.pdf"));
    }

    @Test
    void aTriggerThatFiresTwiceGivesOneOfficialVersion() {
        String plan = futurePlan();
        clock.set(OFFICIAL_DAY_2040_H2);

        long first = builtFor(plan, schedule.runDue(ConsolidatedReport.Kind.OFFICIAL));
        long second = builtFor(plan, schedule.runDue(ConsolidatedReport.Kind.OFFICIAL));

        assertEquals(1, first);
        assertEquals(0, second);
        assertEquals(1, versionsOf(plan, "2040-H2").size());
    }

    @Test
    void aLateFiringAfterMissedTriggersBuildsTheMissedVersionsOnce() {
        String plan = futurePlan();
        clock.set(Instant.parse("2041-01-27T03:00:00Z"));

        schedule.runDue(ConsolidatedReport.Kind.WORKING_DRAFT);
        schedule.runDue(ConsolidatedReport.Kind.OFFICIAL);
        schedule.runDue(ConsolidatedReport.Kind.WORKING_DRAFT);
        schedule.runDue(ConsolidatedReport.Kind.OFFICIAL);

        as(TestAccounts.COORDINATOR)
                .when().get(versionsPath(plan, "2040-H2"))
                .then().statusCode(200)
                .body("kind", contains("WORKING_DRAFT", "OFFICIAL"));
    }

    @Test
    void nothingIsBuiltBeforeItsDay() {
        String plan = futurePlan();
        clock.set(Instant.parse("2041-01-05T17:00:00Z"));

        schedule.runDue(ConsolidatedReport.Kind.WORKING_DRAFT);
        schedule.runDue(ConsolidatedReport.Kind.OFFICIAL);

        as(TestAccounts.COORDINATOR)
                .when().get(versionsPath(plan, "2040-H2"))
                .then().statusCode(200)
                .body("kind", empty());
    }

    @Test
    void aClosedPlanGetsNoScheduledBuilds() {
        clock.set(OFFICIAL_DAY_2040_H2);

        schedule.runDue(ConsolidatedReport.Kind.OFFICIAL);

        as(TestAccounts.COORDINATOR)
                .when().get(versionsPath("cybersecurity-2019-2023", "2023-H2"))
                .then().statusCode(200)
                .body("kind", empty());
    }

    /**
     * A plan of 2040–2044 (or of five years from {@code from}): runs of the schedule in those years touch no plan of
     * the other tests, which lie in 2019–2028, and the trigger test has its own years so that its run builds and
     * mails one report only.
     */
    private static String futurePlan() {
        return futurePlan(2040);
    }

    private static String futurePlan(int from) {
        int to = from + 4;
        return ReportFixtures.newPlan(document -> {
            ObjectNode plan = (ObjectNode) document.get("plan");
            plan.put("startsOn", from + "-01-01").put("endsOn", to + "-12-31").put("inForceFrom", from + "-02-20");
            ((ObjectNode) plan.get("reporting")).put("firstPeriod", from + "-H1").put("lastPeriod", to + "-H2");
            ((ObjectNode) plan.at("/tasks/0/measures/0/deadline")).put("date", (from + 1) + "-06-30");
            ((ObjectNode) plan.at("/tasks/1/measures/0/deadline/years")).put("from", from).put("to", to);
        });
    }

    private static long builtFor(String plan, List<ConsolidatedReport> built) {
        return built.stream().filter(v -> v.plan().code().equals(plan)).count();
    }

    private static String versionsPath(String plan, String period) {
        return "/api/v1/plans/" + plan + "/periods/" + period + "/consolidated-report/versions";
    }

    private static List<Object> versionsOf(String plan, String period) {
        return as(TestAccounts.COORDINATOR).when().get(versionsPath(plan, period))
                .then().statusCode(200).extract().jsonPath().getList("");
    }

    private static List<MimeMessage> mailsFor(String plan) {
        return List.of(smtp.getReceivedMessages()).stream().filter(m -> {
            try {
                return m.getSubject().contains(plan);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private CronTrigger trigger(String identity) throws Exception {
        return (CronTrigger) quartz.getTriggersOfJob(jobKey(identity)).get(0);
    }

    private JobKey jobKey(String identity) throws Exception {
        return quartz.getJobKeys(GroupMatcher.anyGroup()).stream()
                .filter(key -> key.getName().equals(identity))
                .findFirst().orElseThrow();
    }

    private static void awaitTrue(Callable<Boolean> condition, Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        try {
            while (!condition.call()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("The condition did not hold within " + wait);
                }
                Thread.sleep(100);
            }
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
