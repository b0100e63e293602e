package kg.actionplan.tracker.account;

import static io.restassured.RestAssured.given;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.StartupEvent;
import io.restassured.specification.RequestSpecification;

/**
 * The accounts every test can log in with: one per role, and reporters of a few agencies. Created after the seed
 * is loaded, since reporters need their agencies.
 */
@ApplicationScoped
public class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String COORDINATOR = "coordinator";
    public static final String OBSERVER = "observer";
    public static final String REPORTER_BIM = "reporter-bim";
    public static final String REPORTER_UKMK = "reporter-ukmk";
    public static final String REPORTER_MDD = "reporter-mdd";

    private final AccountService accounts;

    TestAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        create(COORDINATOR, "COORDINATOR", null);
        create(OBSERVER, "OBSERVER", null);
        create(REPORTER_BIM, "REPORTER", "BIM");
        create(REPORTER_UKMK, "REPORTER", "UKMK");
        create(REPORTER_MDD, "REPORTER", "MDD");
    }

    private void create(String username, String role, String agency) {
        if (accounts.findAccount(username).isEmpty()) {
            accounts.createAccount(new AccountRequests.Create(username, PASSWORD, role, agency,
                    username + "@tracker.gov.kg", "ru"));
        }
    }

    /**
     * A request that logs in as {@code username} with the test password.
     */
    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, password(username));
    }

    /**
     * The password {@code username} logs in with.
     */
    public static String password(String username) {
        return ADMIN.equals(username) ? ADMIN_PASSWORD : PASSWORD;
    }
}
