package kg.actionplan.tracker.signin;

import static kg.actionplan.tracker.account.TestAccounts.as;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

import kg.actionplan.tracker.account.TestAccounts;

/**
 * Accounts of their own for the sign-in tests, so that failed sign-ins, revoked tokens and ended sessions touch no
 * other test's account.
 */
public final class SignInAccounts {

    public static final String PASSWORD = "a-long-enough-password";

    private SignInAccounts() {
    }

    /**
     * A new account with {@link #PASSWORD}; {@code agency} only for a REPORTER. Returns its username.
     */
    public static String newAccount(String role, String agency) {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", PASSWORD, "role", role,
                "email", username + "@tracker.gov.kg", "language", "ky"));
        if (agency != null) {
            body.put("agency", agency);
        }
        as(TestAccounts.ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/users")
                .then().statusCode(201);
        return username;
    }
}
