package kg.actionplan.tracker.audit;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An audit record as the API shows it.
 */
@Schema(name = "AuditEvent")
public record AuditEventView(long id, Instant occurredAt, String actor, String remoteAddress, AuditAction action,
        String subjectType, String subjectId, @Schema(description = "What changed, before → after.") String summary) {

    static AuditEventView from(AuditEvent event) {
        return new AuditEventView(event.id(), event.occurredAt(), event.actor(), event.remoteAddress(), event.action(),
                event.subjectType(), event.subjectId(), event.summary());
    }
}
