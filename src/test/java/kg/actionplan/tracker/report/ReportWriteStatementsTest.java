package kg.actionplan.tracker.report;

import static kg.actionplan.tracker.report.ReportFixtures.REPORTER_TESTAG;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Writing one entry and submitting a report cost the same statements however many entries the report has: a write
 * reads only the entry it writes, and a submission reads the entries in one statement and writes its revision's
 * entries and their evidence in JDBC batches (at national scale a report has about 66 entries).
 *
 * <p>Hibernate's statistics are global to the service: each measured request runs with nothing else of this test
 * running, on a plan of the test's own. Should a scheduled job or another thread query meanwhile, the failure lists
 * every statement measured, so the stranger shows.
 */
@QuarkusTest
class ReportWriteStatementsTest {

    /** More than two of Hibernate's batches of 16, in which related rows are otherwise loaded. */
    private static final int MANY = 40;

    private static final List<Map<String, String>> EVIDENCE = List.of(
            Map.of("title", "Order on the measure", "actNumber", "17", "actDate", "2024-05-15"),
            Map.of("title", "Published", "url", "https://example.gov.kg/order-17"));

    /** The allocation size of the revision-entry keys' sequence (RevisionEntry, V18). */
    private static final int KEYS_PER_BLOCK = 50;

    @Inject
    SessionFactory sessions;

    @Inject
    RevisionRepository revisions;

    private StatementCount statements;

    @BeforeEach
    void countStatements() {
        statements = new StatementCount(sessions);
    }

    @Test
    void anEntryWriteMakesTheSameStatementsHoweverManyEntriesItsReportHas() {
        long few = entryWriteStatements(reportWithEntries(1));
        String measuredFew = statements.last();
        long many = entryWriteStatements(reportWithEntries(MANY));

        // Who asks (its account and agency), the report and its row lock, its agency (may
        // the caller see it?), the entry with its measure and evidence, the audit record and the entry's update. The
        // evidence, unchanged, is not written again; the plan is not read for an entry still under way.
        assertEquals(7, few, () -> "statements of an entry write in a report of 1 entry:" + measuredFew);
        assertEquals(few, many, () -> "statements of an entry write in a report of " + MANY + " entries:" + statements.last());
        assertEquals(1, sessions.getStatistics().getEntityStatistics(ReportEntry.class.getName()).getLoadCount(),
                () -> "entries read by an entry write in a report of " + MANY + " entries:" + statements.last());
    }

    @Test
    void aSubmissionMakesTheSameStatementsHoweverManyEntriesItsReportHas() {
        long fewReport = reportWithEntries(1);
        long few = submissionStatements(fewReport) - keyBlocksTaken(fewReport);
        String measuredFew = statements.last();
        long manyReport = reportWithEntries(MANY);
        long many = submissionStatements(manyReport) - keyBlocksTaken(manyReport);

        // Who asks (its account and agency), the report and its row lock, its agency, the plan and its row lock, the
        // entries with their measures, their evidence; then the insert of the revision, one batch of its entries, one
        // of their evidence, the audit record and the report's update. Besides these, the submission that uses up a block of revision-entry keys
        // asks the sequence for the next (keyBlocksTaken).
        assertEquals(13, few, () -> "statements of the submission of a report of 1 entry:" + measuredFew);
        assertEquals(few, many, () -> "statements of the submission of a report of " + MANY + " entries:" + statements.last());
    }

    /**
     * Rewrites the narrative of the report's first entry, its evidence as it was.
     */
    private long entryWriteStatements(long report) {
        String etag = ReportFixtures.etag(REPORTER_TESTAG, report, "1.1");
        Map<String, Object> body = withEvidence(ReportFixtures.inProgress(60, "Rewritten"));
        return statements.of(() -> ReportFixtures.putEntry(REPORTER_TESTAG, report, "1.1", etag, body).statusCode(200));
    }

    /**
     * How often the submission of the report asked the sequence for a block of revision-entry keys (V18): Hibernate
     * asks when it is about to use the first key of a block, and the sequence's values are those first keys (the
     * pooled-lo optimizer), which on the test's new database are 50, 100, 150 and so on. Which submission that falls
     * on depends on how many entries others submitted before.
     */
    private long keyBlocksTaken(long report) {
        return QuarkusTransaction.requiringNew().call(() -> revisions.getEntityManager()
                .createQuery("select e.id from RevisionEntry e where e.revision.report.id = :report", Long.class)
                .setParameter("report", report)
                .getResultList().stream()
                .filter(id -> id % KEYS_PER_BLOCK == 0)
                .count());
    }

    private long submissionStatements(long report) {
        return statements.of(() -> ReportFixtures.submit(REPORTER_TESTAG, report).statusCode(200));
    }

    /**
     * TESTAG's report on 2024-H1 of a plan of its own with {@code entries} measures for TESTAG, each entry written
     * with two pieces of evidence.
     */
    private static long reportWithEntries(int entries) {
        String plan = ReportFixtures.newPlan(document -> {
            ArrayNode measures = (ArrayNode) document.at("/plan/tasks/1/measures");
            ObjectNode template = (ObjectNode) measures.get(0);
            IntStream.range(1, entries).forEach(i -> {
                ObjectNode measure = template.deepCopy().put("code", "2." + (i + 1));
                measure.putArray("executors").addObject().put("agency", "TESTAG");
                measures.add(measure);
            });
        });
        long id = ReportFixtures.createReport(REPORTER_TESTAG, plan, "2024-H1", "TESTAG");
        List<String> codes = ReportFixtures.getReport(REPORTER_TESTAG, id).statusCode(200)
                .extract().jsonPath().getList("entries.measure", String.class);
        assertEquals(entries, codes.size(), "entries of the report");
        codes.forEach(code -> ReportFixtures.edit(REPORTER_TESTAG, id, code,
                withEvidence(ReportFixtures.inProgress(50, "Under way"))));
        return id;
    }

    private static Map<String, Object> withEvidence(Map<String, Object> entry) {
        Map<String, Object> body = new HashMap<>(entry);
        body.put("evidence", EVIDENCE);
        return body;
    }
}
