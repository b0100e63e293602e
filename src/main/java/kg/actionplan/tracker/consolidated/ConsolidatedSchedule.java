package kg.actionplan.tracker.consolidated;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import kg.actionplan.tracker.plan.HalfYear;
import kg.actionplan.tracker.plan.Plan;
import kg.actionplan.tracker.plan.PlanRepository;

import org.jboss.logging.Logger;

/**
 * Decides which scheduled builds are due and runs them: the working draft from the day after the agencies' deadline,
 * the official version from the consolidated deadline, for every plan whose reporting window covers the half-year.
 * A build counts as due for half a year after its date, so a run missed while the service was down is made up on
 * the next run (a missed firing itself runs once when the service is back); the run key makes a repeated run, on this
 * instance or another, harmless.
 */
@ApplicationScoped
public class ConsolidatedSchedule {

    private static final Logger LOG = Logger.getLogger(ConsolidatedSchedule.class);
    private static final int CATCH_UP_DAYS = 184;

    private final PlanRepository plans;
    private final ConsolidatedReportService reports;
    private final Clock clock;

    ConsolidatedSchedule(PlanRepository plans, ConsolidatedReportService reports, Clock clock) {
        this.plans = plans;
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * Runs every build of {@code kind} that is due and not yet made; returns the versions it built.
     */
    @ActivateRequestContext
    public List<ConsolidatedReport> runDue(ConsolidatedReport.Kind kind) {
        List<ConsolidatedReport> built = new ArrayList<>();
        for (Plan plan : plans.listByStart()) {
            LocalDate today = plan.reporting().dayOf(clock.instant());
            for (HalfYear period : plan.reporting().periods()) {
                LocalDate due = dueOn(plan, period, kind);
                if (!due.isAfter(today) && due.isAfter(today.minusDays(CATCH_UP_DAYS))) {
                    build(plan, period, kind).ifPresent(v -> {
                        LOG.infof("Built the %s consolidated report on %s of %s (version %d)", kind, period,
                                plan.code(), v.number());
                        built.add(v);
                    });
                }
            }
        }
        return built;
    }

    private Optional<ConsolidatedReport> build(Plan plan, HalfYear period, ConsolidatedReport.Kind kind) {
        try {
            return reports.buildScheduled(plan.code(), period, kind);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not build the %s consolidated report on %s of %s; the next run tries again", kind,
                    period, plan.code());
            return Optional.empty();
        }
    }

    private static LocalDate dueOn(Plan plan, HalfYear period, ConsolidatedReport.Kind kind) {
        return kind == ConsolidatedReport.Kind.OFFICIAL
                ? plan.reporting().consolidatedReportDue(period)
                : plan.reporting().agencyReportDue(period).plusDays(1);
    }
}
