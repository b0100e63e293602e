package kg.actionplan.tracker.report;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What an agency reports about one measure, apart from its evidence. completedOn is the day the work was actually
 * completed, given only with COMPLETED (and absent from entries back-filled without it).
 */
@Embeddable
public record Progress(
        @Enumerated(EnumType.STRING) EntryStatus status,
        int progressPercent,
        LocalDate completedOn,
        @Column(length = 20000) String narrative,
        @Column(length = 20000) String problems,
        @Column(length = 20000) String nextSteps,
        Spending spent) {

    static Progress notStarted() {
        return new Progress(EntryStatus.NOT_STARTED, 0, null, null, null, null, null);
    }
}
