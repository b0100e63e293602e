package kg.actionplan.tracker.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;

import kg.actionplan.tracker.common.ProblemException;

/**
 * What every page's form does with what was typed into it: reads a date, and shows the API's rules that it breaks
 * (the constraints of a request record, or a service's {@link ProblemException}) as {@link FieldError}s at the inputs
 * they are about. Each form names its inputs itself: {@code field} turns the id this class derives from a rule's path
 * ({@code evidence-0-url}) into the id of the input that shows it.
 */
final class PageForms {

    /** What a date that cannot be read should have been, in the API's words. */
    static final String UNREADABLE_DATE = "must be a date written YYYY-MM-DD";

    private PageForms() {
    }

    /** The constraints {@code found} broken, by field, then by message, so that the list reads the same each time. */
    static <T> List<FieldError> violations(Set<ConstraintViolation<T>> found, UnaryOperator<String> field) {
        return found.stream()
                .map(violation -> new FieldError(field.apply(id(violation.getPropertyPath().toString())),
                        violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message)).toList();
    }

    /**
     * Adds to {@code errors} the constraints {@code found} broken, but none at an input that already has an error: what
     * the form could not read (a date, a number) is null in the request, and its reason is that, not the rule on a
     * missing value.
     */
    static <T> void addViolations(List<FieldError> errors, Set<ConstraintViolation<T>> found,
            UnaryOperator<String> field) {
        Set<String> unread = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        violations(found, field).stream().filter(error -> !unread.contains(error.field())).forEach(errors::add);
    }

    /** The rules that a service found broken, each at its field, in the service's order; none if it named none. */
    static List<FieldError> errors(ProblemException e, UnaryOperator<String> field) {
        return e.errors() == null ? List.of()
                : e.errors().stream().map(error -> new FieldError(field.apply(id(error.path())), error.message()))
                        .toList();
    }

    /**
     * As {@link #errors}, for a page that shows nothing of a problem but its list of errors: a problem that names no
     * field is listed as the whole form's, with its detail.
     */
    static List<FieldError> errorsOrDetail(ProblemException e, UnaryOperator<String> field) {
        List<FieldError> errors = errors(e, field);
        return errors.isEmpty() ? List.of(new FieldError("", e.getMessage())) : errors;
    }

    /** {@code text} as a date written YYYY-MM-DD; else, blank included, an error at {@code field}, and null. */
    static LocalDate date(String text, String field, List<FieldError> errors) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, UNREADABLE_DATE));
            return null;
        }
    }

    /** As {@link #date}, but a blank {@code text} is no date, and no error. */
    static LocalDate optionalDate(String text, String field, List<FieldError> errors) {
        return text == null || text.isBlank() ? null : date(text, field, errors);
    }

    /**
     * The id of the input that a rule's path names, with dashes: from a property path ({@code evidence[0].url}) or a
     * JSON Pointer ({@code /evidence/0/url}) alike, {@code evidence-0-url}.
     */
    static String id(String path) {
        String dotted = path.startsWith("/") ? path.substring(1).replace('/', '.') : path;
        return dotted.replaceAll("\\[(\\d+)]", ".$1").replace('.', '-');
    }
}
