package kg.actionplan.tracker.web;

/**
 * A field of a page's form and what is wrong with it, as the list of form errors shows it: {@code field} is the id of
 * the form's input (blank for what is wrong with the form as a whole), {@code message} the rule's own words.
 */
public record FieldError(String field, String message) {
}
