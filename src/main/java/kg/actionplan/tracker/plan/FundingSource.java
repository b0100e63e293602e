package kg.actionplan.tracker.plan;

import java.math.BigDecimal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kg.actionplan.tracker.common.LocalizedText;

/**
 * One source a measure is funded from; a named programme may come with an amount.
 */
@Embeddable
public class FundingSource {

    /**
     * Kinds of funding the plans name.
     */
    @Schema(name = "FundingSourceType")
    public enum Type {
        REPUBLICAN_BUDGET, DONOR_FUNDS, PRIVATE_INVESTMENT, PROGRAMME
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type")
    private Type type;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ky", column = @Column(name = "programme_ky")),
            @AttributeOverride(name = "ru", column = @Column(name = "programme_ru")),
            @AttributeOverride(name = "en", column = @Column(name = "programme_en"))})
    private LocalizedText programme;

    private BigDecimal amount;

    private String currency;

    protected FundingSource() {
    }

    public FundingSource(Type type, LocalizedText programme, BigDecimal amount, String currency) {
        this.type = type;
        this.programme = programme;
        this.amount = amount;
        this.currency = currency;
    }

    public Type type() {
        return type;
    }

    public LocalizedText programme() {
        return programme;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }
}
