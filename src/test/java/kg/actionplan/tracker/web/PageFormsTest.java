package kg.actionplan.tracker.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kg.actionplan.tracker.common.InvalidInputException;
import kg.actionplan.tracker.common.Problem;
import kg.actionplan.tracker.report.ReportRequests.EntryUpdate;
import kg.actionplan.tracker.report.ReportRequests.EvidenceItem;
import kg.actionplan.tracker.report.ReportRequests.SpentItem;

/**
 * How a form shows the rules that what was typed into it breaks: at the input each rule is about, whether the rule
 * came from a request record's constraints or from a service, and a date only when written YYYY-MM-DD.
 */
class PageFormsTest {

    private static ValidatorFactory validators;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        validators = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        validator = validators.getValidator();
    }

    @AfterAll
    static void stopValidator() {
        validators.close();
    }

    @Test
    void aPropertyPathAndAJsonPointerNameTheSameInput() {
        assertThat(PageForms.id("evidence[0].url"), equalTo("evidence-0-url"));
        assertThat(PageForms.id("/evidence/0/url"), equalTo("evidence-0-url"));
        assertThat(PageForms.id("/"), equalTo(""));
    }

    @Test
    void theEntryFormShowsTheRulesOnWhatWasSpentAtItsAmountAndItsFundingSource() {
        assertThat(EntryForm.field(PageForms.id("spent.currency")), equalTo("spentAmount"));
        assertThat(EntryForm.field(PageForms.id("/spent")), equalTo("spentAmount"));
        assertThat(EntryForm.field(PageForms.id("/spent/fundingSource")), equalTo("fundingSource"));
    }

    @Test
    void theBackfillFormShowsTheLettersRulesAtItsFlatInputsAndTheWholeBackfillsAtTheHalfYear() {
        assertThat(BackfillForm.field(PageForms.id("/backfill/letter/date")), equalTo("letterDate"));
        assertThat(BackfillForm.field(PageForms.id("backfill.letter")), equalTo("letterNumber"));
        assertThat(BackfillForm.field(PageForms.id("/backfill")), equalTo("period"));
    }

    @Test
    void theConstraintsBrokenAreListedByInputWhateverOrderTheyWereFoundIn() {
        EntryUpdate update = new EntryUpdate("DONE", 50, null, null,
                List.of(new EvidenceItem("Order", null, null, "ftp://example.org/order")),
                new SpentItem(BigDecimal.TEN, "USD", null), null, null);

        assertThat(PageForms.violations(validator.validate(update), EntryForm::field), contains(
                new FieldError("evidence-0-url", "must be an http or https URL"),
                new FieldError("spentAmount", "must be KGS"),
                new FieldError("status", "must be NOT_STARTED, IN_PROGRESS, COMPLETED or BLOCKED")));
    }

    @Test
    void anInputTheFormCouldNotReadShowsThatReasonAndNotTheRuleOnAMissingValue() {
        List<FieldError> errors = new ArrayList<>(List.of(
                new FieldError("progressPercent", "must be a whole number from 0 to 100")));
        EntryUpdate update = new EntryUpdate("DONE", null, null, null, List.of(), null, null, null);

        PageForms.addViolations(errors, validator.validate(update), EntryForm::field);

        assertThat(errors, contains(new FieldError("progressPercent", "must be a whole number from 0 to 100"),
                new FieldError("status", "must be NOT_STARTED, IN_PROGRESS, COMPLETED or BLOCKED")));
    }

    @Test
    void aServicesRulesAreShownAtTheirInputsInTheServicesOrder() {
        InvalidInputException refused = new InvalidInputException("The letter is dated after it was received.",
                List.of(Problem.Error.inBody("must not be after receivedOn, 2024-07-10", "backfill", "letter", "date"),
                        Problem.Error.inBody("has not ended yet", "backfill")));

        assertThat(PageForms.errors(refused, BackfillForm::field), contains(
                new FieldError("letterDate", "must not be after receivedOn, 2024-07-10"),
                new FieldError("period", "has not ended yet")));
        assertThat(PageForms.errors(new InvalidInputException("The half-year is closed.", List.of()),
                BackfillForm::field), empty());
    }

    @Test
    void onAPageWithoutAPlaceForTheDetailAProblemNamingNoFieldIsTheWholeForms() {
        InvalidInputException refused = new InvalidInputException("The account may not change its own role.",
                List.of());

        assertThat(PageForms.errorsOrDetail(refused, UnaryOperator.identity()),
                contains(new FieldError("", "The account may not change its own role.")));
    }

    @Test
    void aDateIsReadOnlyWhenWrittenYyyyMmDd() {
        List<FieldError> errors = new ArrayList<>();

        assertThat(PageForms.date(" 2024-07-10 ", "receivedOn", errors), equalTo(LocalDate.of(2024, 7, 10)));
        assertThat(PageForms.date("10.07.2024", "receivedOn", errors), nullValue());
        assertThat(PageForms.date("", "letterDate", errors), nullValue());
        assertThat(errors, contains(new FieldError("receivedOn", "must be a date written YYYY-MM-DD"),
                new FieldError("letterDate", "must be a date written YYYY-MM-DD")));
    }

    @Test
    void anOptionalDateLeftBlankIsNoDateAndNoError() {
        List<FieldError> errors = new ArrayList<>();

        assertThat(PageForms.optionalDate(" ", "completedOn", errors), nullValue());
        assertThat(PageForms.optionalDate("2024-13-01", "completedOn", errors), nullValue());
        assertThat(errors, contains(new FieldError("completedOn", "must be a date written YYYY-MM-DD")));
    }
}
