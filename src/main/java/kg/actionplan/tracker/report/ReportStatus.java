package kg.actionplan.tracker.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a report stands: DRAFT → SUBMITTED → ACCEPTED, or SUBMITTED → RETURNED → (edited) → SUBMITTED again.
 */
@Schema(name = "ReportStatus")
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED
}
