package kg.actionplan.tracker.consolidated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import kg.actionplan.tracker.common.StatementCount;
import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.report.ReportFixtures;

/**
 * One build of a consolidated report costs the same statements however many agencies report and measures the plan
 * has: the measures with their executors, the standing entries with their evidence (for the half-year and the one
 * before it at once), the reports and the duties are each read as one set, never one by one (at 1 000 measures the
 * build made over 500 statements, most of them batches of evidence and executors). A stored version's snapshot,
 * megabytes for a national plan, is read only when its content is.
 *
 * <p>Hibernate's statistics are global to the service: each measured build runs on the test thread, on a plan of the
 * test's own. A scheduled job or the alert sender could still query meanwhile; should one coincide, the failure lists
 * every statement measured, so the stranger shows.
 */
@QuarkusTest
class ConsolidatedReportStatementsTest {

    @Inject
    SessionFactory sessions;

    @Inject
    ConsolidatedReportService service;

    private StatementCount statements;

    @BeforeEach
    void countStatements() {
        statements = new StatementCount(sessions);
    }

    @Test
    void aBuildMakesTheSameStatementsWhenThePlanHasMoreAgenciesAndMeasures() {
        String small = planWithReportingAgencies(2);
        // More than Hibernate's batch of 16: fetched in batches, the executors and the evidence would cost more.
        String large = planWithReportingAgencies(18);

        long few = buildStatements(small);
        String measuredFew = statements.last();
        long many = buildStatements(large);

        // The plan and its lock; the measures with their tasks, executors and repealing acts; for the half-year and
        // the one before it, each: the reports with their agencies, the duties (agencies, measures, completions
        // reported before) and the completions reported up to it; the standing entries without their texts, then the
        // latest of each agency and measure with their texts and evidence (500 a query), once for both; then the
        // latest version, the next number, and the version and its audit record written.
        assertEquals(19, few, () -> "statements of a build on the reports of two agencies:" + measuredFew);
        assertEquals(few, many, () -> "statements of a build on the reports of eighteen agencies:" + statements.last());
    }

    @Test
    void aVersionsSnapshotIsReadOnlyWhenItsContentIsAskedFor() {
        String plan = planWithReportingAgencies(1);
        service.buildOnDemand(plan, "2025-H1", TestAccounts.COORDINATOR);

        QuarkusTransaction.requiringNew().run(() -> {
            ConsolidatedReport latest = service.latest(plan, "2025-H1");
            ConsolidatedReport listed = service.versions(plan, "2025-H1").get(0);

            // Listing the versions, or comparing a new build with the latest by its hash, leaves the megabytes of a
            // national plan's snapshot unread.
            assertFalse(Hibernate.isPropertyInitialized(latest, "snapshot"));
            assertFalse(Hibernate.isPropertyInitialized(listed, "snapshot"));
            assertEquals(plan, service.content(latest).planCode());
            assertTrue(Hibernate.isPropertyInitialized(latest, "snapshot"));
        });
    }

    /**
     * The statements of one on-demand build on 2025-H1, which is new and so stores its version in the same
     * transaction.
     */
    private long buildStatements(String plan) {
        AtomicReference<ConsolidatedReportService.OnDemandBuild> build = new AtomicReference<>();
        long count = statements.of(() -> build.set(service.buildOnDemand(plan, "2025-H1", TestAccounts.COORDINATOR)));
        assertTrue(build.get().created(), "the first build of the half-year stores a version");
        assertEquals(1, service.versions(plan, "2025-H1").size());
        return count;
    }

    /**
     * The minimal plan with {@code agencies} agencies of its own, each the executor of a measure of task 3 of its
     * own, and each with a report on paper on 2024-H2 and on 2025-H1 whose entry on that measure gives two items of
     * evidence, submitted.
     */
    private static String planWithReportingAgencies(int agencies) {
        List<String> codes = IntStream.range(0, agencies).mapToObj(i -> code()).toList();
        String plan = ReportFixtures.newPlan(document -> {
            ArrayNode known = (ArrayNode) document.get("agencies");
            ArrayNode tasks = (ArrayNode) document.get("plan").get("tasks");
            ObjectNode template = (ObjectNode) tasks.get(1).get("measures").get(0);
            ObjectNode task = tasks.addObject().put("code", "3");
            task.set("title", tasks.get(1).get("title").deepCopy());
            ArrayNode measures = task.putArray("measures");
            for (int i = 0; i < codes.size(); i++) {
                ObjectNode agency = known.addObject().put("code", codes.get(i));
                agency.putObject("name").put("ky", codes.get(i)).put("ru", codes.get(i)).put("en", codes.get(i));
                agency.putObject("abbreviation").put("ky", codes.get(i)).put("ru", codes.get(i))
                        .put("en", codes.get(i));
                ObjectNode measure = measures.addObject().setAll(template.deepCopy());
                measure.put("code", "3." + (i + 1));
                measure.putArray("executors").addObject().put("agency", codes.get(i));
            }
        });
        for (int i = 0; i < codes.size(); i++) {
            submitWithEvidence(plan, "2024-H2", "2025-01-10", codes.get(i), "3." + (i + 1));
            submitWithEvidence(plan, "2025-H1", "2025-07-10", codes.get(i), "3." + (i + 1));
        }
        return plan;
    }

    private static void submitWithEvidence(String plan, String period, String receivedOn, String agency,
            String measure) {
        long report = ReportFixtures.backfilled(plan, period, agency, receivedOn, receivedOn);
        Map<String, Object> entry = new HashMap<>(ReportFixtures.inProgress(40, "Under way"));
        entry.put("evidence", List.of(Map.of("title", "Order on the measure", "actNumber", "17", "actDate", receivedOn),
                Map.of("title", "Progress page", "url", "https://example.org/" + agency)));
        ReportFixtures.edit(TestAccounts.COORDINATOR, report, measure, entry);
        ReportFixtures.submit(TestAccounts.COORDINATOR, report).statusCode(200);
    }

    private static String code() {
        return "CS" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
