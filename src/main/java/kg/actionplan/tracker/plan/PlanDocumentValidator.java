package kg.actionplan.tracker.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

import kg.actionplan.tracker.common.Problem;
import kg.actionplan.tracker.plan.PlanDocument.MeasureEntry;
import kg.actionplan.tracker.plan.PlanDocument.PlanEntry;
import kg.actionplan.tracker.plan.PlanDocument.TaskEntry;

/**
 * Checks a plan document: first its shape against the published JSON Schema, then the rules a schema cannot
 * state. Every error is reported with the JSON Pointer of the place it was found.
 */
@ApplicationScoped
public class PlanDocumentValidator {

    static final String SCHEMA_RESOURCE = "seed-data/plan-document.schema.json";

    private final JsonSchema schema;

    public PlanDocumentValidator() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the classpath");
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    .build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document's departures from the JSON Schema, in document order.
     */
    public List<Problem.Error> checkShape(JsonNode document) {
        return schema.validate(document).stream()
                .map(message -> new Problem.Error(pointer(message.getInstanceLocation().toString()),
                        "false".equals(message.getType()) ? "is not allowed here" : message.getError()))
                .distinct()
                .sorted(Comparator.comparing(Problem.Error::path))
                .toList();
    }

    /**
     * The document's breaches of the rules between its parts; {@code agencyExists} knows the agencies already
     * stored in the service.
     */
    public List<Problem.Error> checkRules(PlanDocument document, Predicate<String> agencyExists) {
        List<Problem.Error> errors = new ArrayList<>();
        Set<String> documentAgencies = new HashSet<>();
        for (int i = 0; i < document.agencies().size(); i++) {
            if (!documentAgencies.add(document.agencies().get(i).code())) {
                errors.add(new Problem.Error("/agencies/" + i + "/code",
                        "duplicate agency code " + document.agencies().get(i).code()));
            }
        }
        Predicate<String> known = code -> documentAgencies.contains(code) || agencyExists.test(code);
        for (int i = 0; i < document.agencies().size(); i++) {
            PlanDocument.AgencyEntry agency = document.agencies().get(i);
            if (agency.successor() == null) {
                continue;
            }
            String path = "/agencies/" + i + "/successor/agency";
            if (agency.successor().agency().equals(agency.code())) {
                errors.add(new Problem.Error(path, "an agency cannot succeed itself"));
            } else if (!known.test(agency.successor().agency())) {
                errors.add(unknownAgency(path, agency.successor().agency()));
            }
        }
        checkPlan(document.plan(), known, errors);
        return errors;
    }

    private void checkPlan(PlanEntry plan, Predicate<String> knownAgency, List<Problem.Error> errors) {
        if (plan.startsOn().isAfter(plan.endsOn())) {
            errors.add(new Problem.Error("/plan/endsOn", "must not be before startsOn " + plan.startsOn()));
        }
        if (plan.inForceFrom().isAfter(plan.endsOn())) {
            errors.add(new Problem.Error("/plan/inForceFrom", "must not be after endsOn " + plan.endsOn()));
        }
        checkReporting(plan, knownAgency, errors);
        Set<String> taskCodes = new HashSet<>();
        Set<String> measureCodes = new HashSet<>();
        Set<String> inForceAbove = new HashSet<>();
        for (int t = 0; t < plan.tasks().size(); t++) {
            TaskEntry task = plan.tasks().get(t);
            String taskPath = "/plan/tasks/" + t;
            if (!taskCodes.add(task.code())) {
                errors.add(new Problem.Error(taskPath + "/code", "duplicate task code " + task.code()));
            }
            for (int m = 0; m < task.measures().size(); m++) {
                MeasureEntry measure = task.measures().get(m);
                String measurePath = taskPath + "/measures/" + m;
                if (!measureCodes.add(measure.code())) {
                    errors.add(new Problem.Error(measurePath + "/code", "duplicate measure code " + measure.code()));
                }
                checkMeasure(plan, measure, measurePath, knownAgency, inForceAbove, errors);
                if (measure.repeal() == null) {
                    inForceAbove.add(measure.code());
                }
            }
        }
    }

    private void checkReporting(PlanEntry plan, Predicate<String> knownAgency, List<Problem.Error> errors) {
        PlanDocument.Reporting reporting = plan.reporting();
        try {
            ZoneId.of(reporting.timeZone());
        } catch (DateTimeException e) {
            errors.add(new Problem.Error("/plan/reporting/timeZone", "unknown time zone " + reporting.timeZone()));
        }
        if (!knownAgency.test(reporting.coordinator())) {
            errors.add(unknownAgency("/plan/reporting/coordinator", reporting.coordinator()));
        }
        Optional<HalfYear> first = period(plan, reporting.firstPeriod(), "/plan/reporting/firstPeriod", errors);
        Optional<HalfYear> last = period(plan, reporting.lastPeriod(), "/plan/reporting/lastPeriod", errors);
        if (first.isPresent() && last.isPresent() && first.get().compareTo(last.get()) > 0) {
            errors.add(new Problem.Error("/plan/reporting/lastPeriod",
                    "must not be before firstPeriod " + first.get()));
        }
    }

    private Optional<HalfYear> period(PlanEntry plan, String id, String path, List<Problem.Error> errors) {
        Optional<HalfYear> period = HalfYear.parse(id);
        if (period.isEmpty()) {
            errors.add(new Problem.Error(path, "must be a half-year such as 2020-H1"));
        } else if (period.get().end().isBefore(plan.startsOn()) || period.get().start().isAfter(plan.endsOn())) {
            errors.add(new Problem.Error(path, "period " + id + " lies outside the plan (" + plan.startsOn()
                    + " to " + plan.endsOn() + ")"));
        }
        return period;
    }

    private void checkMeasure(PlanEntry plan, MeasureEntry measure, String path, Predicate<String> knownAgency,
            Set<String> inForceAbove, List<Problem.Error> errors) {
        if (measure.repeal() != null) {
            boolean amendmentExists = plan.amendments().stream().anyMatch(act ->
                    act.number().equals(measure.repeal().actNumber()) && act.date().equals(measure.repeal().actDate()));
            if (!amendmentExists) {
                errors.add(new Problem.Error(path + "/repeal", "names no amendment of the plan (No. "
                        + measure.repeal().actNumber() + " of " + measure.repeal().actDate() + ")"));
            }
            return;
        }
        checkDeadline(plan, measure.deadline(), path + "/deadline", errors);
        String sharedWith = measure.funding().sharedWith();
        // A merged cell continues the cell above it, so the measure it is shared with comes earlier in the table.
        if (sharedWith != null && !inForceAbove.contains(sharedWith)) {
            errors.add(new Problem.Error(path + "/funding/sharedWith",
                    "names no measure in force above this one (" + sharedWith + ")"));
        }
        Set<String> executors = new HashSet<>();
        for (int e = 0; e < measure.executors().size(); e++) {
            String agency = measure.executors().get(e).agency();
            String executorPath = path + "/executors/" + e + "/agency";
            if (!knownAgency.test(agency)) {
                errors.add(unknownAgency(executorPath, agency));
            } else if (!executors.add(agency)) {
                errors.add(new Problem.Error(executorPath, "agency " + agency + " is named twice"));
            }
        }
    }

    private void checkDeadline(PlanEntry plan, PlanDocument.DeadlineEntry deadline, String path,
            List<Problem.Error> errors) {
        if (deadline.date() != null) {
            if (deadline.date().isBefore(plan.startsOn()) || deadline.date().isAfter(plan.endsOn())) {
                errors.add(new Problem.Error(path + "/date", "deadline " + deadline.date()
                        + " lies outside the plan (" + plan.startsOn() + " to " + plan.endsOn() + ")"));
            }
            return;
        }
        PlanDocument.Years years = deadline.years();
        if (years.from() > years.to()) {
            errors.add(new Problem.Error(path + "/years", "from must not be after to"));
        } else if (years.from() < plan.startsOn().getYear() || LocalDate.of(years.to(), 12, 31).isAfter(plan.endsOn())) {
            errors.add(new Problem.Error(path + "/years", "deadline " + years.from() + "–" + years.to()
                    + " lies outside the plan (" + plan.startsOn() + " to " + plan.endsOn() + ")"));
        }
    }

    private static Problem.Error unknownAgency(String path, String code) {
        return new Problem.Error(path, "unknown agency " + code);
    }

    private static String pointer(String location) {
        return location.isEmpty() ? "/" : location;
    }
}
