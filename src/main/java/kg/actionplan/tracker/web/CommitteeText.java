package kg.actionplan.tracker.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import kg.actionplan.tracker.alert.AlertRule;
import kg.actionplan.tracker.alert.AlertStatus;

/**
 * The fixed words of the committee's pages (submissions, consolidated reports, alerts), in
 * messages/committee_{ky,ru,en}.properties; templates use them as {committee:key}. A method that takes an enum gives
 * the word for each constant, from the keys {@code method_CONSTANT}, or {@code method_$CONSTANT} when a constant of
 * that enum has an underscore in its name.
 */
@MessageBundle("committee")
public interface CommitteeText {

    @Message
    String plan();

    @Message
    String show();

    @Message
    String noPlans();

    @Message
    String submissions();

    @Message
    String submissionsIntro();

    @Message
    String onTimeRate();

    /** A half-year's bar of the on-time chart, in words. */
    @Message
    String onTimeOf(int onTime, int expected);

    @Message
    String agencyDue();

    @Message
    String missing();

    @Message
    String onTime();

    @Message
    String overdueDays(int days);

    @Message
    String receivedOnPaper();

    @Message
    String notExpected();

    @Message
    String noHalfYears();

    @Message
    String backfill();

    @Message
    String backfillIntro();

    @Message
    String receivedOn();

    @Message
    String letterNumber();

    @Message
    String letterDate();

    @Message
    String record();

    @Message
    String reportExists();

    @Message
    String openIt();

    @Message
    String consolidated();

    @Message
    String consolidatedIntro();

    @Message
    String allHalfYears();

    @Message
    String consolidatedDue();

    @Message
    String version();

    @Message
    String kind();

    @Message
    String asOf();

    @Message
    String generated();

    @Message
    String download();

    @Message
    String noVersions();

    @Message
    String buildNow();

    @Message
    String alerts();

    @Message
    String noAlerts();

    @Message
    String createdAt();

    @Message
    String rule();

    @Message
    String recipient();

    @Message
    String subject();

    @Message
    String attempts();

    @Message
    String lastError();

    @Message
    String sentAt();

    @Message
    String alertRule(AlertRule rule);

    @Message
    String alertStatus(AlertStatus status);
}
