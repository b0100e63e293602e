package kg.actionplan.tracker.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

import kg.actionplan.tracker.common.InvalidInputException;
import kg.actionplan.tracker.common.TrackerConfig;

import org.jboss.logging.Logger;

/**
 * Loads the shipped plan documents at start-up. Loading is idempotent: what is already stored is left as it is,
 * so restarts neither duplicate the plan nor undo edits made in the service.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final PlanImportService importer;
    private final TrackerConfig config;
    private final ObjectMapper mapper;

    SeedLoader(PlanImportService importer, TrackerConfig config, ObjectMapper mapper) {
        this.importer = importer;
        this.config = config;
        this.mapper = mapper;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.seed().enabled()) {
            config.seed().documents().forEach(this::load);
        }
    }

    private void load(String location) {
        try {
            PlanImportService.Outcome outcome = importer.importIfAbsent(read(location));
            LOG.infof("Seed document %s: %s", location,
                    outcome == PlanImportService.Outcome.CREATED ? "plan loaded" : "plan already present, kept as it is");
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> LOG.errorf("Seed document %s: %s %s", location, error.path(), error.message()));
            throw new IllegalStateException("Seed document " + location + " is invalid: " + e.getMessage(), e);
        }
    }

    private JsonNode read(String location) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("Seed document " + location + " is not on the classpath");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Seed document " + location + " cannot be read", e);
        }
    }
}
