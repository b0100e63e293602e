package kg.actionplan.tracker.report;

import static kg.actionplan.tracker.report.ReportFixtures.PROBLEM_JSON;
import static kg.actionplan.tracker.report.ReportFixtures.accept;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.edit;
import static kg.actionplan.tracker.report.ReportFixtures.getReport;
import static kg.actionplan.tracker.report.ReportFixtures.inProgress;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static kg.actionplan.tracker.report.ReportFixtures.returnReport;
import static kg.actionplan.tracker.report.ReportFixtures.revisions;
import static kg.actionplan.tracker.report.ReportFixtures.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;

/**
 * Every review of a report stays in its history, with the revision it reviewed: the report itself shows only the
 * latest one, and a resubmission clears the return comment there.
 */
@QuarkusTest
class ReviewHistoryTest {

    static final String UKMK = TestAccounts.REPORTER_UKMK;
    static final String BIM = TestAccounts.REPORTER_BIM;
    static final String COORDINATOR = TestAccounts.COORDINATOR;

    static final Instant SUBMITTED_1 = Instant.parse("2026-11-23T06:00:00Z");
    static final Instant RETURNED_1 = Instant.parse("2026-11-24T09:15:00Z");
    static final Instant SUBMITTED_2 = Instant.parse("2026-11-25T07:30:00Z");
    static final Instant RETURNED_2 = Instant.parse("2026-11-26T10:00:00Z");
    static final Instant SUBMITTED_3 = Instant.parse("2026-11-27T08:45:00Z");
    static final Instant ACCEPTED_3 = Instant.parse("2026-11-30T11:20:00Z");

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long ukmkSubmitted() {
        long id = createReport(UKMK, newPlan(), "2024-H1", "UKMK");
        edit(UKMK, id, "1.1", inProgress(40, "Draft law prepared"));
        clock.set(SUBMITTED_1);
        submit(UKMK, id).statusCode(200);
        return id;
    }

    private void returnAt(Instant at, long id, String comment) {
        clock.set(at);
        returnReport(COORDINATOR, id, comment).statusCode(200);
    }

    private void resubmitAt(Instant at, long id, int percent) {
        edit(UKMK, id, "1.1", inProgress(percent, "Reworked as asked"));
        clock.set(at);
        submit(UKMK, id).statusCode(200);
    }

    @Test
    void theCommentOfAReturnSurvivesTheResubmissionAndTheReporterSeesIt() {
        long id = ukmkSubmitted();
        returnAt(RETURNED_1, id, "  Attach the order on 1.1.  ");
        resubmitAt(SUBMITTED_2, id, 60);

        getReport(UKMK, id).statusCode(200).body("status", equalTo("SUBMITTED")).body("returnComment", nullValue());
        revisions(UKMK, id)
                .statusCode(200)
                .body("number", contains(1, 2))
                .body("[0].review.decision", equalTo("RETURNED"))
                .body("[0].review.comment", equalTo("Attach the order on 1.1."))
                .body("[0].review.reviewedBy", equalTo(COORDINATOR))
                .body("[0].review.reviewedAt", equalTo(RETURNED_1.toString()))
                .body("[1]", not(hasKey("review")));
    }

    @Test
    void returnResubmitReturnResubmitAcceptKeepsThreeReviewsInOrderOfTheirRevisions() {
        long id = ukmkSubmitted();
        returnAt(RETURNED_1, id, "Attach the order on 1.1.");
        resubmitAt(SUBMITTED_2, id, 60);
        returnAt(RETURNED_2, id, "The order is not signed.");
        resubmitAt(SUBMITTED_3, id, 80);
        clock.set(ACCEPTED_3);
        accept(COORDINATOR, id).statusCode(200);

        revisions(UKMK, id)
                .statusCode(200)
                .body("number", contains(1, 2, 3))
                .body("submittedAt", contains(SUBMITTED_1.toString(), SUBMITTED_2.toString(), SUBMITTED_3.toString()))
                .body("review.decision", contains("RETURNED", "RETURNED", "ACCEPTED"))
                .body("review.reviewedBy", contains(COORDINATOR, COORDINATOR, COORDINATOR))
                .body("review.reviewedAt", contains(RETURNED_1.toString(), RETURNED_2.toString(), ACCEPTED_3.toString()))
                .body("review.comment", contains("Attach the order on 1.1.", "The order is not signed.", null))
                .body("[2].review", not(hasKey("comment")));
        getReport(UKMK, id).statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("reviewedAt", equalTo(ACCEPTED_3.toString()))
                .body("reviewedBy", equalTo(COORDINATOR));
    }

    @Test
    void theCoordinatorAndTheObserverSeeTheReviewsToo() {
        long id = ukmkSubmitted();
        returnAt(RETURNED_1, id, "Attach the order on 1.1.");

        for (String reader : new String[] {COORDINATOR, TestAccounts.OBSERVER, TestAccounts.ADMIN}) {
            revisions(reader, id)
                    .statusCode(200)
                    .body("review.decision", contains("RETURNED"))
                    .body("review.comment", contains("Attach the order on 1.1."));
        }
    }

    @Test
    void aReporterOfAnotherAgencyGets404ForTheHistory() {
        long id = ukmkSubmitted();
        returnAt(RETURNED_1, id, "Attach the order on 1.1.");

        revisions(BIM, id)
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:not-found"));
    }

    @Test
    void aReturnRefusedForWantOfACommentLeavesNoReview() {
        long id = ukmkSubmitted();

        returnReport(COORDINATOR, id, "   ").statusCode(422);

        revisions(UKMK, id).statusCode(200).body("", hasSize(1)).body("[0]", not(hasKey("review")));
    }

    @Test
    void acceptingTwiceKeepsOneReview() {
        long id = ukmkSubmitted();
        clock.set(ACCEPTED_3);
        accept(COORDINATOR, id).statusCode(200);
        clock.set(ACCEPTED_3.plusSeconds(3600));

        accept(COORDINATOR, id).statusCode(200);

        revisions(UKMK, id)
                .statusCode(200)
                .body("review.decision", contains("ACCEPTED"))
                .body("review.reviewedAt", contains(ACCEPTED_3.toString()));
    }
}
