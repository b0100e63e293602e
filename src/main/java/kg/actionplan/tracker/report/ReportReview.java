package kg.actionplan.tracker.report;

import java.time.Instant;
import java.util.Optional;

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

/**
 * The committee's decision on one submitted revision, kept for good: the report itself shows only its latest review,
 * and a resubmission clears the return comment there, so without these the agency would lose what it was told.
 */
@Entity
@Immutable
public class ReportReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    private int revision;

    @Enumerated(EnumType.STRING)
    private ReviewDecision decision;

    private Instant reviewedAt;

    private String reviewedBy;

    private String comment;

    protected ReportReview() {
    }

    ReportReview(Report report, ReviewDecision decision, Instant reviewedAt, String reviewedBy, String comment) {
        this.report = report;
        this.revision = report.revision();
        this.decision = decision;
        this.reviewedAt = reviewedAt;
        this.reviewedBy = reviewedBy;
        this.comment = comment;
    }

    /** The number of the revision reviewed: the one submitted when the decision was taken. */
    public int revision() {
        return revision;
    }

    public ReviewDecision decision() {
        return decision;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }
}
