package kg.actionplan.tracker.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import kg.actionplan.tracker.common.InvalidParameterException;

/**
 * The filters of the measures list, read from query parameters.
 *
 * @param agency executor code: the agency named in the table, or the one carrying its duties as of {@code asOf}
 * @param task task code
 * @param overdue only overdue measures (true) or only those not overdue (false)
 * @param asOf the day on which "overdue" is judged; today in the plan's time zone when absent
 */
public record MeasureQuery(Optional<String> agency, Optional<String> task, Optional<Boolean> overdue,
        Optional<LocalDate> asOf) {

    public static MeasureQuery of(String agency, String task, String overdue, String asOf) {
        return new MeasureQuery(blankToEmpty(agency), blankToEmpty(task), flag("overdue", overdue), date("asOf", asOf));
    }

    static Optional<LocalDate> date(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, name + " must be a date written YYYY-MM-DD, not '" + value + "'");
        }
    }

    private static Optional<Boolean> flag(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw new InvalidParameterException(name, name + " must be true or false, not '" + value + "'");
        };
    }

    private static Optional<String> blankToEmpty(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
