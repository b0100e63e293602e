package kg.actionplan.tracker.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Plan documents for tests: a small valid one that a test changes into what it needs.
 */
final class PlanDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PlanDocuments() {
    }

    /**
     * A valid document for a plan with the given code: tasks 1 (measures 1.1 and the repealed 1.2) and 2
     * (measure 2.1), executors TESTAG and UKMK, coordinator TESTAG.
     */
    static ObjectNode minimal(String planCode) {
        ObjectNode document = read("plan-documents/minimal.json");
        plan(document).put("code", planCode);
        return document;
    }

    static ObjectNode seed() {
        return read("seed-data/cybersecurity-2019-2023.json");
    }

    static ObjectNode plan(ObjectNode document) {
        return (ObjectNode) document.get("plan");
    }

    static ObjectNode measure(ObjectNode document, int task, int measure) {
        return (ObjectNode) plan(document).get("tasks").get(task).get("measures").get(measure);
    }

    private static ObjectNode read(String resource) {
        try (InputStream in = PlanDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
