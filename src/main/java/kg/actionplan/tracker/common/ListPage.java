package kg.actionplan.tracker.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * One page of a listing and, when more follow, the position after which the next page starts.
 */
public record ListPage<T>(List<T> items, Optional<Cursor> next) {

    public static final String LINK_DESCRIPTION = "Present when more items follow: <URL of the next page>; "
            + "rel=\"next\". The URL repeats the request's filters and limit, with the position in after.";

    public static <T> ListPage<T> empty() {
        return new ListPage<>(List.of(), Optional.empty());
    }

    public <R> ListPage<R> map(Function<? super T, R> mapper) {
        return new ListPage<>(items.stream().<R>map(mapper).toList(), next);
    }

    /**
     * The page as an HTTP answer: the items as a JSON array, the next page as a Link header (RFC 8288), so that the
     * body stays the array it was before listings were paged.
     */
    public Response toResponse(UriInfo request) {
        Response.ResponseBuilder response = Response.ok(items);
        next.ifPresent(position -> response.link(
                request.getRequestUriBuilder().replaceQueryParam(PageRequest.AFTER, position.token()).build(), "next"));
        return response.build();
    }
}
