package kg.actionplan.tracker.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The fixed words of the pages, in messages/web_{ky,ru,en}.properties; templates use them as {web:key}.
 */
@MessageBundle("web")
public interface WebText {

    @Message
    String appName();

    @Message
    String skipToContent();

    @Message
    String mainNavigation();

    @Message
    String navPlan();

    @Message
    String navReports();

    @Message
    String navSubmissions();

    @Message
    String navConsolidated();

    @Message
    String navAlerts();

    @Message
    String navAccounts();

    @Message
    String language();

    @Message
    String languageName(String code);

    @Message
    String signIn();

    @Message
    String signOut();

    @Message
    String signedInAs(String username);

    @Message
    String username();

    @Message
    String password();

    @Message
    String signInFailed();

    @Message
    String signInThrottled();

    @Message
    String errorTitle(int status);

    @Message
    String backHome();

    @Message
    String plans();

    @Message
    String period();

    @Message
    String tasks();

    @Message
    String task();

    @Message
    String measure();

    @Message
    String measures();

    @Message
    String deadline();

    @Message
    String executors();

    @Message
    String lead();

    @Message
    String byAgreement();

    @Message
    String status();

    @Message
    String all();

    @Message
    String agency();

    @Message
    String filter();

    @Message
    String measureStatus(String status);

    @Message
    String expectedResult();

    @Message
    String funding();

    @Message
    String completedOn();

    @Message
    String completedIn();

    @Message
    String daysLate(int days);

    @Message
    String daysEarly(int days);

    @Message
    String onDeadline();

    @Message
    String repealed();

    @Message
    String history();

    @Message
    String planned();

    @Message
    String actual();

    @Message
    String noMeasures();

    @Message
    String progressPerTask();

    @Message
    String measuresCompleted(int completed, int total);

    @Message
    String editorialNote();
}
