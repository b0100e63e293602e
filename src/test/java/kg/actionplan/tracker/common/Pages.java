package kg.actionplan.tracker.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Reads a paged listing as a client would: the first page, then every page its Link header points to.
 */
public final class Pages {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    private Pages() {
    }

    /**
     * Every item of the listing at {@code path}, page after page, with {@code between} run after the first page.
     */
    public static List<Map<String, Object>> walk(Supplier<RequestSpecification> caller, String path,
            Map<String, ?> query, Runnable between) {
        List<Map<String, Object>> items = new ArrayList<>();
        Response page = caller.get().queryParams(query).when().get(path);
        between.run();
        while (true) {
            page.then().statusCode(200);
            List<Map<String, Object>> got = page.jsonPath().getList("$");
            items.addAll(got);
            String link = page.getHeader("Link");
            if (link == null) {
                return items;
            }
            assertTrue(!got.isEmpty(), "a page with a next link has items");
            Matcher next = NEXT.matcher(link);
            assertTrue(next.find(), "Link names the next page: " + link);
            page = caller.get().when().get(next.group(1));
        }
    }

    public static List<Map<String, Object>> walk(Supplier<RequestSpecification> caller, String path,
            Map<String, ?> query) {
        return walk(caller, path, query, () -> {
        });
    }

    /**
     * The whole listing in one page of {@code limit}, which must be enough: no next link.
     */
    public static List<Map<String, Object>> all(Supplier<RequestSpecification> caller, String path,
            Map<String, ?> query, int limit) {
        Response page = caller.get().queryParams(query).queryParam("limit", limit).when().get(path);
        page.then().statusCode(200);
        assertTrue(page.getHeader("Link") == null, "the listing fits one page of " + limit);
        return page.jsonPath().getList("$");
    }
}
