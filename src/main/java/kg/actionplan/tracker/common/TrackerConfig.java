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
