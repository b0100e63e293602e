package kg.actionplan.tracker.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.plan.HalfYear;
import kg.actionplan.tracker.plan.Measure;
import kg.actionplan.tracker.plan.Plan;

/**
 * Submitted revisions, and what the standing ones (the latest revision of a submitted or accepted report) say.
 */
@ApplicationScoped
public class RevisionRepository implements PanacheRepository<ReportRevision> {

    /** The latest revision of a report that is submitted or accepted: what the agency's report says now. */
    private static final String STANDING_REPORTS = "r.plan = :plan and r.status in ("
            + "kg.actionplan.tracker.report.ReportStatus.SUBMITTED, kg.actionplan.tracker.report.ReportStatus.ACCEPTED) "
            + "and rev.number = r.revision ";

    private static final String STANDING_COMPLETED = "from RevisionEntry e join e.revision rev join rev.report r where "
            + STANDING_REPORTS + "and e.progress.status = kg.actionplan.tracker.report.EntryStatus.COMPLETED ";

    /**
     * A measure that a standing report called COMPLETED, by which agency, for which period and, if the entry says,
     * completed on which day.
     */
    public record Completion(String measureCode, Agency agency, String period, LocalDate completedOn) {
    }

    /**
     * An entry of a standing report, without its texts: which agency reported on which measure for which half-year.
     */
    public record StandingEntry(long id, long agencyId, long measureId, String period) {
    }

    /**
     * Every entry of the standing reports for half-years up to {@code period}, the latest half-year first, as
     * {@link StandingEntry}: a plan's history of a few hundred thousand entries fits in memory this way, where the
     * entries themselves, with their narratives, would not.
     */
    public List<StandingEntry> standingUpTo(Plan plan, HalfYear period) {
        return getEntityManager().createQuery("select new " + StandingEntry.class.getName()
                        + "(e.id, r.agency.id, e.measure.id, r.period) from RevisionEntry e join e.revision rev "
                        + "join rev.report r where " + STANDING_REPORTS + "and r.period <= :period "
                        + "order by r.period desc", StandingEntry.class)
                .setParameter("plan", plan)
                .setParameter("period", period.id())
                .getResultList();
    }

    /**
     * The entries, with their revision, report, agency and evidence, the latest half-year first.
     */
    public List<RevisionEntry> listWithEvidence(Collection<Long> ids) {
        return getEntityManager().createQuery("select e from RevisionEntry e join fetch e.revision rev "
                        + "join fetch rev.report r join fetch r.agency left join fetch e.evidence where e.id in :ids "
                        + "order by r.period desc", RevisionEntry.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /**
     * What the standing reports of every half-year say of {@code measure}, with their reports and agencies, in
     * half-year order.
     */
    public List<RevisionEntry> listStandingOf(Plan plan, Measure measure) {
        return getEntityManager().createQuery("select e from RevisionEntry e join fetch e.revision rev "
                        + "join fetch rev.report r join fetch r.agency g where " + STANDING_REPORTS
                        + "and e.measure = :measure order by r.period, g.code", RevisionEntry.class)
                .setParameter("plan", plan)
                .setParameter("measure", measure)
                .getResultList();
    }

    public List<ReportRevision> listByReport(Report report) {
        return list("report = ?1 order by number", report);
    }

    public List<Completion> completionsUpTo(Plan plan, HalfYear period) {
        return getEntityManager().createQuery("select new " + Completion.class.getName()
                        + "(e.measure.code, r.agency, r.period, e.progress.completedOn) " + STANDING_COMPLETED + "and r.period <= :period", Completion.class)
                .setParameter("plan", plan)
                .setParameter("period", period.id())
                .getResultList();
    }

    /**
     * A measure that an agency's standing report on a half-year called COMPLETED.
     */
    public record CompletedMeasure(String agencyCode, long measureId, String period) {
    }

    /**
     * Every measure of the plan that a standing report on a half-year before {@code period} called COMPLETED, with
     * the agency that reported it and the report's half-year: one query for the duties of every agency in every
     * half-year up to {@code period}.
     */
    public List<CompletedMeasure> completedBefore(Plan plan, HalfYear period) {
        return getEntityManager().createQuery("select new " + CompletedMeasure.class.getName()
                        + "(r.agency.code, e.measure.id, r.period) " + STANDING_COMPLETED + "and r.period < :period",
                        CompletedMeasure.class)
                .setParameter("plan", plan)
                .setParameter("period", period.id())
                .getResultList();
    }
}
