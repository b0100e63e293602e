package kg.actionplan.tracker.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import kg.actionplan.tracker.plan.Measure;

/**
 * The working copy of what an agency reports on one measure; its version is the entry's ETag.
 */
@Entity
public class ReportEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private Report report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id")
    private Measure measure;

    private int position;

    @Embedded
    private Progress progress;

    @ElementCollection
    @CollectionTable(name = "report_entry_evidence", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<Evidence> evidence = new ArrayList<>();

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected ReportEntry() {
    }

    ReportEntry(Report report, Measure measure, int position) {
        this.report = report;
        this.measure = measure;
        this.position = position;
        this.progress = Progress.notStarted();
    }

    void update(Progress progress, List<Evidence> evidence, Instant at, String by) {
        this.progress = progress;
        // Changed in place, and only if it changed: a new list would make Hibernate delete every row and insert them
        // all again, at each write.
        if (!this.evidence.equals(evidence)) {
            this.evidence.clear();
            this.evidence.addAll(evidence);
        }
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String etag() {
        return "\"" + id + "." + version + "\"";
    }

    public Measure measure() {
        return measure;
    }

    public int position() {
        return position;
    }

    public Progress progress() {
        return progress;
    }

    public List<Evidence> evidence() {
        return List.copyOf(evidence);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
