package kg.actionplan.tracker.plan;

import kg.actionplan.tracker.common.InvalidParameterException;

/**
 * Reads a half-year given by a client for a plan: it must be written like 2020-H1 and lie in the plan's reporting
 * window.
 */
public final class PeriodParameter {

    private PeriodParameter() {
    }

    public static HalfYear of(Plan plan, String id) {
        HalfYear period = HalfYear.parse(id).orElseThrow(() ->
                new InvalidParameterException("period", "period must be written like 2020-H1, not '" + id + "'"));
        ReportingRules rules = plan.reporting();
        if (period.compareTo(rules.firstPeriod()) < 0 || period.compareTo(rules.lastPeriod()) > 0) {
            throw new InvalidParameterException("period", "plan " + plan.code() + " reports on "
                    + rules.firstPeriod() + " to " + rules.lastPeriod() + ", not on " + id);
        }
        return period;
    }
}
