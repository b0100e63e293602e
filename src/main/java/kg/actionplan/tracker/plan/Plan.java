package kg.actionplan.tracker.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import kg.actionplan.tracker.common.LocalizedText;

/**
 * A national strategy's action plan as adopted (and amended) by legal acts: its tasks and measures, and the rules
 * by which its executors report.
 */
@Entity
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ky", column = @Column(name = "title_ky")),
            @AttributeOverride(name = "ru", column = @Column(name = "title_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private LocalDate publishedOn;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ky", column = @Column(name = "publication_ky")),
            @AttributeOverride(name = "ru", column = @Column(name = "publication_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "publication_en"))})
    private LocalizedText publication;

    private LocalDate inForceFrom;

    @Embedded
    private ReportingRules reporting;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.PERSIST)
    @OrderBy("role, position")
    private List<LegalAct> acts = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<PlanTask> tasks = new ArrayList<>();

    private Instant importedAt;

    @Version
    private long version;

    protected Plan() {
    }

    Plan(String code, LocalizedText title, LocalDate startsOn, LocalDate endsOn, LocalDate publishedOn,
            LocalizedText publication, LocalDate inForceFrom, ReportingRules reporting, Instant importedAt) {
        this.code = code;
        this.title = title;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.publishedOn = publishedOn;
        this.publication = publication;
        this.inForceFrom = inForceFrom;
        this.reporting = reporting;
        this.importedAt = importedAt;
    }

    LegalAct addAct(LegalAct.Role role, String number, LocalDate adoptedOn, LocalizedText title, String url) {
        LegalAct act = new LegalAct(this, role, acts.size(), number, adoptedOn, title, url);
        acts.add(act);
        return act;
    }

    PlanTask addTask(String code, LocalizedText section, LocalizedText title) {
        PlanTask task = new PlanTask(this, code, tasks.size(), section, title);
        tasks.add(task);
        return task;
    }

    public List<Measure> measures() {
        return tasks.stream().flatMap(task -> task.measures().stream()).toList();
    }

    public Optional<PlanTask> task(String taskCode) {
        return tasks.stream().filter(task -> task.code().equals(taskCode)).findFirst();
    }

    public List<LegalAct> legalBasis() {
        return acts.stream().filter(act -> act.role() == LegalAct.Role.BASIS).toList();
    }

    public List<LegalAct> amendments() {
        return acts.stream().filter(act -> act.role() == LegalAct.Role.AMENDMENT).toList();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public Optional<LocalDate> publishedOn() {
        return Optional.ofNullable(publishedOn);
    }

    public LocalizedText publication() {
        return publication;
    }

    public LocalDate inForceFrom() {
        return inForceFrom;
    }

    public ReportingRules reporting() {
        return reporting;
    }

    public List<PlanTask> tasks() {
        return List.copyOf(tasks);
    }
}
