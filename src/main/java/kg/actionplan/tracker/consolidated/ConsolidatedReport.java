package kg.actionplan.tracker.consolidated;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.Immutable;

import kg.actionplan.tracker.plan.HalfYear;
import kg.actionplan.tracker.plan.Plan;

/**
 * One version of the consolidated report on a half-year of a plan. Never changed: a rebuild is a new version.
 */
@Entity
@Immutable
public class ConsolidatedReport {

    /**
     * Why the version was built.
     */
    public enum Kind {
        /** By the schedule, the day after the agencies' deadline. */
        WORKING_DRAFT,
        /** By the schedule, on the consolidated deadline: the version sent to the Government Apparatus. */
        OFFICIAL,
        /** On a coordinator's or administrator's request. */
        ON_DEMAND
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    private String period;

    private int number;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String runKey;

    private LocalDate asOf;

    private Instant generatedAt;

    private String generatedBy;

    private String contentHash;

    /**
     * Read only when the content is asked for: a national plan's snapshot is several megabytes, and listing the
     * versions, comparing a build with the latest one by its hash or numbering the next need none of it.
     */
    @Basic(fetch = FetchType.LAZY)
    private String snapshot;

    protected ConsolidatedReport() {
    }

    ConsolidatedReport(Plan plan, HalfYear period, int number, Kind kind, String runKey, LocalDate asOf,
            Instant generatedAt, String generatedBy, String contentHash, String snapshot) {
        this.plan = plan;
        this.period = period.id();
        this.number = number;
        this.kind = kind;
        this.runKey = runKey;
        this.asOf = asOf;
        this.generatedAt = generatedAt;
        this.generatedBy = generatedBy;
        this.contentHash = contentHash;
        this.snapshot = snapshot;
    }

    public Plan plan() {
        return plan;
    }

    public HalfYear period() {
        return HalfYear.parse(period).orElseThrow();
    }

    public int number() {
        return number;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    public String generatedBy() {
        return generatedBy;
    }

    public String contentHash() {
        return contentHash;
    }

    String snapshot() {
        return snapshot;
    }
}
