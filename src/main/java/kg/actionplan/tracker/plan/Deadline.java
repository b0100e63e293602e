package kg.actionplan.tracker.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kg.actionplan.tracker.common.LocalizedText;

/**
 * When a measure is due: a date, or a span of years that is due on 31 December of its last year. The table's
 * wording is kept beside the computed dates.
 */
@Embeddable
public class Deadline {

    /**
     * How the plan states the deadline.
     */
    @Schema(name = "DeadlineKind")
    public enum Kind {
        DATE, SPAN
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_kind")
    private Kind kind;

    @Column(name = "deadline_starts_on")
    private LocalDate startsOn;

    @Column(name = "deadline_due_on")
    private LocalDate dueOn;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ky", column = @Column(name = "deadline_wording_ky")),
            @AttributeOverride(name = "ru", column = @Column(name = "deadline_wording_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "deadline_wording_en"))})
    private LocalizedText wording;

    protected Deadline() {
    }

    private Deadline(Kind kind, LocalDate startsOn, LocalDate dueOn, LocalizedText wording) {
        this.kind = kind;
        this.startsOn = startsOn;
        this.dueOn = dueOn;
        this.wording = wording;
    }

    public static Deadline on(LocalDate date, LocalizedText wording) {
        return new Deadline(Kind.DATE, null, date, wording);
    }

    public static Deadline years(int from, int to, LocalizedText wording) {
        return new Deadline(Kind.SPAN, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), wording);
    }

    /**
     * Whether the deadline has passed on {@code date}: the due day itself still counts as in time.
     */
    public boolean passedOn(LocalDate date) {
        return dueOn.isBefore(date);
    }

    /**
     * How many days after the due day work completed on {@code completedOn} came: positive when late, negative when
     * early, 0 on the day itself.
     */
    public int slipDays(LocalDate completedOn) {
        return Math.toIntExact(ChronoUnit.DAYS.between(dueOn, completedOn));
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalizedText wording() {
        return wording;
    }
}
