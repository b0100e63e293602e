package kg.actionplan.tracker.report;

import static kg.actionplan.tracker.account.TestAccounts.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import kg.actionplan.tracker.common.StatementCount;
import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.alert.AlertRepository;
import kg.actionplan.tracker.alert.AlertRule;
import kg.actionplan.tracker.alert.AlertSender;
import kg.actionplan.tracker.alert.PlanAlerts;
import kg.actionplan.tracker.plan.PlanRepository;

/**
 * Working out who reports on what costs the same few statements however many agencies the service knows: the
 * duties of a plan's half-year are read as one set, not asked agency by agency (an N+1 that made the grid and every
 * alert scan slower with each agency added).
 *
 * <p>Hibernate's statistics are global to the service. Each measured call runs on the test thread with nothing else
 * of this test running, on a plan of the test's own. Other work could still query meanwhile: a scheduled job (the
 * alert scan daily at 08:00 in Bishkek, the consolidated builds twice a year, the session cleanup hourly) or the
 * alert sender woken by another test's alerts. Should one coincide, the failure lists every statement measured,
 * so the stranger shows.
 */
@QuarkusTest
class ReportingDutiesStatementsTest {

    private static final int YEAR = 2097;

    @Inject
    SessionFactory sessions;

    @Inject
    PlanAlerts alerts;

    @Inject
    PlanRepository plans;

    @Inject
    AlertRepository outbox;

    @Inject
    AlertSender sender;

    private StatementCount statements;

    @BeforeEach
    void countStatements() {
        statements = new StatementCount(sessions);
    }

    @Test
    void theSubmissionsGridMakesTheSameStatementsWhenMoreAgenciesJoinTheService() {
        String plan = ReportFixtures.newPlan();
        grid(plan);
        long before = statements.of(() -> grid(plan));
        String measuredBefore = statements.last();

        ReportFixtures.newPlan(document -> newAgencies(document, 6));
        long after = statements.of(() -> grid(plan));

        // Who asks (the sign-in), the plan, its reports on the half-year, then the duties: the agencies, the plan's
        // measures, the completions reported before, and the measures' executors, loaded for all at once.
        assertEquals(7, before, () -> "statements of the grid:" + measuredBefore);
        assertEquals(before, after, () -> "statements of the grid after six more agencies joined:" + statements.last());
    }

    @Test
    void oneAlertScanOfAPlanMakesTheSameStatementsHoweverManyAgenciesExecuteIt() {
        long few = scanStatements(2);
        String measuredFew = statements.last();
        long many = scanStatements(8);

        // The plan and its row lock; the directory of recipients (reporters, coordinators, every agency's contact
        // addresses, switched-off addresses); for the half-year whose deadline passed, its reports and the duties
        // (agencies, measures, completions reported before, the measures' executors loaded for all at once); for the
        // measures' own deadlines, the measures again and the completions.
        assertEquals(13, few, () -> "statements of the scan of a plan of two agencies:" + measuredFew);
        assertEquals(few, many, () -> "statements of the scan of a plan of eight agencies:" + statements.last());
    }

    @Test
    void oneAlertScanOfAPlanMakesTheSameStatementsHoweverManyOfItsHalfYearsArePastTheirDeadline() {
        List<String> codes = List.of(code(), code());
        long plan = planId(codes, agency -> {
        }, YEAR + 2);
        long onePast = statements.of(() -> alerts.decide(plan, LocalDate.of(YEAR, 7, 6)));
        String measuredOnePast = statements.last();
        long fivePast = statements.of(() -> alerts.decide(plan, LocalDate.of(YEAR + 2, 7, 6)));

        // The duties of every late half-year are worked out from one reading of the agencies, measures and
        // completions, and the submitted reports of all of them are read at once.
        assertEquals(13, onePast, () -> "statements of a scan with one half-year late:" + measuredOnePast);
        assertEquals(onePast, fivePast, () -> "statements of a scan with five half-years late:" + statements.last());
    }

    @Test
    void aScanThatFindsNothingNewMakesTheSameStatementsHoweverManyAlertsItDecidesAgain() {
        Rescan few = rescan(2);
        String measuredFew = statements.last();
        Rescan many = rescan(8);

        // Each agency is told once that its report is late and once that its measure is overdue, at two addresses.
        assertEquals(2 * 2 * 2, few.firstStored());
        assertEquals(8 * 2 * 2, many.firstStored());
        assertEquals(Map.of(), few.againStored());
        assertEquals(Map.of(), many.againStored());
        // The thirteen statements of the scan above, then one lookup of the stored alerts about the subjects decided
        // (up to 500 at a time), where a lookup per alert and address made the statements grow with them.
        assertEquals(14, few.statements(), () -> "statements of a scan repeating 8 alerts:" + measuredFew);
        assertEquals(few.statements(), many.statements(),
                () -> "statements of a scan repeating 32 alerts:" + statements.last());
    }

    private record Rescan(int firstStored, Map<AlertRule, Integer> againStored, long statements) {
    }

    /**
     * Scans a plan like {@link #scanStatements}'s, whose agencies have two contact addresses each, twice: the first
     * scan queues their alerts, the second finds them stored. The second is measured once the sender has tried every
     * alert the first queued (there is no mail server: each attempt fails, and the next is minutes away), so that
     * the sender's statements do not count.
     */
    private Rescan rescan(int agencies) {
        List<String> codes = IntStream.range(0, agencies).mapToObj(i -> code()).toList();
        long id = planId(codes, agency -> agency.putArray("contactEmails")
                .add(agency.get("code").asText().toLowerCase(Locale.ROOT) + "@one.gov.kg")
                .add(agency.get("code").asText().toLowerCase(Locale.ROOT) + "@two.gov.kg"));
        LocalDate today = LocalDate.of(YEAR, 7, 6);
        int first = alerts.decide(id, today).values().stream().mapToInt(Integer::intValue).sum();
        // A run of the sender's own, rather than waiting for the one the queued alerts wake up: that one may still be
        // busy with what earlier tests left in the outbox.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            sender.sendDue();
            return QuarkusTransaction.requiringNew()
                    .call(() -> outbox.count("plan.id = ?1 and attempts = 0", id)) == 0;
        });
        AtomicReference<Map<AlertRule, Integer>> again = new AtomicReference<>();
        long count = statements.of(() -> again.set(alerts.decide(id, today)));
        return new Rescan(first, again.get(), count);
    }

    /**
     * The grid of a plan of the test's own: other tests' reports on the seeded plan would change what it reads.
     */
    private static void grid(String plan) {
        as(TestAccounts.COORDINATOR).when().get("/api/v1/plans/" + plan + "/periods/2024-H1/submissions")
                .then().statusCode(200);
    }

    /**
     * The statements of one scan of a plan of {@value #YEAR}, on the day after its agencies' first deadline, whose
     * measures {@code agencies} agencies of its own all execute and none has submitted. The scan finds every one of
     * them late but has no one to tell: the agencies have neither accounts nor contact addresses, and they execute
     * by agreement, so the coordinator is not told either. It only reads; no alert goes to the outbox, whose sender
     * would query on a thread of its own.
     */
    private long scanStatements(int agencies) {
        long id = planId(IntStream.range(0, agencies).mapToObj(i -> code()).toList(), agency -> {
        });
        return statements.of(() -> alerts.decide(id, LocalDate.of(YEAR, 7, 6)));
    }

    /**
     * A plan of {@value #YEAR} whose two measures {@code codes}, agencies of its own changed by {@code agency}, all
     * execute by agreement, and whose first deadline is 5 July.
     */
    private long planId(List<String> codes, Consumer<ObjectNode> agency) {
        return planId(codes, agency, YEAR);
    }

    /**
     * The same, reporting on every half-year from {@value #YEAR} to the end of {@code lastYear}.
     */
    private long planId(List<String> codes, Consumer<ObjectNode> agency, int lastYear) {
        String coordinator = code();
        String plan = ReportFixtures.newPlan(document -> {
            newAgencies(document, codes).forEach(agency);
            newAgencies(document, List.of(coordinator));
            ObjectNode about = (ObjectNode) document.get("plan");
            about.put("startsOn", YEAR + "-01-01").put("endsOn", lastYear + "-12-31")
                    .put("inForceFrom", YEAR + "-02-20");
            ((ObjectNode) about.get("reporting")).put("coordinator", coordinator)
                    .put("firstPeriod", YEAR + "-H1").put("lastPeriod", lastYear + "-H2");
            ObjectNode first = (ObjectNode) about.at("/tasks/0/measures/0");
            ((ObjectNode) first.get("deadline")).put("date", YEAR + "-07-05");
            executors(first, codes);
            ObjectNode second = (ObjectNode) about.at("/tasks/1/measures/0");
            ((ObjectNode) second.at("/deadline/years")).put("from", YEAR).put("to", YEAR);
            executors(second, codes);
        });
        return QuarkusTransaction.requiringNew().call(() -> plans.getByCode(plan).id());
    }

    private static void newAgencies(ObjectNode document, int count) {
        newAgencies(document, IntStream.range(0, count).mapToObj(i -> code()).toList());
    }

    private static List<ObjectNode> newAgencies(ObjectNode document, List<String> codes) {
        ArrayNode agencies = (ArrayNode) document.get("agencies");
        List<ObjectNode> added = new ArrayList<>();
        for (String code : codes) {
            ObjectNode agency = agencies.addObject().put("code", code);
            agency.putObject("name").put("ky", code).put("ru", code).put("en", code);
            agency.putObject("abbreviation").put("ky", code).put("ru", code).put("en", code);
            added.add(agency);
        }
        return added;
    }

    private static void executors(ObjectNode measure, List<String> agencies) {
        ArrayNode executors = measure.putArray("executors");
        agencies.forEach(agency -> executors.addObject().put("agency", agency).put("byAgreement", true));
    }

    private static String code() {
        return "DS" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
