package kg.actionplan.tracker.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import org.hibernate.annotations.Immutable;

/**
 * A report as it was submitted: frozen at submission and never changed, so nothing submitted is ever overwritten.
 */
@Entity
@Immutable
public class ReportRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    private int number;

    private Instant submittedAt;

    private String submittedBy;

    private boolean late;

    private int daysLate;

    @OneToMany(mappedBy = "revision", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<RevisionEntry> entries = new ArrayList<>();

    protected ReportRevision() {
    }

    ReportRevision(Report report, int number, Instant submittedAt, String submittedBy, Lateness lateness) {
        this.report = report;
        this.number = number;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.late = lateness.late();
        this.daysLate = lateness.daysLate();
        report.entries().forEach(entry -> entries.add(new RevisionEntry(this, entry)));
    }

    public Report report() {
        return report;
    }

    public int number() {
        return number;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public boolean late() {
        return late;
    }

    public int daysLate() {
        return daysLate;
    }

    public List<RevisionEntry> entries() {
        return List.copyOf(entries);
    }
}
