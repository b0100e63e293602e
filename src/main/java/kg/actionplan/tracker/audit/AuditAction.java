package kg.actionplan.tracker.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The kinds of change the audit log records.
 */
@Schema(name = "AuditAction")
public enum AuditAction {
    PLAN_IMPORTED,
    ACCOUNT_CREATED,
    ACCOUNT_UPDATED,
    REPORT_CREATED,
    REPORT_BACKFILLED,
    ENTRY_UPDATED,
    REPORT_SUBMITTED,
    REPORT_ACCEPTED,
    REPORT_RETURNED,
    CONSOLIDATED_REPORT_BUILT,
    AGENCY_CONTACTS_CHANGED,
    ALERT_RECIPIENT_SWITCHED,
    ACCOUNT_PASSWORD_CHANGED,
    TOKEN_ISSUED,
    TOKEN_REVOKED,
    DATABASE_BACKED_UP
}
