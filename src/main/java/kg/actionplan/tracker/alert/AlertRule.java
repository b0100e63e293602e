package kg.actionplan.tracker.alert;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why an alert is sent. The first six are the deadline rules; the last carries the official consolidated report to
 * the Government Apparatus through the same outbox.
 */
@Schema(name = "AlertRule")
public enum AlertRule {
    /** An agency's half-year report falls due soon and it has not submitted it. */
    SUBMISSION_REMINDER,
    /** The agency's deadline has passed without a submission: repeated weekly until it submits. */
    SUBMISSION_MISSED,
    /** A measure's deadline is near and its lead has not reported it completed. */
    MEASURE_DEADLINE_APPROACHING,
    /** A measure's deadline has passed and its lead has not reported it completed: repeated weekly. */
    MEASURE_OVERDUE,
    /** The consolidated report falls due soon while agencies have still not submitted. */
    CONSOLIDATED_DUE,
    /** The committee returned a report for revision. */
    REPORT_RETURNED,
    /** The official consolidated report, with its XLSX and PDF attached. */
    OFFICIAL_REPORT
}
