package kg.actionplan.tracker.report;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import kg.actionplan.tracker.plan.Measure;

/**
 * What a submitted revision said about one measure. Never changed once written.
 */
@Entity
@Immutable
@Table(name = "report_revision_entry")
public class RevisionEntry {

    /**
     * From a sequence that hands out 50 at a time (V18), so that the entries of a revision are inserted in JDBC
     * batches: an identity key would need each row inserted alone to learn its key.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_revision_entry_seq")
    @SequenceGenerator(name = "report_revision_entry_seq", sequenceName = "report_revision_entry_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "revision_id")
    private ReportRevision revision;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id")
    private Measure measure;

    private int position;

    @Embedded
    private Progress progress;

    @ElementCollection
    @CollectionTable(name = "report_revision_evidence", joinColumns = @JoinColumn(name = "revision_entry_id"))
    @OrderColumn(name = "position")
    private List<Evidence> evidence = new ArrayList<>();

    protected RevisionEntry() {
    }

    RevisionEntry(ReportRevision revision, ReportEntry entry) {
        this.revision = revision;
        this.measure = entry.measure();
        this.position = entry.position();
        this.progress = entry.progress();
        this.evidence = new ArrayList<>(entry.evidence());
    }

    public ReportRevision revision() {
        return revision;
    }

    public Measure measure() {
        return measure;
    }

    public Progress progress() {
        return progress;
    }

    public List<Evidence> evidence() {
        return List.copyOf(evidence);
    }
}
