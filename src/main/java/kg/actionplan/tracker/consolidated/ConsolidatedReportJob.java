package kg.actionplan.tracker.consolidated;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

import kg.actionplan.tracker.common.ServiceZone;

import org.jboss.logging.Logger;

/**
 * The Quartz triggers of the consolidated reports. A firing missed while the service was down runs once when it is
 * back (the cron triggers' misfire policy), and builds whatever its schedule owes (ConsolidatedSchedule). Each firing
 * runs on one instance; the log names the firing, so that an operator can tell which instance ran it.
 */
@ApplicationScoped
public class ConsolidatedReportJob {

    private static final Logger LOG = Logger.getLogger(ConsolidatedReportJob.class);

    private final ConsolidatedSchedule schedule;

    ConsolidatedReportJob(ConsolidatedSchedule schedule) {
        this.schedule = schedule;
    }

    @Scheduled(identity = "consolidated-working-draft", cron = "{tracker.consolidated.draft-cron}",
            timeZone = ServiceZone.NAME, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void workingDraft(ScheduledExecution execution) {
        run(ConsolidatedReport.Kind.WORKING_DRAFT, execution);
    }

    @Scheduled(identity = "consolidated-official", cron = "{tracker.consolidated.official-cron}",
            timeZone = ServiceZone.NAME, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void official(ScheduledExecution execution) {
        run(ConsolidatedReport.Kind.OFFICIAL, execution);
    }

    private void run(ConsolidatedReport.Kind kind, ScheduledExecution execution) {
        List<ConsolidatedReport> built = schedule.runDue(kind);
        LOG.infof("Scheduled %s build, firing of %s: %d version(s) built", kind, execution.getScheduledFireTime(),
                built.size());
    }
}
