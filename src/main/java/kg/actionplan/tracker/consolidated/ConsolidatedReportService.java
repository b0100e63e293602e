package kg.actionplan.tracker.consolidated;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import kg.actionplan.tracker.audit.AuditAction;
import kg.actionplan.tracker.audit.AuditLog;
import kg.actionplan.tracker.common.NotFoundException;
import kg.actionplan.tracker.plan.HalfYear;
import kg.actionplan.tracker.plan.PeriodParameter;
import kg.actionplan.tracker.plan.Plan;
import kg.actionplan.tracker.plan.PlanRepository;

/**
 * Builds consolidated reports and keeps them as versions. Scheduled builds carry a run key: whatever fires them how
 * often, one run yields one version, even when it says what the version before it said (the official version is
 * what is sent, and must exist as such). An on-demand build that says exactly what the latest version says yields
 * no new version: the latest one answers it.
 */
@ApplicationScoped
public class ConsolidatedReportService {

    private final PlanRepository plans;
    private final ConsolidatedReportRepository versions;
    private final ConsolidatedReportBuilder builder;
    private final SnapshotCodec codec;
    private final AuditLog audit;
    private final Event<OfficialReportBuilt> officialBuilt;
    private final Clock clock;

    ConsolidatedReportService(PlanRepository plans, ConsolidatedReportRepository versions,
            ConsolidatedReportBuilder builder, SnapshotCodec codec, AuditLog audit,
            Event<OfficialReportBuilt> officialBuilt, Clock clock) {
        this.plans = plans;
        this.versions = versions;
        this.builder = builder;
        this.codec = codec;
        this.audit = audit;
        this.officialBuilt = officialBuilt;
        this.clock = clock;
    }

    /**
     * What an on-demand build gave: the number of the version that holds its content, and whether the build created
     * that version or found it already there as the latest one.
     */
    public record OnDemandBuild(int number, boolean created) {
    }

    /**
     * Builds the report now, on request. When it would store what the latest version stores (their snapshots have the
     * same hash), that version is the answer, so that repeated requests do not pile up identical versions.
     */
    @Transactional
    public OnDemandBuild buildOnDemand(String planCode, String periodId, String requestedBy) {
        Plan plan = plans.getByCode(planCode);
        HalfYear period = PeriodParameter.of(plan, periodId);
        plans.getEntityManager().lock(plan, LockModeType.PESSIMISTIC_WRITE);
        ConsolidatedContent content = builder.build(plan, period);
        SnapshotCodec.Encoded encoded = codec.encode(content);
        Optional<ConsolidatedReport> same = versions.findLatest(plan, period)
                .filter(latest -> latest.contentHash().equals(encoded.hash()));
        if (same.isPresent()) {
            return new OnDemandBuild(same.get().number(), false);
        }
        return new OnDemandBuild(store(plan, period, ConsolidatedReport.Kind.ON_DEMAND, null, requestedBy, content,
                encoded).number(), true);
    }

    /**
     * Builds the scheduled version of {@code kind} unless this run has produced it already. An official version is
     * announced, so that its sending is queued in the same transaction.
     */
    @Transactional
    public Optional<ConsolidatedReport> buildScheduled(String planCode, HalfYear period, ConsolidatedReport.Kind kind) {
        Plan plan = plans.getByCode(planCode);
        plans.getEntityManager().lock(plan, LockModeType.PESSIMISTIC_WRITE);
        String runKey = kind + "/" + plan.code() + "/" + period.id();
        if (versions.findByRunKey(runKey).isPresent()) {
            return Optional.empty();
        }
        ConsolidatedContent content = builder.build(plan, period);
        ConsolidatedReport version = store(plan, period, kind, runKey, "system", content, codec.encode(content));
        if (kind == ConsolidatedReport.Kind.OFFICIAL) {
            officialBuilt.fire(new OfficialReportBuilt(version));
        }
        return Optional.of(version);
    }

    public ConsolidatedReport latest(String planCode, String periodId) {
        Plan plan = plans.getByCode(planCode);
        HalfYear period = PeriodParameter.of(plan, periodId);
        return versions.findLatest(plan, period).orElseThrow(() -> new NotFoundException(
                "No consolidated report on " + period + " of " + plan.code() + " has been built yet."));
    }

    public ConsolidatedReport version(String planCode, String periodId, int number) {
        Plan plan = plans.getByCode(planCode);
        HalfYear period = PeriodParameter.of(plan, periodId);
        return versions.findVersion(plan, period, number).orElseThrow(() -> new NotFoundException(
                "There is no version " + number + " of the consolidated report on " + period + " of " + plan.code() + "."));
    }

    public List<ConsolidatedReport> versions(String planCode, String periodId) {
        Plan plan = plans.getByCode(planCode);
        return versions.listVersions(plan, PeriodParameter.of(plan, periodId));
    }

    public ConsolidatedContent content(ConsolidatedReport report) {
        return codec.decode(report.snapshot());
    }

    /**
     * Keeps {@code content} as the next version. The caller holds the plan's lock, so that the number is not taken
     * meanwhile.
     */
    private ConsolidatedReport store(Plan plan, HalfYear period, ConsolidatedReport.Kind kind, String runKey,
            String by, ConsolidatedContent content, SnapshotCodec.Encoded encoded) {
        ConsolidatedReport report = new ConsolidatedReport(plan, period, versions.nextNumber(plan, period), kind, runKey,
                content.asOf(), clock.instant(), by, encoded.hash(), encoded.snapshot());
        versions.persist(report);
        audit.record(AuditAction.CONSOLIDATED_REPORT_BUILT, "CONSOLIDATED_REPORT",
                plan.code() + "/" + period.id() + "/" + report.number(),
                kind + " version " + report.number() + ", content " + encoded.hash());
        return report;
    }
}
