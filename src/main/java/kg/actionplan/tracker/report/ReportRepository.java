package kg.actionplan.tracker.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;

import kg.actionplan.tracker.common.PageRequest;
import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.plan.HalfYear;
import kg.actionplan.tracker.plan.Plan;

/**
 * Stored reports.
 */
@ApplicationScoped
public class ReportRepository implements PanacheRepository<Report> {

    /**
     * Filters of the report list; an absent one does not filter.
     */
    public record Filter(Optional<Plan> plan, Optional<HalfYear> period, Optional<Agency> agency,
            Optional<ReportStatus> status) {
    }

    public Optional<Report> findByPlanAndPeriodAndAgency(Plan plan, HalfYear period, Agency agency) {
        return find("plan = ?1 and period = ?2 and agency = ?3", plan, period.id(), agency).firstResultOptional();
    }

    /**
     * The report, locked until the transaction ends, so that edits, submissions and reviews of one report happen one
     * after the other.
     */
    public Optional<Report> findByIdForUpdate(long id) {
        return Optional.ofNullable(getEntityManager().find(Report.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * The report's entry on the measure, with the measure and the evidence, in one statement: a report has as many
     * entries as its agency has measures (about 66 at national scale), and an entry's read or write needs only one.
     */
    public Optional<ReportEntry> findEntry(Report report, String measureCode) {
        return getEntityManager().createQuery("select e from ReportEntry e join fetch e.measure m "
                        + "left join fetch e.evidence where e.report = :report and m.code = :code", ReportEntry.class)
                .setParameter("report", report)
                .setParameter("code", measureCode)
                .getResultList().stream().findFirst();
    }

    /**
     * Loads every entry of the report with its measure, then their evidence: two statements, instead of the entries,
     * then their measures and their evidence in batches of 16 each. (Fetched in one, the evidence rows would repeat
     * the entries in the report's list.)
     */
    public void loadEntries(Report report) {
        getEntityManager().createQuery("select r from Report r left join fetch r.entries e left join fetch e.measure "
                        + "where r = :report", Report.class)
                .setParameter("report", report)
                .getResultList();
        getEntityManager().createQuery("select e from ReportEntry e left join fetch e.evidence where e.report = :report",
                        ReportEntry.class)
                .setParameter("report", report)
                .getResultList();
    }

    /**
     * The reports on one half-year of a plan, each with its agency in the same statement: fetched in batches, the
     * agencies would cost more statements the more agencies report.
     */
    public List<Report> listByPlanAndPeriod(Plan plan, HalfYear period) {
        return list("from Report r join fetch r.agency where r.plan = ?1 and r.period = ?2", plan, period.id());
    }

    /**
     * An agency's report on a half-year that is past its draft.
     */
    public record Submitted(String period, String agencyCode) {
    }

    /**
     * Every report of the plan that has been submitted, whatever became of it since, on any half-year: one query for
     * an alert scan however many half-years it looks at.
     */
    public List<Submitted> listSubmitted(Plan plan) {
        return getEntityManager().createQuery("select new " + Submitted.class.getName() + "(r.period, r.agency.code)"
                        + " from Report r where r.plan = :plan and r.status <> :draft", Submitted.class)
                .setParameter("plan", plan).setParameter("draft", ReportStatus.DRAFT).getResultList();
    }

    /**
     * The page's reports, newest half-year first, then by agency, and one more if it exists.
     */
    public List<Report> listMatching(Filter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        filter.plan().ifPresent(plan -> {
            conditions.add("plan = :plan");
            parameters.and("plan", plan);
        });
        filter.period().ifPresent(period -> {
            conditions.add("period = :period");
            parameters.and("period", period.id());
        });
        filter.agency().ifPresent(agency -> {
            conditions.add("agency = :agency");
            parameters.and("agency", agency);
        });
        filter.status().ifPresent(status -> {
            conditions.add("status = :status");
            parameters.and("status", status);
        });
        page.after().ifPresent(after -> {
            conditions.add("(period < :afterPeriod or (period = :afterPeriod and (agency.code > :afterAgency"
                    + " or (agency.code = :afterAgency and id > :afterId))))");
            parameters.and("afterPeriod", after.text(0)).and("afterAgency", after.text(1)).and("afterId", after.number(2));
        });
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(where + " order by period desc, agency.code, id", parameters)
                .page(Page.ofSize(page.rowsToRead())).list();
    }
}
