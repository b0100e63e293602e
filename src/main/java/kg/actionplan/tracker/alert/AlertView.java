package kg.actionplan.tracker.alert;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.common.Language;

/**
 * An alert in the outbox, with its sending history.
 */
@Schema(name = "Alert")
public record AlertView(long id, AlertRule rule, AlertStatus status, String recipient, Language language,
        String plan, String period, String agency, String measure, LocalDate dueOn,
        @Schema(description = "What the alert is about; with rule, occurrence and recipient it identifies the alert.") String subject,
        @Schema(description = "Which time the rule fired for the subject: the first day of its window, or a revision or version.") String occurrence,
        @Schema(description = "The return comment, the agencies still missing, the executors or the version, by rule.") String detail,
        Instant createdAt, int attempts,
        @Schema(description = "When a pending alert is tried next.") Instant nextAttemptAt,
        Instant lastAttemptAt, String lastError, Instant sentAt) {

    static AlertView from(Alert alert) {
        return new AlertView(alert.id(), alert.rule(), alert.status(), alert.recipient(), alert.language(),
                alert.plan().code(), alert.period().orElse(null), alert.agency().map(Agency::code).orElse(null),
                alert.measureCode().orElse(null), alert.dueOn().orElse(null), alert.subject(), alert.occurrence(),
                alert.detail().orElse(null), alert.createdAt(), alert.attempts(),
                alert.status() == AlertStatus.PENDING ? alert.nextAttemptAt() : null,
                alert.lastAttemptAt().orElse(null), alert.lastError().orElse(null), alert.sentAt().orElse(null));
    }
}
