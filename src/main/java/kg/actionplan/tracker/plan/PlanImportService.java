package kg.actionplan.tracker.plan;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.agency.AgencyRepository;
import kg.actionplan.tracker.audit.AuditAction;
import kg.actionplan.tracker.audit.AuditLog;
import kg.actionplan.tracker.common.ConflictException;
import kg.actionplan.tracker.common.InvalidInputException;
import kg.actionplan.tracker.common.Problem;
import kg.actionplan.tracker.plan.PlanDocument.AgencyEntry;
import kg.actionplan.tracker.plan.PlanDocument.MeasureEntry;
import kg.actionplan.tracker.plan.PlanDocument.PlanEntry;
import kg.actionplan.tracker.plan.PlanDocument.TaskEntry;

/**
 * Brings plan documents into the service: checks them whole, then stores the plan and the agencies the service
 * does not know yet. Agencies it already knows are kept as they are, so nothing edited in the service is lost.
 */
@ApplicationScoped
public class PlanImportService {

    /**
     * What loading a document did.
     */
    public enum Outcome {
        CREATED, ALREADY_PRESENT
    }

    /** Rows of one kind sent to the database in one statement when a plan is stored. */
    private static final int INSERT_BATCH = 100;

    private final PlanRepository plans;
    private final AgencyRepository agencies;
    private final PlanDocumentValidator validator;
    private final ObjectMapper mapper;
    private final AuditLog audit;
    private final Clock clock;

    PlanImportService(PlanRepository plans, AgencyRepository agencies, PlanDocumentValidator validator,
            ObjectMapper mapper, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.agencies = agencies;
        this.validator = validator;
        this.mapper = mapper;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Imports a new plan; a plan with the same code must not exist yet.
     */
    @Transactional
    public Plan importPlan(JsonNode json) {
        PlanDocument document = checked(json);
        if (plans.findByCode(document.plan().code()).isPresent()) {
            throw new ConflictException("A plan with code " + document.plan().code() + " already exists.");
        }
        return storePlan(document, storeMissingAgencies(document));
    }

    /**
     * Stores the document's plan unless a plan with its code is already there, and the agencies not yet known.
     */
    @Transactional
    public Outcome importIfAbsent(JsonNode json) {
        PlanDocument document = checked(json);
        Map<String, Agency> known = storeMissingAgencies(document);
        if (plans.findByCode(document.plan().code()).isPresent()) {
            return Outcome.ALREADY_PRESENT;
        }
        storePlan(document, known);
        return Outcome.CREATED;
    }

    private PlanDocument checked(JsonNode json) {
        if (json == null || json.isMissingNode() || json.isNull()) {
            throw invalid(List.of(new Problem.Error("/", "a plan document is required")));
        }
        List<Problem.Error> shape = validator.checkShape(json);
        if (!shape.isEmpty()) {
            throw invalid(shape);
        }
        PlanDocument document;
        try {
            document = mapper.treeToValue(json, PlanDocument.class);
        } catch (JsonProcessingException e) {
            throw invalid(List.of(new Problem.Error("/", "cannot be read as a plan document")));
        }
        List<Problem.Error> rules = validator.checkRules(document, code -> agencies.findByCode(code).isPresent());
        if (!rules.isEmpty()) {
            throw invalid(rules);
        }
        return document;
    }

    private static InvalidInputException invalid(List<Problem.Error> errors) {
        return new InvalidInputException("The plan document has " + errors.size()
                + " error(s); nothing was imported.", errors);
    }

    private Map<String, Agency> storeMissingAgencies(PlanDocument document) {
        Map<String, Agency> byCode = new HashMap<>();
        List<AgencyEntry> created = new ArrayList<>();
        for (AgencyEntry entry : document.agencies()) {
            Optional<Agency> existing = agencies.findByCode(entry.code());
            Agency agency = existing.orElseGet(() -> new Agency(entry.code(), entry.name(), entry.abbreviation(),
                    entry.contactEmails(), entry.establishedOn(), entry.establishedBy(), entry.editorialNote()));
            if (existing.isEmpty()) {
                agencies.persist(agency);
                created.add(entry);
            }
            byCode.put(entry.code(), agency);
        }
        for (AgencyEntry entry : created) {
            if (entry.successor() != null) {
                PlanDocument.Succession succession = entry.successor();
                byCode.get(entry.code()).succeededBy(agency(byCode, succession.agency()), succession.from(),
                        succession.act());
            }
        }
        return byCode;
    }

    private Agency agency(Map<String, Agency> byCode, String code) {
        return byCode.computeIfAbsent(code, c -> agencies.findByCode(c).orElseThrow());
    }

    private Plan storePlan(PlanDocument document, Map<String, Agency> byCode) {
        // A plan may have thousands of measures: their executors and funding sources go to the database in batches,
        // for this transaction only. Plans, tasks and measures are still inserted one by one, since Hibernate needs
        // each identity key at once.
        plans.getSession().setJdbcBatchSize(INSERT_BATCH);
        PlanEntry entry = document.plan();
        PlanDocument.Reporting reporting = entry.reporting();
        Plan plan = new Plan(entry.code(), entry.title(), entry.startsOn(), entry.endsOn(), entry.publishedOn(),
                entry.publication(), entry.inForceFrom(),
                new ReportingRules(reporting.frequency(), reporting.agencyReportDueDay(),
                        reporting.consolidatedReportDueDay(), ZoneId.of(reporting.timeZone()),
                        agency(byCode, reporting.coordinator()),
                        HalfYear.parse(reporting.firstPeriod()).orElseThrow(),
                        HalfYear.parse(reporting.lastPeriod()).orElseThrow()),
                clock.instant());
        entry.legalBasis().forEach(act -> plan.addAct(LegalAct.Role.BASIS, act.number(), act.date(), act.title(), act.url()));
        List<LegalAct> amendments = entry.amendments().stream()
                .map(act -> plan.addAct(LegalAct.Role.AMENDMENT, act.number(), act.date(), act.title(), act.url()))
                .toList();
        for (TaskEntry taskEntry : entry.tasks()) {
            PlanTask task = plan.addTask(taskEntry.code(), taskEntry.section(), taskEntry.title());
            for (MeasureEntry measure : taskEntry.measures()) {
                task.add(measure.repeal() != null
                        ? repealed(task, measure, amendments)
                        : inForce(task, measure, byCode));
            }
        }
        plans.persist(plan);
        audit.record(AuditAction.PLAN_IMPORTED, "PLAN", plan.code(), "plan " + plan.code() + " with "
                + plan.tasks().size() + " tasks and " + plan.measures().size() + " measures; agencies named: "
                + String.join(", ", byCode.keySet().stream().sorted().toList()));
        return plan;
    }

    private static Measure repealed(PlanTask task, MeasureEntry entry, List<LegalAct> amendments) {
        LegalAct act = amendments.stream()
                .filter(a -> a.number().equals(entry.repeal().actNumber()) && a.adoptedOn().equals(entry.repeal().actDate()))
                .findFirst().orElseThrow();
        return Measure.repealed(task, entry.code(), task.measures().size(), act, entry.repeal().note(),
                entry.editorialNote());
    }

    private Measure inForce(PlanTask task, MeasureEntry entry, Map<String, Agency> byCode) {
        PlanDocument.DeadlineEntry deadline = entry.deadline();
        return Measure.inForce(task, entry.code(), task.measures().size(), entry.text(), entry.expectedResult(),
                deadline.date() != null
                        ? Deadline.on(deadline.date(), deadline.wording())
                        : Deadline.years(deadline.years().from(), deadline.years().to(), deadline.wording()),
                entry.funding().wording(),
                entry.funding().sources().stream()
                        .map(s -> new FundingSource(s.type(), s.programme(), s.amount(), s.currency()))
                        .toList(),
                entry.funding().sharedWith(),
                entry.executors().stream()
                        .map(e -> new Executor(agency(byCode, e.agency()), e.byAgreement()))
                        .toList(),
                entry.ministriesAndAgencies(), entry.editorialNote());
    }
}
