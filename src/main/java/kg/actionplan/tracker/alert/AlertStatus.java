package kg.actionplan.tracker.alert;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where an alert stands in the outbox.
 */
@Schema(name = "AlertStatus")
public enum AlertStatus {
    /** Waiting to be sent, or to be tried again after a failed attempt. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up after the last allowed attempt. */
    FAILED,
    /** Not sent because its recipient was switched off. */
    SKIPPED
}
