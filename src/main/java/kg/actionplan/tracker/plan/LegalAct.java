package kg.actionplan.tracker.plan;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
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

import kg.actionplan.tracker.common.LocalizedText;

/**
 * A legal act behind a plan: one that adopted it, or one that amended it.
 */
@Entity
public class LegalAct {

    /**
     * What the act did to the plan.
     */
    public enum Role {
        BASIS, AMENDMENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Enumerated(EnumType.STRING)
    private Role role;

    private int position;

    private String actNumber;

    private LocalDate adoptedOn;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ky", column = @Column(name = "title_ky")),
            @AttributeOverride(name = "ru", column = @Column(name = "title_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    private String url;

    protected LegalAct() {
    }

    LegalAct(Plan plan, Role role, int position, String number, LocalDate adoptedOn, LocalizedText title, String url) {
        this.plan = plan;
        this.role = role;
        this.position = position;
        this.actNumber = number;
        this.adoptedOn = adoptedOn;
        this.title = title;
        this.url = url;
    }

    public Role role() {
        return role;
    }

    public String number() {
        return actNumber;
    }

    public LocalDate adoptedOn() {
        return adoptedOn;
    }

    public LocalizedText title() {
        return title;
    }

    public Optional<String> url() {
        return Optional.ofNullable(url);
    }
}
