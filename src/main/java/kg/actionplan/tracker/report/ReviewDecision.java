package kg.actionplan.tracker.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the committee decided on a submitted revision: back to the agency for changes, or accepted for good.
 */
@Schema(name = "ReviewDecision")
public enum ReviewDecision {
    RETURNED, ACCEPTED
}
