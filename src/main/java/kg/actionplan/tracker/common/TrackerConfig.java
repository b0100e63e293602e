package kg.actionplan.tracker.common;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The service's business settings ({@code tracker.*} in application.properties).
 */
@ConfigMapping(prefix = "tracker")
public interface TrackerConfig {

    Seed seed();

    PlanImport planImport();

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
     * Import of plan documents over the API.
     */
    interface PlanImport {

        /**
         * Whether {@code POST /api/v1/plans} accepts documents. Off by default until accounts and roles guard it.
         */
        @WithDefault("false")
        boolean enabled();
    }
}
