package kg.actionplan.tracker.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The page of a listing a client asks for: at most {@code limit} items, following the position {@code after} (from
 * the start when absent). Listings page by position rather than by offset, so that records added meanwhile (the
 * audit log and the alerts grow all the time) make no item appear twice or never.
 */
public record PageRequest(int limit, Optional<Cursor> after) {

    public static final String LIMIT = "limit";
    public static final String AFTER = "after";
    public static final String AFTER_DESCRIPTION = "Where the page starts: the cursor in the Link header of the "
            + "previous page. Absent: the first page.";

    public static PageRequest of(String limit, String after, int maxLimit) {
        return new PageRequest(LimitParameter.of(limit, maxLimit), Optional.ofNullable(after).map(Cursor::parse));
    }

    /**
     * How many rows to read: one more than the page, which tells whether another page follows.
     */
    public int rowsToRead() {
        return limit + 1;
    }

    /**
     * The page made of the rows read for it, with the position of its last item if more follow.
     */
    public <T> ListPage<T> page(List<T> rows, Function<T, Cursor> positionOf) {
        if (rows.size() <= limit) {
            return new ListPage<>(rows, Optional.empty());
        }
        List<T> items = List.copyOf(rows.subList(0, limit));
        return new ListPage<>(items, Optional.of(positionOf.apply(items.get(limit - 1))));
    }
}
