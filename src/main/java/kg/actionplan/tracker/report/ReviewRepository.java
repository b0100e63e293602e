package kg.actionplan.tracker.report;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * Every review of every report: inserted with the decision, never changed.
 */
@ApplicationScoped
public class ReviewRepository implements PanacheRepository<ReportReview> {

    public List<ReportReview> listByReport(Report report) {
        return list("report = ?1 order by revision", report);
    }
}
