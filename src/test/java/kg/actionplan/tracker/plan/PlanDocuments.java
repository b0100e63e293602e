package kg.actionplan.tracker.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Plan documents for tests: a small valid one that a test changes into what it needs, the seed, and a large one made
 * from the seed.
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

    /**
     * The seed under another code with {@code measureCount} measures in tasks of {@code perTask}: the seed's tasks and
     * measures copied in turn, texts and all, so that the document is as dense as the seed. Measure {@code t.m} is the
     * m-th of task t. A copy continues no other measure's funding cell (sharedWith), as the seed's 5.3 does.
     */
    static ObjectNode large(String planCode, int measureCount, int perTask) {
        ObjectNode document = seed();
        plan(document).put("code", planCode);
        List<JsonNode> taskTemplates = new ArrayList<>();
        List<JsonNode> measureTemplates = new ArrayList<>();
        plan(document).get("tasks").forEach(task -> {
            taskTemplates.add(task);
            task.get("measures").forEach(measureTemplates::add);
        });
        ArrayNode tasks = plan(document).putArray("tasks");
        for (int m = 0; m < measureCount; m++) {
            int taskNumber = m / perTask + 1;
            if (m % perTask == 0) {
                ObjectNode task = ((ObjectNode) taskTemplates.get((taskNumber - 1) % taskTemplates.size())).deepCopy();
                task.put("code", String.valueOf(taskNumber)).putArray("measures");
                tasks.add(task);
            }
            ObjectNode measure = ((ObjectNode) measureTemplates.get(m % measureTemplates.size())).deepCopy();
            measure.put("code", taskNumber + "." + (m % perTask + 1));
            if (measure.has("funding")) {
                ((ObjectNode) measure.get("funding")).remove("sharedWith");
            }
            ((ArrayNode) tasks.get(taskNumber - 1).get("measures")).add(measure);
        }
        return document;
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
