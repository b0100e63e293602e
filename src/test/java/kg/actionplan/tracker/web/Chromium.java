package kg.actionplan.tracker.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium, headless, driven by Playwright: never a browser Playwright would download. Without Chromium on
 * the machine (CHROMIUM, else /usr/bin/chromium) the browser tests are skipped, so that the plain test command
 * passes anywhere; .ci/run installs it. Screenshots go to target/screenshots.
 */
final class Chromium implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Where .ci/run installs axe-core from npm (AXE_CORE overrides it). */
    private static final Path AXE = Path.of(Optional.ofNullable(System.getenv("AXE_CORE"))
            .orElse("target/axe/node_modules/axe-core/axe.min.js"));

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts Chromium, or skips the calling test class when the machine has none. */
    static Chromium start() {
        Path executable = Path.of(Optional.ofNullable(System.getenv("CHROMIUM")).orElse("/usr/bin/chromium"));
        assumeTrue(Files.isExecutable(executable), "no Chromium at " + executable + ": install Debian's chromium");
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // The flags keep a root, sandbox-less, offline machine's Chromium from reaching for Google's services.
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new Chromium(playwright, browser);
    }

    /**
     * A browser of its own (cookies, session) for one person, asking for pages in Kyrgyz. It may inject axe-core into
     * the pages, whose content security policy allows no script of their own.
     */
    BrowserContext person() {
        return browser.newContext(new Browser.NewContextOptions().setBypassCSP(true).setViewportSize(1280, 900)
                .setLocale("ky").setAcceptDownloads(true));
    }

    /** A phone-sized browser of its own, asking for pages in Kyrgyz. */
    BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setBypassCSP(true).setViewportSize(390, 844)
                .setLocale("ky").setIsMobile(true).setHasTouch(true));
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** The script of axe-core, or a skipped test when it is not installed. */
    static String axeScript() {
        assumeTrue(Files.isReadable(AXE), "no axe-core at " + AXE + ": npm install --prefix target/axe axe-core");
        try {
            return Files.readString(AXE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical accessibility violations axe-core finds on the page, each with where. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Page page, String axe) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
        return (List<String>) page.evaluate("async () => (await axe.run()).violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
