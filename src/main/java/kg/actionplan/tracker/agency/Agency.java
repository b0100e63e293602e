package kg.actionplan.tracker.agency;

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
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.common.LocalizedText;

/**
 * A ministry or agency that executes measures and reports on them. Agencies are reorganised during a plan's life:
 * a successor carries an agency's duties from a given date.
 */
@Entity
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ky", column = @Column(name = "name_ky")),
            @AttributeOverride(name = "ru", column = @Column(name = "name_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ky", column = @Column(name = "abbreviation_ky")),
            @AttributeOverride(name = "ru", column = @Column(name = "abbreviation_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "abbreviation_en"))})
    private LocalizedText abbreviation;

    @ElementCollection
    @CollectionTable(name = "agency_contact_email", joinColumns = @JoinColumn(name = "agency_id"))
    @OrderColumn(name = "position")
    @Column(name = "email")
    private List<String> contactEmails = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private Language contactLanguage = Language.KY;

    private LocalDate establishedOn;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kind", column = @Column(name = "established_by_kind")),
            @AttributeOverride(name = "number", column = @Column(name = "established_by_number")),
            @AttributeOverride(name = "date", column = @Column(name = "established_by_date")),
            @AttributeOverride(name = "title.ky", column = @Column(name = "established_by_title_ky")),
            @AttributeOverride(name = "title.ru", column = @Column(name = "established_by_title_ru")),
            @AttributeOverride(name = "title.en", column = @Column(name = "established_by_title_en"))})
    private AgencyAct establishedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private Agency successor;

    private LocalDate successorFrom;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "kind", column = @Column(name = "successor_act_kind")),
            @AttributeOverride(name = "number", column = @Column(name = "successor_act_number")),
            @AttributeOverride(name = "date", column = @Column(name = "successor_act_date")),
            @AttributeOverride(name = "title.ky", column = @Column(name = "successor_act_title_ky")),
            @AttributeOverride(name = "title.ru", column = @Column(name = "successor_act_title_ru")),
            @AttributeOverride(name = "title.en", column = @Column(name = "successor_act_title_en"))})
    private AgencyAct successorAct;

    private String editorialNote;

    @Version
    private long version;

    protected Agency() {
    }

    public Agency(String code, LocalizedText name, LocalizedText abbreviation, List<String> contactEmails,
            LocalDate establishedOn, AgencyAct establishedBy, String editorialNote) {
        this.code = code;
        this.name = name;
        this.abbreviation = abbreviation;
        this.contactEmails = new ArrayList<>(contactEmails);
        this.establishedOn = establishedOn;
        this.establishedBy = establishedBy;
        this.editorialNote = editorialNote;
    }

    /**
     * Replaces the addresses that get the agency's e-mails, and their language.
     */
    public void changeContacts(List<String> emails, Language language) {
        this.contactEmails = new ArrayList<>(emails);
        this.contactLanguage = language;
    }

    /**
     * Hands this agency's duties to {@code successor} from {@code from} on, by {@code act} if it is known.
     */
    public void succeededBy(Agency successor, LocalDate from, AgencyAct act) {
        this.successor = successor;
        this.successorFrom = from;
        this.successorAct = act;
    }

    /**
     * Whether {@code candidate} carries this agency's duties on {@code date}, directly or through a chain of
     * reorganisations.
     */
    public boolean isSucceededBy(Agency candidate, LocalDate date) {
        Agency current = this;
        for (int hops = 0; hops < 32 && current.successor != null; hops++) {
            if (current.successorFrom.isAfter(date)) {
                return false;
            }
            current = current.successor;
            if (current.code.equals(candidate.code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The agency that carries this agency's duties on {@code date}: this one, or its successor after a
     * reorganisation, followed through any chain of them.
     */
    public Agency answeringOn(LocalDate date) {
        Agency current = this;
        for (int hops = 0; hops < 32 && current.successor != null && !current.successorFrom.isAfter(date); hops++) {
            current = current.successor;
        }
        return current;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public LocalizedText name() {
        return name;
    }

    public LocalizedText abbreviation() {
        return abbreviation;
    }

    public List<String> contactEmails() {
        return List.copyOf(contactEmails);
    }

    public Language contactLanguage() {
        return contactLanguage;
    }

    public Optional<LocalDate> establishedOn() {
        return Optional.ofNullable(establishedOn);
    }

    public Optional<AgencyAct> establishedBy() {
        return Optional.ofNullable(establishedBy);
    }

    public Optional<Agency> successor() {
        return Optional.ofNullable(successor);
    }

    public Optional<LocalDate> successorFrom() {
        return Optional.ofNullable(successorFrom);
    }

    public Optional<AgencyAct> successorAct() {
        return Optional.ofNullable(successorAct);
    }

    public Optional<String> editorialNote() {
        return Optional.ofNullable(editorialNote);
    }
}
