package kg.actionplan.tracker.common;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The service's business settings ({@code tracker.*} in application.properties).
 */
@ConfigMapping(prefix = "tracker")
public interface TrackerConfig {

    Seed seed();

    Plans plans();

    Security security();

    SignIn signIn();

    Tokens tokens();

    Sessions sessions();

    Bootstrap bootstrap();

    Consolidated consolidated();

    Alerts alerts();

    Mail mail();

    Backup backup();

    /**
     * Plan documents loaded at start-up.
     */
    interface Seed {

        /**
         * Whether to load the seed documents at start-up.
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * Classpath locations of the plan documents to load.
         */
        @WithDefault("seed-data/cybersecurity-2019-2023.json")
        List<String> documents();
    }

    /**
     * Plan documents imported through the API.
     */
    interface Plans {

        /**
         * The largest plan document that {@code POST /api/v1/plans} accepts; every other request body stays within
         * 1 MiB (BodySizeLimit). As dense as the seed, a plan of 5 000 measures is 11 MB written compactly, 15 MB
         * indented as the seed is.
         */
        @WithDefault("32M")
        MemorySize maxDocumentSize();
    }

    /**
     * Password storage.
     */
    interface Security {

        /**
         * bcrypt work factor: each step doubles the cost of a login and of a guess.
         */
        @WithDefault("12")
        int bcryptCost();
    }

    /**
     * Failed sign-ins and the slow password checks.
     */
    interface SignIn {

        /**
         * Failed sign-ins for one account within {@link #window()} after which it is refused (429) for a window.
         */
        @WithDefault("5")
        int maxFailuresPerAccount();

        /**
         * Failed sign-ins (passwords and tokens) from one client address within {@link #window()} after which it is
         * refused for a window. Higher than per account: a ministry's staff may share one address.
         */
        @WithDefault("20")
        int maxFailuresPerAddress();

        /**
         * How long failures are remembered, and how long a refusal lasts once the limit is reached.
         */
        @WithDefault("PT15M")
        Duration window();

        /**
         * Threads that check passwords. Each check costs a bcrypt hash; a bounded pool keeps a flood of wrong
         * passwords from taking the CPU that token and anonymous requests need.
         */
        @WithDefault("1")
        int hashThreads();

        /**
         * The share of its time a password-checking thread spends checking; it rests the remainder. At 0.5 a flood of
         * wrong passwords takes at most half of one core, and at cost 12 about two password sign-ins a second still
         * go through.
         */
        @WithDefault("0.5")
        double hashCpuShare();

        /**
         * Password checks that may wait for a thread; beyond them a sign-in is answered 503 at once.
         */
        @WithDefault("32")
        int hashQueue();
    }

    /**
     * API tokens of agencies' systems.
     */
    interface Tokens {

        /**
         * The longest a token may live: its expiry date is at most this far from today.
         */
        @WithDefault("P1Y")
        Period maxLifetime();
    }

    /**
     * Browser sessions.
     */
    interface Sessions {

        /**
         * A session unused this long ends.
         */
        @WithDefault("PT30M")
        Duration idleTimeout();

        /**
         * A session ends this long after sign-in, however busy.
         */
        @WithDefault("PT12H")
        Duration absoluteTimeout();
    }

    /**
     * The consolidated half-year reports.
     */
    interface Consolidated {

        /**
         * A TrueType font that covers Kyrgyz and Russian, embedded in the PDF rendering.
         */
        @WithDefault("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
        Path pdfFont();

        /**
         * When the working draft is built (Quartz cron, in Asia/Bishkek time): by default the day after the
         * agencies' deadline, 06:00 on the 6th of January and July.
         */
        @WithDefault("0 0 6 6 1,7 ?")
        String draftCron();

        /**
         * When the official version is built and sent: by default 06:00 on the 25th of January and July.
         */
        @WithDefault("0 0 6 25 1,7 ?")
        String officialCron();

        /**
         * Who gets the official version by e-mail, with the XLSX and PDF attached.
         */
        Optional<List<@Email String>> recipients();

        /**
         * The language of the e-mailed official version.
         */
        @WithDefault("ky")
        @Pattern(regexp = "ky|ru|en")
        String mailLanguage();
    }

    /**
     * The first start of an empty service.
     */
    interface Bootstrap {

        /**
         * Password of the first account, {@code admin}. When absent, a random one is generated and logged once.
         */
        Optional<String> adminPassword();
    }

    /**
     * Outgoing e-mail.
     */
    interface Mail {

        /**
         * Whether mail is handed to the SMTP server (quarkus.mailer.*). Off by default, so that a fresh or copied
         * installation writes to nobody: alerts then wait in the outbox and are logged.
         */
        @WithDefault("false")
        boolean enabled();
    }

    /**
     * Online backups of the embedded H2 database.
     */
    interface Backup {

        /**
         * Where {@code POST /api/v1/admin/backups} writes its zip files; relative to the working directory unless
         * absolute.
         */
        @WithDefault("data/backups")
        Path directory();
    }

    /**
     * Deadline alerts: when the rules are checked, how far ahead they warn, how failed sending is retried.
     */
    interface Alerts {

        /**
         * When the rules are checked (Quartz cron, Asia/Bishkek time): by default every day at 08:00.
         */
        @WithDefault("0 0 8 * * ?")
        String scanCron();

        /**
         * How often the outbox is sent (e.g. 60s); {@code off} leaves it to the scan and to the events that send at
         * once.
         */
        @WithDefault("60s")
        String sendEvery();

        /**
         * Days before the agencies' deadline on which agencies that have not submitted are reminded.
         */
        @WithDefault("7,1")
        List<Integer> submissionReminderDays();

        /**
         * Days before a measure's deadline on which its executors are reminded.
         */
        @WithDefault("30,7")
        List<Integer> measureReminderDays();

        /**
         * Days before the consolidated deadline on which the coordinator hears of agencies still missing.
         */
        @WithDefault("3")
        List<Integer> consolidatedWarningDays();

        /**
         * Days between repeats of a missed submission or an overdue measure.
         */
        @WithDefault("7")
        int repeatEveryDays();

        /**
         * Pause after the first failed attempt; it doubles with every further failure up to {@link #maxRetryDelay()}.
         */
        @WithDefault("PT1M")
        Duration firstRetryDelay();

        @WithDefault("PT6H")
        Duration maxRetryDelay();

        /**
         * Attempts after which an alert is given up as FAILED (30 attempts span about six days).
         */
        @WithDefault("30")
        int maxAttempts();

        /**
         * A pending alert older than this makes the outbox backlog late: the health group {@code outbox} reports it
         * DOWN.
         */
        @WithDefault("PT1H")
        Duration backlogWarningAge();

        /**
         * How long one message may wait for the SMTP server's answer before it counts as failed. An instance's claim
         * on a recipient's alerts lasts this long for each of its messages and once more, so it also sets how soon
         * another instance sends the alerts of an instance that died while sending them.
         */
        @WithDefault("PT2M")
        Duration sendTimeout();
    }
}
