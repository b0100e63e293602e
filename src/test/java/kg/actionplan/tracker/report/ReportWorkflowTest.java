package kg.actionplan.tracker.report;

import static kg.actionplan.tracker.account.TestAccounts.as;
import static kg.actionplan.tracker.report.ReportFixtures.PROBLEM_JSON;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTS;
import static kg.actionplan.tracker.report.ReportFixtures.accept;
import static kg.actionplan.tracker.report.ReportFixtures.create;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.edit;
import static kg.actionplan.tracker.report.ReportFixtures.entryIs;
import static kg.actionplan.tracker.report.ReportFixtures.etag;
import static kg.actionplan.tracker.report.ReportFixtures.getReport;
import static kg.actionplan.tracker.report.ReportFixtures.inProgress;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static kg.actionplan.tracker.report.ReportFixtures.putEntry;
import static kg.actionplan.tracker.report.ReportFixtures.returnReport;
import static kg.actionplan.tracker.report.ReportFixtures.revisions;
import static kg.actionplan.tracker.report.ReportFixtures.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;

/**
 * A report's way from draft through submission to acceptance or return, and the edits allowed on the way.
 */
@QuarkusTest
class ReportWorkflowTest {

    static final String UKMK = TestAccounts.REPORTER_UKMK;
    static final String COORDINATOR = TestAccounts.COORDINATOR;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static long ukmkDraft() {
        return createReport(UKMK, newPlan(), "2024-H1", "UKMK");
    }

    private static long ukmkSubmitted() {
        long id = ukmkDraft();
        edit(UKMK, id, "1.1", inProgress(40, "Draft law prepared"));
        submit(UKMK, id).statusCode(200);
        return id;
    }

    @Test
    void aReporterOpensADraftWithOneNotStartedEntryPerMeasureItExecutesInPlanOrder() {
        String plan = newPlan();
        create(UKMK, plan, "2024-H1", "UKMK")
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/reports/[0-9]+$"))
                .body("planCode", equalTo(plan))
                .body("period", equalTo("2024-H1"))
                .body("agency", equalTo("UKMK"))
                .body("status", equalTo("DRAFT"))
                .body("revision", equalTo(0))
                .body("createdBy", equalTo(UKMK))
                .body("submittedAt", nullValue())
                .body("late", nullValue())
                .body("entries.measure", contains("1.1", "2.1"))
                .body("entries.status", everyItem(equalTo("NOT_STARTED")))
                .body("entries.progressPercent", everyItem(equalTo(0)))
                .body("entries.etag", everyItem(matchesPattern("\"[^\"]+\"")));
    }

    @Test
    void theLocationOfANewReportServesIt() {
        String location = create(UKMK, newPlan(), "2024-H1", "UKMK").statusCode(201).extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        getReport(UKMK, id).statusCode(200).body("id", equalTo((int) id)).body("status", equalTo("DRAFT"));
    }

    @Test
    void openingTheSameReportAgainIsAConflictThatPointsToTheExistingOne() {
        String plan = newPlan();
        long id = createReport(UKMK, plan, "2024-H1", "UKMK");

        create(UKMK, plan, "2024-H1", "UKMK")
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:conflict"))
                .body("existing", equalTo("/api/v1/reports/" + id));
    }

    @Test
    void anEntryIsReplacedWhenIfMatchCarriesItsCurrentETag() {
        long id = ukmkDraft();
        String before = etag(UKMK, id, "1.1");

        String after = putEntry(UKMK, id, "1.1", before, inProgress(40, "Draft law prepared"))
                .statusCode(200)
                .header("ETag", not(equalTo(before)))
                .body("measure", equalTo("1.1"))
                .body("status", equalTo("IN_PROGRESS"))
                .body("progressPercent", equalTo(40))
                .body("narrative", equalTo("Draft law prepared"))
                .body("updatedBy", equalTo(UKMK))
                .extract().header("ETag");

        assertNotEquals(before, after);
        ReportFixtures.getEntry(UKMK, id, "1.1").statusCode(200)
                .header("ETag", equalTo(after))
                .body("etag", equalTo(after))
                .body("status", equalTo("IN_PROGRESS"))
                .body("narrative", equalTo("Draft law prepared"));
    }

    @Test
    void anEditWithoutIfMatchIsRefusedAsPreconditionRequired() {
        long id = ukmkDraft();

        putEntry(UKMK, id, "1.1", null, inProgress(40, "Draft law prepared"))
                .statusCode(428)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:precondition-required"));
        entryIs(UKMK, id, "1.1", "NOT_STARTED", 0);
    }

    @Test
    void anEditWithAStaleETagIsRefusedAndChangesNothing() {
        long id = ukmkDraft();
        String stale = etag(UKMK, id, "1.1");
        putEntry(UKMK, id, "1.1", stale, inProgress(40, "First edit")).statusCode(200);

        putEntry(UKMK, id, "1.1", stale, inProgress(90, "Lost update"))
                .statusCode(412)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:precondition-failed"));
        entryIs(UKMK, id, "1.1", "IN_PROGRESS", 40).body("narrative", equalTo("First edit"));
    }

    @Test
    void submittingFreezesRevision1WithTheSubmittedValues() {
        long id = ukmkDraft();
        edit(UKMK, id, "1.1", inProgress(40, "Draft law prepared"));

        submit(UKMK, id)
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("revision", equalTo(1))
                .body("submittedAt", equalTo(MutableClock.DEFAULT.toString()));
        revisions(UKMK, id)
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].number", equalTo(1))
                .body("[0].submittedBy", equalTo(UKMK))
                .body("[0].entries.measure", contains("1.1", "2.1"))
                .body("[0].entries.status", contains("IN_PROGRESS", "NOT_STARTED"))
                .body("[0].entries.progressPercent", contains(40, 0))
                .body("[0].entries[0].narrative", equalTo("Draft law prepared"));
    }

    @Test
    void submittingASubmittedReportAgainChangesNothing() {
        long id = ukmkSubmitted();

        submit(UKMK, id)
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("revision", equalTo(1));
        revisions(UKMK, id).statusCode(200).body("", hasSize(1));
    }

    @Test
    void theCoordinatorAcceptsASubmittedReport() {
        long id = ukmkSubmitted();

        accept(COORDINATOR, id)
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("reviewedBy", equalTo(COORDINATOR))
                .body("reviewedAt", notNullValue());
        getReport(UKMK, id).statusCode(200).body("status", equalTo("ACCEPTED")).body("revision", equalTo(1));
    }

    @Test
    void acceptingAnAcceptedReportAgainIsHarmless() {
        long id = ukmkSubmitted();
        accept(COORDINATOR, id).statusCode(200);

        accept(COORDINATOR, id).statusCode(200).body("status", equalTo("ACCEPTED")).body("revision", equalTo(1));
        revisions(COORDINATOR, id).statusCode(200).body("", hasSize(1));
    }

    @Test
    void theCoordinatorReturnsASubmittedReportWithAComment() {
        long id = ukmkSubmitted();

        returnReport(COORDINATOR, id, "  Attach the order on 1.1.  ")
                .statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("returnComment", equalTo("Attach the order on 1.1."))
                .body("reviewedBy", equalTo(COORDINATOR));
        getReport(UKMK, id).statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("returnComment", equalTo("Attach the order on 1.1."));
    }

    @Test
    void returningWithoutABodyIsRefusedForWantOfAComment() {
        long id = ukmkSubmitted();

        as(COORDINATOR)
                .contentType(ContentType.JSON)
                .when().post(REPORTS + "/" + id + "/return")
                .then().statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].path", equalTo("/comment"));
        getReport(COORDINATOR, id).statusCode(200).body("status", equalTo("SUBMITTED")).body("returnComment", nullValue());
    }

    @Test
    void returningWithABodyButNoCommentFieldIsRefused() {
        long id = ukmkSubmitted();

        as(COORDINATOR)
                .contentType(ContentType.JSON)
                .body("{}")
                .when().post(REPORTS + "/" + id + "/return")
                .then().statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].path", equalTo("/comment"));
        getReport(COORDINATOR, id).statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void returningWithAnEmptyOrBlankCommentIsRefused(String comment) {
        long id = ukmkSubmitted();

        returnReport(COORDINATOR, id, comment)
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:invalid-input"))
                .body("errors[0].path", equalTo("/comment"));
        getReport(COORDINATOR, id).statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("returnComment", nullValue())
                .body("reviewedAt", nullValue());
    }

    @Test
    void aReturnedReportIsEditedAndResubmittedAsRevision2LeavingRevision1AsItWas() {
        long id = ukmkSubmitted();
        returnReport(COORDINATOR, id, "Attach the order on 1.1.").statusCode(200);
        Map<String, Object> revision1 = revisions(UKMK, id).extract().jsonPath().getMap("[0]");

        edit(UKMK, id, "1.1", inProgress(70, "Law passed its first reading"));
        submit(UKMK, id)
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("revision", equalTo(2))
                .body("returnComment", nullValue());

        revisions(UKMK, id)
                .statusCode(200)
                .body("number", contains(1, 2))
                .body("[1].entries[0].progressPercent", equalTo(70))
                .body("[1].entries[0].narrative", equalTo("Law passed its first reading"))
                .body("[0].entries[0].progressPercent", equalTo(40))
                .body("[0].entries[0].narrative", equalTo("Draft law prepared"));
        assertEquals(revision1, revisions(UKMK, id).extract().jsonPath().getMap("[0]"));
    }

    @Test
    void aSubmittedReportCannotBeEdited() {
        long id = ukmkSubmitted();

        putEntry(UKMK, id, "1.1", etag(UKMK, id, "1.1"), inProgress(90, "Late change"))
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:conflict"));
        entryIs(UKMK, id, "1.1", "IN_PROGRESS", 40);
    }

    @Test
    void anAcceptedReportCannotBeEdited() {
        long id = ukmkSubmitted();
        accept(COORDINATOR, id).statusCode(200);

        putEntry(UKMK, id, "1.1", etag(UKMK, id, "1.1"), inProgress(90, "Late change"))
                .statusCode(409)
                .contentType(PROBLEM_JSON);
        entryIs(UKMK, id, "1.1", "IN_PROGRESS", 40);
    }

    @Test
    void aDraftCannotBeAccepted() {
        long id = ukmkDraft();

        accept(COORDINATOR, id).statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:conflict"));
        getReport(COORDINATOR, id).statusCode(200).body("status", equalTo("DRAFT")).body("reviewedAt", nullValue());
    }

    @Test
    void aDraftCannotBeReturned() {
        long id = ukmkDraft();

        returnReport(COORDINATOR, id, "Nothing to return yet").statusCode(409).contentType(PROBLEM_JSON);
        getReport(COORDINATOR, id).statusCode(200).body("status", equalTo("DRAFT")).body("returnComment", nullValue());
    }

    @Test
    void anAcceptedReportCannotBeReturned() {
        long id = ukmkSubmitted();
        accept(COORDINATOR, id).statusCode(200);

        returnReport(COORDINATOR, id, "Changed my mind").statusCode(409).contentType(PROBLEM_JSON);
        getReport(COORDINATOR, id).statusCode(200).body("status", equalTo("ACCEPTED")).body("returnComment", nullValue());
    }

    @Test
    void aReturnedReportCannotBeAcceptedUntilResubmitted() {
        long id = ukmkSubmitted();
        returnReport(COORDINATOR, id, "Attach the order on 1.1.").statusCode(200);

        accept(COORDINATOR, id).statusCode(409).contentType(PROBLEM_JSON);
        getReport(COORDINATOR, id).statusCode(200).body("status", equalTo("RETURNED"));
    }

    @Test
    void submissionIsRefusedWhileTheHalfYearHasNotEndedInThePlansTimeZone() {
        clock.set(Instant.parse("2024-06-30T17:00:00Z"));
        long id = ukmkDraft();

        submit(UKMK, id)
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:tracker:problem:conflict"));
        getReport(UKMK, id).statusCode(200).body("status", equalTo("DRAFT")).body("revision", equalTo(0));
        revisions(UKMK, id).statusCode(200).body("", hasSize(0));
    }

    @Test
    void submissionOpensAtMidnightAfterTheHalfYearInThePlansTimeZone() {
        clock.set(Instant.parse("2024-06-30T17:00:00Z"));
        long id = ukmkDraft();

        clock.set(Instant.parse("2024-06-30T18:00:00Z"));
        submit(UKMK, id).statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aDraftCanBeOpenedAndEditedWhileTheHalfYearRuns() {
        clock.set(Instant.parse("2024-06-30T17:00:00Z"));
        long id = ukmkDraft();

        edit(UKMK, id, "2.1", inProgress(10, "Procurement started"))
                .body("updatedAt", equalTo("2024-06-30T17:00:00Z"));
        getReport(UKMK, id).statusCode(200)
                .body("createdAt", equalTo("2024-06-30T17:00:00Z"))
                .body("entries[1].progressPercent", equalTo(10));
    }
}
