package kg.actionplan.tracker.alert;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

import kg.actionplan.tracker.common.ServiceZone;

/**
 * The Quartz triggers of the alerts: the daily scan of the rules, and the sender of the outbox. A start-up scans
 * too, so that a day missed while the service was down is made up; the outbox keeps that from repeating anything.
 */
@ApplicationScoped
public class AlertJob {

    private final AlertScan scan;
    private final AlertSender sender;

    AlertJob(AlertScan scan, AlertSender sender) {
        this.scan = scan;
        this.sender = sender;
    }

    void catchUp(@Observes StartupEvent event) {
        scan();
    }

    @Scheduled(identity = "alert-scan", cron = "{tracker.alerts.scan-cron}", timeZone = ServiceZone.NAME,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan() {
        scan.run();
    }

    @Scheduled(identity = "alert-sender", every = "{tracker.alerts.send-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void send() {
        sender.sendDue();
    }
}
