package kg.actionplan.tracker.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import kg.actionplan.tracker.plan.Plan;
import kg.actionplan.tracker.plan.PlanRepository;

import org.jboss.logging.Logger;

/**
 * Runs the deadline rules over every plan whose reporting is open, each plan in a transaction of its own. The
 * scheduler and the administrators' "scan now" both come here; one scan runs at a time.
 */
@ApplicationScoped
public class AlertScan {

    private static final Logger LOG = Logger.getLogger(AlertScan.class);

    /**
     * What one scan did.
     */
    public record Result(Instant scannedAt, List<String> plans, Map<AlertRule, Integer> queued) {

        public int total() {
            return queued.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private record OpenPlan(Plan plan, LocalDate today) {

        long id() {
            return plan.id();
        }

        String code() {
            return plan.code();
        }
    }

    private final ReentrantLock running = new ReentrantLock();
    private final PlanRepository plans;
    private final PlanAlerts rules;
    private final Clock clock;

    AlertScan(PlanRepository plans, PlanAlerts rules, Clock clock) {
        this.plans = plans;
        this.rules = rules;
        this.clock = clock;
    }

    public Result run() {
        running.lock();
        try {
            Instant now = clock.instant();
            List<String> scanned = new ArrayList<>();
            Map<AlertRule, Integer> queued = new EnumMap<>(AlertRule.class);
            for (OpenPlan plan : openPlans(now)) {
                try {
                    rules.decide(plan.id(), plan.today()).forEach((rule, n) -> queued.merge(rule, n, Integer::sum));
                    scanned.add(plan.code());
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Could not apply the alert rules to plan %s; the next scan tries again", plan.code());
                }
            }
            Result result = new Result(now, scanned, queued);
            LOG.infof("Alert scan of %s queued %d alert(s): %s", scanned, result.total(), queued);
            return result;
        } finally {
            running.unlock();
        }
    }

    private List<OpenPlan> openPlans(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> plans.listByStart().stream()
                .map(plan -> new OpenPlan(plan, plan.reporting().dayOf(now)))
                .filter(open -> PlanAlerts.reportingOpen(open.plan(), open.today()))
                .toList());
    }
}
