package kg.actionplan.tracker.web;

import java.util.List;

import kg.actionplan.tracker.report.ReportRequests;
import kg.actionplan.tracker.report.ReportRequests.BackfillItem;
import kg.actionplan.tracker.report.ReportRequests.LetterItem;

/**
 * The form of a report that an agency handed in on paper, its fields as text, so that what was sent is shown again
 * as it was when something in it is wrong.
 */
public record BackfillForm(String plan, String period, String agency, String receivedOn, String letterNumber,
        String letterDate) {

    /** An empty form, with the plan, half-year and agency already chosen where the grid's link chose them. */
    static BackfillForm blank(String plan, String period, String agency) {
        return new BackfillForm(plan, orBlank(period), orBlank(agency), "", "", "");
    }

    /** The request this form asks for; a date that cannot be read is added to {@code errors} and left null. */
    ReportRequests.Create toRequest(List<FieldError> errors) {
        LetterItem letter = new LetterItem(letterNumber == null ? null : letterNumber.strip(),
                PageForms.date(letterDate, "letterDate", errors));
        return new ReportRequests.Create(plan, period, agency,
                new BackfillItem(PageForms.date(receivedOn, "receivedOn", errors), letter));
    }

    /**
     * The input that shows a rule on {@code id} (as {@link PageForms#id} names it, {@code backfill-letter-number}): the
     * form is flat. The service's rule on the whole back-fill is about the half-year: its deadline has not passed yet.
     */
    static String field(String id) {
        return switch (id) {
            case "backfill", "period" -> "period";
            case "backfill-receivedOn" -> "receivedOn";
            case "backfill-letter", "backfill-letter-number" -> "letterNumber";
            case "backfill-letter-date" -> "letterDate";
            default -> id;
        };
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }
}
