package kg.actionplan.tracker.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a report stands: DRAFT → SUBMITTED → ACCEPTED, or SUBMITTED → RETURNED → (edited) → SUBMITTED again.
 */
@Schema(name = "ReportStatus")
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    /** Its agency (or the committee, for a report from paper) still writes it: not yet submitted, or returned. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
