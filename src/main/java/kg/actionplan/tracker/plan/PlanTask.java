package kg.actionplan.tracker.plan;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import kg.actionplan.tracker.common.LocalizedText;

/**
 * One of a plan's tasks (милдеттер), which groups its measures.
 */
@Entity
public class PlanTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    private String code;

    private int position;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ky", column = @Column(name = "section_ky")),
            @AttributeOverride(name = "ru", column = @Column(name = "section_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "section_en"))})
    private LocalizedText section;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ky", column = @Column(name = "title_ky")),
            @AttributeOverride(name = "ru", column = @Column(name = "title_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    @OneToMany(mappedBy = "task", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<Measure> measures = new ArrayList<>();

    protected PlanTask() {
    }

    PlanTask(Plan plan, String code, int position, LocalizedText section, LocalizedText title) {
        this.plan = plan;
        this.code = code;
        this.position = position;
        this.section = section;
        this.title = title;
    }

    void add(Measure measure) {
        measures.add(measure);
    }

    Plan plan() {
        return plan;
    }

    public String code() {
        return code;
    }

    public LocalizedText section() {
        return section;
    }

    public LocalizedText title() {
        return title;
    }

    public List<Measure> measures() {
        return List.copyOf(measures);
    }
}
