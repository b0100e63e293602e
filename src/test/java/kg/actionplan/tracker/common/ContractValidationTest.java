package kg.actionplan.tracker.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The contract check sits on every REST Assured request of the tests: an exchange that breaks openapi.yaml fails
 * the test that made it.
 */
@QuarkusTest
class ContractValidationTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.read(Path.of("openapi.yaml"));

    @Test
    void aRequestTheContractDoesNotAllowFailsTheTestThatSentIt() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> given().queryParam("sortBy", "name").when().get("/api/v1/agencies"));

        assertThat(error.getMessage(), containsString(
                "GET /api/v1/agencies → 200: the query parameter 'sortBy' is not declared"));
    }

    @Test
    void aResponseWithANullTheContractDoesNotAllowBreaksIt() {
        assertEquals(List.of("GET /api/v1/agencies → 200 response body at '/0/editorialNote': null found, string expected"),
                CONTRACT.breaches(response("GET", "/api/v1/agencies", 200, "application/json",
                        "[{\"code\":\"UKMK\",\"editorialNote\":null}]")));
    }

    @Test
    void aResponseFieldTheContractDoesNotNameBreaksIt() {
        List<String> breaches = CONTRACT.breaches(response("GET", "/api/v1/agencies", 200, "application/json",
                "[{\"code\":\"UKMK\",\"budget\":5}]"));

        assertEquals(1, breaches.size(), breaches::toString);
        assertThat(breaches.get(0), containsString("at '/0': property 'budget' is not evaluated and the schema does not allow unevaluated properties"));
    }

    @Test
    void aStatusTheOperationDoesNotDeclareBreaksIt() {
        assertEquals(List.of("GET /api/v1/agencies → 418: status 418 is not declared for this operation"),
                CONTRACT.breaches(response("GET", "/api/v1/agencies", 418, "application/problem+json", "{}")));
    }

    @Test
    void aMediaTypeTheStatusDoesNotDeclareBreaksIt() {
        assertEquals(List.of("GET /api/v1/agencies → 200: the media type 'text/csv' is not declared "
                + "(declared: application/json)"),
                CONTRACT.breaches(response("GET", "/api/v1/agencies", 200, "text/csv", "code\nUKMK\n")));
    }

    @Test
    void anAnswerOnAPathTheContractDoesNotHaveBreaksItUnlessItIsNotFound() {
        assertEquals(List.of(), CONTRACT.breaches(response("GET", "/api/v2/agencies", 404, "application/problem+json",
                "{}")));
        assertEquals(List.of("the contract has no path /api/v2/agencies, yet the service answered 200"),
                CONTRACT.breaches(response("GET", "/api/v2/agencies", 200, "application/json", "[]")));
    }

    private static OpenApiContract.Exchange response(String method, String path, int status, String type,
            String body) {
        return new OpenApiContract.Exchange(method, URI.create("http://localhost" + path), Optional.empty(),
                Optional.empty(), status, Optional.of(type), Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }
}
