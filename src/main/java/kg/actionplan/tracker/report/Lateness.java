package kg.actionplan.tracker.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import kg.actionplan.tracker.plan.HalfYear;
import kg.actionplan.tracker.plan.ReportingRules;

/**
 * Whether a submission came after the agency deadline (the end of the due day in the plan's time zone), and by how
 * many calendar days.
 */
public record Lateness(boolean late, int daysLate) {

    public static Lateness of(ReportingRules rules, HalfYear period, Instant submittedAt) {
        return of(rules, period, rules.dayOf(submittedAt));
    }

    /**
     * The lateness of a report handed in on {@code submittedOn}, a day of the plan's calendar: a back-filled report
     * counts from the day its letter was received.
     */
    public static Lateness of(ReportingRules rules, HalfYear period, LocalDate submittedOn) {
        long days = ChronoUnit.DAYS.between(rules.agencyReportDue(period), submittedOn);
        return days > 0 ? new Lateness(true, Math.toIntExact(days)) : new Lateness(false, 0);
    }
}
