package kg.actionplan.tracker.plan;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import kg.actionplan.tracker.agency.Agency;

/**
 * An agency responsible for a measure. Agencies outside the Government's direct authority take part "by
 * agreement" (макулдашуу боюнча).
 */
@Embeddable
public class Executor {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    private boolean byAgreement;

    protected Executor() {
    }

    public Executor(Agency agency, boolean byAgreement) {
        this.agency = agency;
        this.byAgreement = byAgreement;
    }

    public Agency agency() {
        return agency;
    }

    public boolean byAgreement() {
        return byAgreement;
    }
}
