package kg.actionplan.tracker.consolidated;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import kg.actionplan.tracker.common.ServiceZone;

/**
 * The Quartz triggers of the consolidated reports, and their catch-up at start-up for triggers missed while the
 * service was down.
 */
@ApplicationScoped
public class ConsolidatedReportJob {

    private final ConsolidatedSchedule schedule;

    ConsolidatedReportJob(ConsolidatedSchedule schedule) {
        this.schedule = schedule;
    }

    void catchUp(@Observes StartupEvent event) {
        workingDraft();
        official();
    }

    @Scheduled(identity = "consolidated-working-draft", cron = "{tracker.consolidated.draft-cron}",
            timeZone = ServiceZone.NAME, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void workingDraft() {
        schedule.runDue(ConsolidatedReport.Kind.WORKING_DRAFT);
    }

    @Scheduled(identity = "consolidated-official", cron = "{tracker.consolidated.official-cron}",
            timeZone = ServiceZone.NAME, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void official() {
        schedule.runDue(ConsolidatedReport.Kind.OFFICIAL);
    }
}
