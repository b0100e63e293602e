package kg.actionplan.tracker.report;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import kg.actionplan.tracker.plan.FundingSource;

/**
 * Money spent on a measure in the period, and where it came from.
 */
@Embeddable
public record Spending(
        @Column(name = "spent_amount") BigDecimal amount,
        @Column(name = "spent_currency") String currency,
        @Enumerated(EnumType.STRING) @Column(name = "spent_funding_source") FundingSource.Type fundingSource) {
}
