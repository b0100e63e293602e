package kg.actionplan.tracker.consolidated;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.common.TrackerConfig;

import org.jboss.logging.Logger;

/**
 * Sends the official version to the configured recipients with the XLSX and PDF attached, trying a few times.
 * Until the alert outbox exists, a sending that fails every attempt is only logged; the version itself is stored
 * either way and can be fetched through the API.
 */
@ApplicationScoped
public class OfficialReportMailer {

    private static final Logger LOG = Logger.getLogger(OfficialReportMailer.class);
    private static final int ATTEMPTS = 3;

    private final Mailer mailer;
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
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                mailer.send(mail);
                LOG.infof("Sent the official consolidated report on %s of %s to %s", period, planCode, recipients);
                return;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Attempt %d of %d to send the official consolidated report on %s of %s to %s failed",
                        attempt, ATTEMPTS, period, planCode, recipients);
            }
        }
    }
}
