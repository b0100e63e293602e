package kg.actionplan.tracker.consolidated;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;

import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.common.TrackerConfig;

import org.jboss.logging.Logger;

/**
 * Sends the official version to the configured recipients with the XLSX and PDF attached, in the background and
 * with a few attempts: the scheduled job does not wait on the SMTP server. Until the alert outbox exists, a sending
 * that fails every attempt is only logged; the version itself is stored either way and can be fetched through the API.
 */
@ApplicationScoped
public class OfficialReportMailer {

    private static final Logger LOG = Logger.getLogger(OfficialReportMailer.class);
    private static final int ATTEMPTS = 3;
    private static final Duration RETRY_BACKOFF = Duration.ofSeconds(2);

    private final ReactiveMailer mailer;
    private final ConsolidatedReportService reports;
    private final ConsolidatedRenderer renderer;
    private final TrackerConfig config;

    OfficialReportMailer(ReactiveMailer mailer, ConsolidatedReportService reports, ConsolidatedRenderer renderer,
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
        mailer.send(mail)
                .onFailure().invoke(e -> LOG.warnf("Sending the official consolidated report on %s of %s failed (%s); "
                        + "trying again", period, planCode, e.getMessage()))
                .onFailure().retry().withBackOff(RETRY_BACKOFF).atMost(ATTEMPTS - 1)
                .subscribe().with(
                        sent -> LOG.infof("Sent the official consolidated report on %s of %s to %s", period, planCode,
                                recipients),
                        failure -> LOG.errorf(failure, "Could not send the official consolidated report on %s of %s to %s",
                                period, planCode, recipients));
    }
}
