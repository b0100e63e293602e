package kg.actionplan.tracker.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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

import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.common.LocalizedText;

/**
 * One line of an action plan: what is to be done, the expected result, the deadline, the funding and the
 * executors (the first is the lead). A repealed measure keeps its place, with the act that repealed it.
 */
@Entity
public class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    private PlanTask task;

    private String code;

    private int position;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ky", column = @Column(name = "text_ky")),
            @AttributeOverride(name = "ru", column = @Column(name = "text_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "text_en"))})
    private LocalizedText text;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ky", column = @Column(name = "expected_result_ky")),
            @AttributeOverride(name = "ru", column = @Column(name = "expected_result_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "expected_result_en"))})
    private LocalizedText expectedResult;

    @Embedded
    private Deadline deadline;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ky", column = @Column(name = "funding_wording_ky")),
            @AttributeOverride(name = "ru", column = @Column(name = "funding_wording_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "funding_wording_en"))})
    private LocalizedText fundingWording;

    @ElementCollection
    @CollectionTable(name = "measure_funding_source", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    private List<FundingSource> fundingSources = new ArrayList<>();

    private String fundingSharedWith;

    @ElementCollection
    @CollectionTable(name = "measure_executor", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    private List<Executor> executors = new ArrayList<>();

    private boolean ministriesAndAgencies;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "repealed_by_id")
    private LegalAct repealedBy;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ky", column = @Column(name = "repeal_note_ky")),
            @AttributeOverride(name = "ru", column = @Column(name = "repeal_note_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "repeal_note_en"))})
    private LocalizedText repealNote;

    private String editorialNote;

    protected Measure() {
    }

    private Measure(PlanTask task, String code, int position, String editorialNote) {
        this.plan = task.plan();
        this.task = task;
        this.code = code;
        this.position = position;
        this.editorialNote = editorialNote;
    }

    static Measure inForce(PlanTask task, String code, int position, LocalizedText text, LocalizedText expectedResult,
            Deadline deadline, LocalizedText fundingWording, List<FundingSource> fundingSources,
            String fundingSharedWith, List<Executor> executors, boolean ministriesAndAgencies, String editorialNote) {
        Measure measure = new Measure(task, code, position, editorialNote);
        measure.text = text;
        measure.expectedResult = expectedResult;
        measure.deadline = deadline;
        measure.fundingWording = fundingWording;
        measure.fundingSources = new ArrayList<>(fundingSources);
        measure.fundingSharedWith = fundingSharedWith;
        measure.executors = new ArrayList<>(executors);
        measure.ministriesAndAgencies = ministriesAndAgencies;
        return measure;
    }

    static Measure repealed(PlanTask task, String code, int position, LegalAct repealedBy, LocalizedText note,
            String editorialNote) {
        Measure measure = new Measure(task, code, position, editorialNote);
        measure.repealedBy = repealedBy;
        measure.repealNote = note;
        return measure;
    }

    public boolean isRepealed() {
        return repealedBy != null;
    }

    /**
     * Whether the measure is in force and its deadline has passed on {@code date}; it is overdue unless reported
     * complete.
     */
    public boolean deadlinePassedOn(LocalDate date) {
        return !isRepealed() && deadline.passedOn(date);
    }

    /**
     * Whether {@code agency} is an executor, or carries an executor's duties on {@code date} after a
     * reorganisation.
     */
    public boolean isExecutedBy(Agency agency, LocalDate date) {
        return !executorsCarriedBy(agency, date).isEmpty();
    }

    /**
     * The executor entries whose duties {@code agency} carries on {@code date}: its own, and those of agencies it
     * has succeeded.
     */
    public List<Executor> executorsCarriedBy(Agency agency, LocalDate date) {
        return executors.stream()
                .filter(executor -> executor.agency().code().equals(agency.code())
                        || executor.agency().isSucceededBy(agency, date))
                .toList();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public PlanTask task() {
        return task;
    }

    public LocalizedText text() {
        return text;
    }

    public LocalizedText expectedResult() {
        return expectedResult;
    }

    public Deadline deadline() {
        return deadline;
    }

    public LocalizedText fundingWording() {
        return fundingWording;
    }

    public List<FundingSource> fundingSources() {
        return List.copyOf(fundingSources);
    }

    /**
     * The code of the earlier measure whose funding cell this one continues (a merged cell of the table): the
     * wording and any amount are that measure's, stated once for both.
     */
    public Optional<String> fundingSharedWith() {
        return Optional.ofNullable(fundingSharedWith);
    }

    public List<Executor> executors() {
        return List.copyOf(executors);
    }

    public boolean ministriesAndAgencies() {
        return ministriesAndAgencies;
    }

    public Optional<LegalAct> repealedBy() {
        return Optional.ofNullable(repealedBy);
    }

    public LocalizedText repealNote() {
        return repealNote;
    }

    public Optional<String> editorialNote() {
        return Optional.ofNullable(editorialNote);
    }
}
