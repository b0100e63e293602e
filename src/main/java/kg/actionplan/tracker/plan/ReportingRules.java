package kg.actionplan.tracker.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kg.actionplan.tracker.agency.Agency;

/**
 * When and to whom a plan's executors report: half-yearly, by a day of the following month, counted in the
 * plan's time zone; the coordinator then sends a consolidated report by a later day.
 */
@Embeddable
public class ReportingRules {

    /**
     * How often executors report.
     */
    @Schema(name = "ReportingFrequency")
    public enum Frequency {
        HALF_YEARLY
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "reporting_frequency")
    private Frequency frequency;

    private int agencyReportDueDay;

    private int consolidatedReportDueDay;

    private String timeZone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "coordinator_id")
    private Agency coordinator;

    private String firstPeriod;

    private String lastPeriod;

    protected ReportingRules() {
    }

    public ReportingRules(Frequency frequency, int agencyReportDueDay, int consolidatedReportDueDay, ZoneId timeZone,
            Agency coordinator, HalfYear firstPeriod, HalfYear lastPeriod) {
        this.frequency = frequency;
        this.agencyReportDueDay = agencyReportDueDay;
        this.consolidatedReportDueDay = consolidatedReportDueDay;
        this.timeZone = timeZone.getId();
        this.coordinator = coordinator;
        this.firstPeriod = firstPeriod.id();
        this.lastPeriod = lastPeriod.id();
    }

    public List<HalfYear> periods() {
        List<HalfYear> periods = new ArrayList<>();
        for (HalfYear period = firstPeriod(); period.compareTo(lastPeriod()) <= 0; period = period.next()) {
            periods.add(period);
        }
        return periods;
    }

    /**
     * The day by which agencies report on {@code period}; the deadline ends at midnight after it in the plan's time
     * zone.
     */
    public LocalDate agencyReportDue(HalfYear period) {
        return period.dayOfFollowingMonth(agencyReportDueDay);
    }

    /**
     * The day by which the coordinator sends the consolidated report on {@code period}; like the agencies' deadline,
     * it ends at midnight after it in the plan's time zone.
     */
    public LocalDate consolidatedReportDue(HalfYear period) {
        return period.dayOfFollowingMonth(consolidatedReportDueDay);
    }

    /**
     * When agencies may submit their reports on {@code period}: once the half-year has ended in the plan's time
     * zone, since a report speaks for the whole half-year.
     */
    public Instant submissionOpens(HalfYear period) {
        return endOf(period.end());
    }

    /**
     * Whether agencies' reports on {@code period} are still due at {@code at}: the end of the due day has not yet
     * come in the plan's time zone. Until then the half-year is current reporting; after it, reporting on it is late
     * or back-filled.
     */
    public boolean agencyReportStillDue(HalfYear period, Instant at) {
        return at.isBefore(endOf(agencyReportDue(period)));
    }

    /**
     * The instant {@code day} ends in the plan's time zone (midnight after it): a deadline on that day holds until
     * then, wherever the caller's clock is.
     */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(timeZone()).toInstant();
    }

    /**
     * The calendar day of {@code at} in the plan's time zone.
     */
    public LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, timeZone());
    }

    public Frequency frequency() {
        return frequency;
    }

    public int agencyReportDueDay() {
        return agencyReportDueDay;
    }

    public int consolidatedReportDueDay() {
        return consolidatedReportDueDay;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public Agency coordinator() {
        return coordinator;
    }

    public HalfYear firstPeriod() {
        return HalfYear.parse(firstPeriod).orElseThrow();
    }

    public HalfYear lastPeriod() {
        return HalfYear.parse(lastPeriod).orElseThrow();
    }
}
