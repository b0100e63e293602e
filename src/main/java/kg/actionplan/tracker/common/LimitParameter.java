package kg.actionplan.tracker.common;

/**
 * The {@code limit} query parameter of a listing: a whole number from 1 to the listing's maximum, 400 otherwise.
 */
public final class LimitParameter {

    private LimitParameter() {
    }

    public static int of(String value, int max) {
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidParameterException("limit", "limit must be a whole number from 1 to " + max);
    }
}
