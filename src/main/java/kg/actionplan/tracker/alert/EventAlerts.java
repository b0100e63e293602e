package kg.actionplan.tracker.alert;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.common.TrackerConfig;
import kg.actionplan.tracker.consolidated.ConsolidatedReport;
import kg.actionplan.tracker.consolidated.OfficialReportBuilt;
import kg.actionplan.tracker.report.Report;
import kg.actionplan.tracker.report.ReportReturned;

/**
 * Alerts that events decide rather than dates, queued in the transaction of the event: a returned report goes at
 * once to the agency's reporters with the committee's comment; an official consolidated report goes to the
 * Government Apparatus's configured addresses.
 */
@ApplicationScoped
public class EventAlerts {

    private final AlertOutbox outbox;
    private final Recipients recipients;
    private final TrackerConfig config;

    EventAlerts(AlertOutbox outbox, Recipients recipients, TrackerConfig config) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.config = config;
    }

    void onReturned(@Observes ReportReturned event) {
        Report report = event.report();
        AlertDraft draft = AlertDraft.about(AlertRule.REPORT_RETURNED,
                        report.plan().code() + "/" + report.period().id() + "/" + report.agency().code(),
                        "revision-" + report.revision(), report.plan())
                .agency(report.agency()).period(report.period().id())
                .detail(report.returnComment().orElse(null));
        outbox.queue(draft, recipients.directory().reportersOrContactsOf(report.agency()));
    }

    void onOfficialReport(@Observes OfficialReportBuilt event) {
        ConsolidatedReport version = event.version();
        Language language = Language.fromCode(config.consolidated().mailLanguage()).orElse(Language.KY);
        List<Recipient> apparatus = config.consolidated().recipients().orElse(List.of()).stream()
                .map(email -> new Recipient(email.strip().toLowerCase(), language))
                .toList();
        AlertDraft draft = AlertDraft.about(AlertRule.OFFICIAL_REPORT,
                        version.plan().code() + "/" + version.period().id(), "version-" + version.number(), version.plan())
                .period(version.period().id()).detail(String.valueOf(version.number()));
        outbox.queue(draft, recipients.directory().reachable(apparatus));
    }
}
