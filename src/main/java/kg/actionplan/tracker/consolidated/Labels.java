package kg.actionplan.tracker.consolidated;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import kg.actionplan.tracker.report.EntryStatus;
import kg.actionplan.tracker.report.ReportStatus;

/**
 * The fixed words of the rendered reports, in messages/consolidated_{ky,ru,en}.properties. A method that takes an
 * enum gives the word for each constant, from the keys {@code method_CONSTANT}, or {@code method_$CONSTANT} when a
 * constant of that enum has an underscore in its name.
 */
@MessageBundle("consolidated")
interface Labels {

    @Message
    String title();

    @Message
    String period();

    @Message
    String legalBasis();

    @Message
    String asOf();

    @Message
    String version();

    @Message
    String generatedAt();

    @Message
    String timeZone();

    @Message
    String contentHash();

    @Message
    String task();

    @Message
    String measure();

    @Message
    String expectedResult();

    @Message
    String dueOn();

    @Message
    String deadline();

    /** The day the work on a measure was actually completed. */
    @Message
    String completedOn();

    /** The half-year of the report that said the measure was completed. */
    @Message
    String completedIn();

    /** Days from a measure's deadline to its completion. */
    @Message
    String slipDays();

    @Message
    String executors();

    @Message
    String executor();

    @Message
    String lead();

    @Message
    String byAgreement();

    @Message
    String byAgreementColumn();

    @Message
    String answeringAgency();

    @Message
    String status();

    @Message
    String entryPeriod();

    @Message
    String reportStatusColumn();

    @Message
    String entryStatusColumn();

    @Message
    String progress();

    @Message
    String narrative();

    @Message
    String spent();

    @Message
    String currency();

    @Message
    String overdue();

    @Message
    String yes();

    @Message
    String no();

    @Message
    String submissions();

    @Message
    String agency();

    @Message
    String submittedAt();

    @Message
    String late();

    @Message
    String daysLate();

    /** The column of reports the committee entered from paper, and of entries from such reports. */
    @Message
    String receivedOnPaper();

    /** How a back-filled report was received and who entered it when; dates and times already written out. */
    @Message
    String backfill(String receivedOn, String letterNumber, String letterDate, String recordedBy, String recordedAt);

    @Message
    String missing();

    @Message
    String figures();

    @Message
    String measuresInForce();

    @Message
    String shareCompleted();

    @Message
    String overdueCount();

    @Message
    String onTimeRate();

    @Message
    String previous();

    @Message
    String repealed();

    /** A measure whose lead has no standing entry. */
    @Message
    String notReported();

    /** An expected agency that has not opened its report. */
    @Message
    String notSubmitted();

    @Message
    String entryStatus(EntryStatus status);

    @Message
    String reportStatus(ReportStatus status);

    @Message
    String kind(ConsolidatedReport.Kind kind);
}
