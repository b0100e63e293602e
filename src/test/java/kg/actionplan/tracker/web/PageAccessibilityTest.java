package kg.actionplan.tracker.web;

import static kg.actionplan.tracker.signin.SignInAccounts.PASSWORD;
import static kg.actionplan.tracker.signin.SignInAccounts.newAccount;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.net.URI;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import kg.actionplan.tracker.report.ReportFixtures;

/**
 * Every page, as each kind of person reaches it by following the pages' own links, checked by axe-core in Chromium:
 * no serious or critical accessibility violation. Each page is saved as a screenshot.
 */
@QuarkusTest
class PageAccessibilityTest {

    /** At most this many pages per person: one of each kind is enough, the rest repeat a template. */
    private static final int PAGES_PER_PERSON = 40;

    private static Chromium chromium;
    private static String axe;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startChromium() {
        chromium = Chromium.start();
        axe = Chromium.axeScript();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void noPageHasASeriousOrCriticalAccessibilityViolation() {
        String plan = ReportFixtures.newPlan();
        long report = createReport(ReportFixtures.REPORTER_TESTAG, plan, "2026-H1", "TESTAG");
        List<String> starts = List.of("/plans", "/plans/" + plan, "/reports/" + report,
                "/reports/" + report + "/entries/1.1", "/sign-in");
        Map<String, List<String>> violations = new TreeMap<>();
        int checked = 0;
        // New accounts read the pages in Kyrgyz, and so does a visitor whose browser asks for it: every page is
        // opened in ky at least once.
        Map<String, String> people = new TreeMap<>(Map.of("reporter", newAccount("REPORTER", "TESTAG"),
                "coordinator", newAccount("COORDINATOR", null), "observer", newAccount("OBSERVER", null),
                "admin", newAccount("ADMIN", null)));
        try (BrowserContext visitor = chromium.person()) {
            checked += crawl(visitor.newPage(), "visitor", starts, violations);
        }
        for (Map.Entry<String, String> person : people.entrySet()) {
            try (BrowserContext browser = chromium.person()) {
                Page page = browser.newPage();
                signIn(page, person.getValue());
                checked += crawl(page, person.getKey(), starts, violations);
            }
        }
        assertThat(checked, greaterThan(10));
        assertThat(violations, equalTo(Map.of()));
    }

    @Test
    void thePlanReadsOnAPhone() {
        try (BrowserContext phone = chromium.phone()) {
            Page page = phone.newPage();
            page.navigate(root + "plans/cybersecurity-2019-2023");
            Chromium.screenshot(page, "phone-plan");
            assertThat(Chromium.seriousViolations(page, axe), empty());
            // Wide tables scroll inside their own box: the page itself never scrolls sideways.
            assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), equalTo(true));
        }
    }

    /** Visits the pages reachable from {@code starts}, one of each shape; returns how many it checked. */
    private int crawl(Page page, String person, List<String> starts, Map<String, List<String>> violations) {
        Deque<String> queue = new ArrayDeque<>(starts);
        Set<String> seen = new HashSet<>();
        int checked = 0;
        while (!queue.isEmpty() && checked < PAGES_PER_PERSON) {
            String path = queue.removeFirst();
            if (!seen.add(shape(path))) {
                continue;
            }
            var response = page.navigate(root + path.substring(1));
            if (response == null || !response.headerValue("content-type").startsWith("text/html")) {
                continue;
            }
            checked++;
            Chromium.screenshot(page, "page-" + person + shape(path).replaceAll("[^A-Za-z0-9]+", "-"));
            List<String> found = Chromium.seriousViolations(page, axe);
            if (!found.isEmpty()) {
                violations.put(person + " " + path, found);
            }
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) page.evalOnSelectorAll("a[href]",
                    "links => links.map(link => link.getAttribute('href'))");
            links.stream().filter(PageAccessibilityTest::isPage).forEach(queue::addLast);
        }
        return checked;
    }

    private void signIn(Page page, String username) {
        page.navigate(root + "sign-in");
        page.fill("#username", username);
        page.fill("#password", PASSWORD);
        page.click("main form button[type=submit]");
    }

    /** A page of the service, not a download, an API call, a fragment or another site. */
    private static boolean isPage(String href) {
        return href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/api/") && !href.startsWith("/q/");
    }

    /** The page's kind: its path with plan codes, ids, measure codes and names left out, its query dropped. */
    private static String shape(String path) {
        return URI.create(path).getPath().replaceAll("^/plans/[^/]+", "/plans/*")
                .replaceAll("/(measures|entries|accounts|agencies)/[^/]+", "/$1/*").replaceAll("/\\d+", "/#");
    }
}
