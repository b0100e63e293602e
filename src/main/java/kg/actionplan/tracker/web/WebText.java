package kg.actionplan.tracker.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.plan.FundingSource;

/**
 * The fixed words of the pages, in messages/web_{ky,ru,en}.properties; templates use them as {web:key}. A method
 * that takes an enum gives the word for each constant, from the keys {@code method_CONSTANT}, or
 * {@code method_$CONSTANT} when a constant of that enum has an underscore in its name.
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
    String languageName(Language language);

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
    String measureStatus(PlanPages.MeasureState state);

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

    @Message
    String openReport();

    @Message
    String open();

    @Message
    String dueOn();

    @Message
    String noReports();

    @Message
    String submittedAt();

    @Message
    String nextPage();

    @Message
    String revision();

    @Message
    String returnedWithComment();

    @Message
    String entries();

    @Message
    String progress();

    @Message
    String narrative();

    @Message
    String submitReport();

    @Message
    String review();

    @Message
    String accept();

    @Message
    String returnComment();

    @Message
    String returnReport();

    @Message
    String revisions();

    @Message
    String acceptedBy();

    @Message
    String returnedBy();

    @Message
    String changedMeanwhile();

    @Message
    String changedMeanwhileHelp();

    @Message
    String theirVersion();

    @Message
    String yourVersionBelow();

    @Message
    String problems();

    @Message
    String nextSteps();

    @Message
    String completedOnHelp();

    @Message
    String evidence();

    @Message
    String evidenceTitle();

    @Message
    String actNumber();

    @Message
    String actDate();

    @Message
    String url();

    @Message
    String spent();

    @Message
    String amountKgs();

    @Message
    String fundingSource();

    @Message
    String save();

    @Message
    String fundingSourceName(FundingSource.Type type);

    @Message
    String signInForHistory();

    @Message
    String noHistory();

    /** The label of a form field named in a list of errors, by the field's id. */
    @Message
    String fieldName(String field);
}
