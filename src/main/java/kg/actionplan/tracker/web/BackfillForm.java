package kg.actionplan.tracker.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import kg.actionplan.tracker.report.ReportRequests;
import kg.actionplan.tracker.report.ReportRequests.BackfillItem;
import kg.actionplan.tracker.report.ReportRequests.LetterItem;
import kg.actionplan.tracker.web.EntryForm.FieldError;

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
                date(letterDate, "letterDate", errors));
        return new ReportRequests.Create(plan, period, agency,
                new BackfillItem(date(receivedOn, "receivedOn", errors), letter));
    }

    /**
     * The id of the form field that a rule's path names, as a property path ({@code backfill.letter.number}) or a
     * JSON Pointer ({@code /backfill/receivedOn}). The service's rule on the whole back-fill is about the half-year:
     * its deadline has not passed yet.
     */
    static String field(String path) {
        String dotted = path.startsWith("/") ? path.substring(1).replace('/', '.') : path;
        return switch (dotted) {
            case "backfill", "period" -> "period";
            case "backfill.receivedOn" -> "receivedOn";
            case "backfill.letter", "backfill.letter.number" -> "letterNumber";
            case "backfill.letter.date" -> "letterDate";
            default -> dotted.replace('.', '-');
        };
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date written YYYY-MM-DD"));
            return null;
        }
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }
}
