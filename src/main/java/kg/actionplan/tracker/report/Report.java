package kg.actionplan.tracker.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.common.ConflictException;
import kg.actionplan.tracker.plan.HalfYear;
import kg.actionplan.tracker.plan.Measure;
import kg.actionplan.tracker.plan.Plan;

/**
 * One agency's report on one half-year of one plan, and its way through review. Lateness is that of the first
 * submission: a report returned for revision was handed in when it was first submitted. A back-filled report was
 * handed in on paper and is entered by the committee afterwards; its lateness counts from the day it was received.
 */
@Entity
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    private String period;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Enumerated(EnumType.STRING)
    private ReportStatus status;

    private int revision;

    private Instant createdAt;

    private String createdBy;

    private Instant firstSubmittedAt;

    private Instant lastSubmittedAt;

    private Boolean late;

    private Integer daysLate;

    private String returnComment;

    private Instant reviewedAt;

    private String reviewedBy;

    @Embedded
    private Backfill backfill;

    @Version
    private long version;

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<ReportEntry> entries = new ArrayList<>();

    protected Report() {
    }

    /**
     * A draft of the agency's own, or with {@code backfill} the committee's record of a report received on paper.
     */
    Report(Plan plan, HalfYear period, Agency agency, List<Measure> measures, Instant createdAt, String createdBy,
            Optional<Backfill> backfill) {
        this.plan = plan;
        this.period = period.id();
        this.agency = agency;
        this.status = ReportStatus.DRAFT;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.backfill = backfill.orElse(null);
        for (Measure measure : measures) {
            entries.add(new ReportEntry(this, measure, entries.size()));
        }
    }

    public boolean isEditable() {
        return status.isEditable();
    }

    /**
     * Freezes the report as a new revision; a report already submitted or accepted stays as it is.
     */
    Optional<ReportRevision> submit(Instant at, String by) {
        if (!isEditable()) {
            return Optional.empty();
        }
        // Every revision of a back-filled report transcribes the one letter received, whenever it is entered.
        Lateness lateness = backfill == null ? Lateness.of(plan.reporting(), period(), at)
                : Lateness.of(plan.reporting(), period(), backfill.receivedOn());
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
            late = lateness.late();
            daysLate = lateness.daysLate();
        }
        lastSubmittedAt = at;
        revision++;
        status = ReportStatus.SUBMITTED;
        returnComment = null;
        return Optional.of(new ReportRevision(this, revision, at, by, lateness));
    }

    /**
     * Accepts the submitted revision; the review goes into the report's history.
     */
    ReportReview accept(Instant at, String by) {
        requireSubmitted("accepted");
        status = ReportStatus.ACCEPTED;
        reviewedAt = at;
        reviewedBy = by;
        return new ReportReview(this, ReviewDecision.ACCEPTED, at, by, null);
    }

    /**
     * Returns the submitted revision for changes; the review keeps the comment after the next submission clears it
     * here.
     */
    ReportReview returnForRevision(String comment, Instant at, String by) {
        requireSubmitted("returned");
        status = ReportStatus.RETURNED;
        returnComment = comment;
        reviewedAt = at;
        reviewedBy = by;
        return new ReportReview(this, ReviewDecision.RETURNED, at, by, comment);
    }

    private void requireSubmitted(String action) {
        if (status != ReportStatus.SUBMITTED) {
            throw new ConflictException("Only a submitted report can be " + action + "; this one is " + status + ".");
        }
    }

    public Long id() {
        return id;
    }

    public Plan plan() {
        return plan;
    }

    public HalfYear period() {
        return HalfYear.parse(period).orElseThrow();
    }

    public Agency agency() {
        return agency;
    }

    public ReportStatus status() {
        return status;
    }

    public int revision() {
        return revision;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Optional<Instant> firstSubmittedAt() {
        return Optional.ofNullable(firstSubmittedAt);
    }

    public Optional<Instant> lastSubmittedAt() {
        return Optional.ofNullable(lastSubmittedAt);
    }

    public Optional<Lateness> lateness() {
        return late == null ? Optional.empty() : Optional.of(new Lateness(late, daysLate));
    }

    public Optional<String> returnComment() {
        return Optional.ofNullable(returnComment);
    }

    public Optional<Instant> reviewedAt() {
        return Optional.ofNullable(reviewedAt);
    }

    public Optional<String> reviewedBy() {
        return Optional.ofNullable(reviewedBy);
    }

    public Optional<Backfill> backfill() {
        return Optional.ofNullable(backfill);
    }

    public boolean isBackfilled() {
        return backfill != null;
    }

    public List<ReportEntry> entries() {
        return List.copyOf(entries);
    }
}
