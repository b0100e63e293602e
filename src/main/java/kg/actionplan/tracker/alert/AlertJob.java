package kg.actionplan.tracker.alert;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

import kg.actionplan.tracker.common.ServiceZone;

import org.jboss.logging.Logger;

/**
 * The Quartz triggers of the alerts: the daily scan of the rules, and the sender of the outbox. A scan missed while
 * the service was down runs once when it is back (the cron triggers' misfire policy); the outbox keeps a scan from
 * repeating anything. Each firing runs on one instance; the log names the firing.
 */
@ApplicationScoped
public class AlertJob {

    private static final Logger LOG = Logger.getLogger(AlertJob.class);

    private final AlertScan scan;
    private final AlertSender sender;

    AlertJob(AlertScan scan, AlertSender sender) {
        this.scan = scan;
        this.sender = sender;
    }

    @Scheduled(identity = "alert-scan", cron = "{tracker.alerts.scan-cron}", timeZone = ServiceZone.NAME,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scan(ScheduledExecution execution) {
        AlertScan.Result result = scan.run();
        LOG.infof("Scheduled alert scan, firing of %s: %d alert(s) queued", execution.getScheduledFireTime(),
                result.total());
    }

    @Scheduled(identity = "alert-sender", every = "{tracker.alerts.send-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void send() {
        sender.sendDue();
    }
}
