package kg.actionplan.tracker.consolidated;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.common.TrackerConfig;

import org.jboss.logging.Logger;

/**
 * Sends the official version to the configured recipients with the XLSX and PDF attached, with a few attempts, on a
 * thread of its own: the scheduled job neither waits on the SMTP server nor lends it its own execution context. Until the alert outbox exists, a sending
 * that fails every attempt is only logged; the version itself is stored either way and can be fetched through the API.
 */
@ApplicationScoped
public class OfficialReportMailer {

    private static final Logger LOG = Logger.getLogger(OfficialReportMailer.class);
    private static final int ATTEMPTS = 3;
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

    private final Mailer mailer;
    private final ExecutorService sender = Executors.newSingleThreadExecutor();
    private final ConsolidatedReportService reports;
    private final ConsolidatedRenderer renderer;
    private final TrackerConfig config;

    OfficialReportMailer(Mailer mailer, ConsolidatedReportService reports, ConsolidatedRenderer renderer,
            TrackerConfig config) {
        this.mailer = mailer;
        this.reports = reports;
        this.renderer = renderer;
        this.config = config;
    }

    public void send(String planCode, String period, int number) {
        try {
            trySend(planCode, period, number);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not prepare the official consolidated report on %s of %s for sending", period, planCode);
        }
    }

    private void trySend(String planCode, String period, int number) {
        List<String> recipients = config.consolidated().recipients().orElse(List.of());
        if (recipients.isEmpty()) {
            LOG.infof("No recipients configured for the official consolidated report on %s of %s", period, planCode);
            return;
        }
        Language language = Language.fromCode(config.consolidated().mailLanguage()).orElse(Language.KY);
        ConsolidatedReport version = reports.version(planCode, period, number);
        String name = "consolidated-" + planCode + "-" + period + "-v" + number + "-" + language.code();
        String subject = Labels.of("title", language) + ": " + planCode + ", " + period;
        Mail mail = Mail.withText(recipients.get(0), subject, subject + "\n\n" + Labels.of("version", language) + ": "
                        + number + "\n" + Labels.of("contentHash", language) + ": " + version.contentHash())
                .addAttachment(name + ".xlsx", (byte[]) renderer.render(version, language, ReportFormat.XLSX),
                        ReportFormat.XLSX.mediaType())
                .addAttachment(name + ".pdf", (byte[]) renderer.render(version, language, ReportFormat.PDF),
                        ReportFormat.PDF.mediaType());
        recipients.stream().skip(1).forEach(mail::addTo);
        sender.execute(() -> deliver(mail, planCode, period, recipients));
    }

    private void deliver(Mail mail, String planCode, String period, List<String> recipients) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                mailer.send(mail);
                LOG.infof("Sent the official consolidated report on %s of %s to %s", period, planCode, recipients);
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Attempt %d of %d to send the official consolidated report on %s of %s failed: %s", attempt,
                        ATTEMPTS, period, planCode, e.getMessage());
            }
            try {
                Thread.sleep(RETRY_PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.errorf("Could not send the official consolidated report on %s of %s to %s", period, planCode, recipients);
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }
}
