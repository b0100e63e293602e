package kg.actionplan.tracker.consolidated;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;

import kg.actionplan.tracker.common.Language;

/**
 * The e-mail that carries an official version to the Government Apparatus: a short note with the version and its
 * content hash, and the XLSX and PDF renderings attached. The alert outbox sends it.
 */
@ApplicationScoped
public class OfficialReportMail {

    private final ConsolidatedReportService reports;
    private final ConsolidatedRenderer renderer;

    OfficialReportMail(ConsolidatedReportService reports, ConsolidatedRenderer renderer) {
        this.reports = reports;
        this.renderer = renderer;
    }

    public Mail compose(String planCode, String period, int number, Language language, String to) {
        ConsolidatedReport version = reports.version(planCode, period, number);
        String name = "consolidated-" + planCode + "-" + period + "-v" + number + "-" + language.code();
        Labels labels = Wording.labelsIn(language);
        String subject = labels.title() + ": " + planCode + ", " + period;
        return Mail.withText(to, subject, subject + "\n\n" + labels.version() + ": " + number + "\n"
                        + labels.contentHash() + ": " + version.contentHash())
                .addAttachment(name + ".xlsx", renderer.file(version, language, ReportFormat.XLSX),
                        ReportFormat.XLSX.mediaType())
                .addAttachment(name + ".pdf", renderer.file(version, language, ReportFormat.PDF),
                        ReportFormat.PDF.mediaType());
    }
}
