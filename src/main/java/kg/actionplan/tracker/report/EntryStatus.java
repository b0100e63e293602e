package kg.actionplan.tracker.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How far an agency has got with one measure.
 */
@Schema(name = "EntryStatus")
public enum EntryStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, BLOCKED
}
