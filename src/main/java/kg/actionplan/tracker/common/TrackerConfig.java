package kg.actionplan.tracker.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The service's business settings ({@code tracker.*} in application.properties).
 */
@ConfigMapping(prefix = "tracker")
public interface TrackerConfig {

    Seed seed();

    Security security();

    Bootstrap bootstrap();

    Consolidated consolidated();

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
        Optional<List<String>> recipients();

        /**
         * The language of the e-mailed official version.
         */
        @WithDefault("ky")
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
}
