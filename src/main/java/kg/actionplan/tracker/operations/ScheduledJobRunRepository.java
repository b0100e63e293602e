package kg.actionplan.tracker.operations;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The last runs of the scheduled jobs, by job identity.
 */
@ApplicationScoped
public class ScheduledJobRunRepository implements PanacheRepositoryBase<ScheduledJobRun, String> {

    /**
     * Records that {@code job} ended at {@code at}, well or not. An earlier time than the one recorded (an instance
     * whose clock is behind, a run that ended late) leaves the later one in place.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordEnd(String job, boolean succeeded, Instant at) {
        String column = succeeded ? "lastSuccessAt" : "lastFailureAt";
        if (update(column + " = ?1 where job = ?2 and (" + column + " is null or " + column + " < ?1)", at, job) == 0
                && findById(job) == null) {
            ScheduledJobRun run = new ScheduledJobRun(job);
            run.ended(succeeded, at);
            persist(run);
        }
    }

    @Transactional
    public Map<String, ScheduledJobRun> byJob() {
        return listAll().stream().collect(Collectors.toMap(ScheduledJobRun::job, Function.identity()));
    }
}
