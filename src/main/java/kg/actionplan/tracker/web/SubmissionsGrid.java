package kg.actionplan.tracker.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import kg.actionplan.tracker.agency.AgencyView;
import kg.actionplan.tracker.plan.PlanViews.PeriodView;
import kg.actionplan.tracker.report.ReportStatus;
import kg.actionplan.tracker.report.ReportViews.SubmissionView;

/**
 * The committee's grid of submissions on a plan: the agencies down, the half-years across, in each cell where the
 * agency's report on the half-year stands; and above it, how many of each half-year's expected reports came on time.
 */
public record SubmissionsGrid(List<Column> columns, List<Row> rows, BarChart onTime) {

    /** A half-year: how many agencies are expected to report on it, and how many of them did so on time. */
    public record Column(PeriodView period, int expected, int onTime) {
    }

    /** An agency's row; {@code known} is null for a code the agency register does not hold. */
    public record Row(String agency, AgencyView known, List<Cell> cells) {
    }

    /** An agency's standing on a half-year; {@code submission} is null when no report is expected of it. */
    public record Cell(String period, SubmissionView submission) {

        public boolean expected() {
            return submission != null;
        }

        public boolean missing() {
            return expected() && SubmissionView.MISSING.equals(submission.status());
        }

        /** The report's status, null when there is no report. */
        public ReportStatus reportStatus() {
            return expected() && !missing() ? ReportStatus.valueOf(submission.status()) : null;
        }

        public boolean submitted() {
            return expected() && submission.submittedAt() != null;
        }

        /** Submitted, or received on paper, by the agencies' deadline. */
        public boolean onTime() {
            return submitted() && Boolean.FALSE.equals(submission.late());
        }

        /** Missing after the deadline: the committee may record it from paper. */
        public boolean overdue() {
            return missing() && Boolean.TRUE.equals(submission.late());
        }
    }

    /**
     * The grid of {@code periods} (in the order given) from each one's submissions; {@code describe} words a bar of
     * the chart from its on-time and expected counts.
     */
    static SubmissionsGrid of(List<PeriodView> periods, Map<String, List<SubmissionView>> submissions,
            Map<String, AgencyView> agencies, OnTimeWording describe) {
        SortedSet<String> codes = new TreeSet<>();
        submissions.values().forEach(list -> list.forEach(s -> codes.add(s.agency())));
        List<Column> columns = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        for (PeriodView period : periods) {
            List<SubmissionView> expected = submissions.getOrDefault(period.id(), List.of());
            int onTime = (int) expected.stream().map(s -> new Cell(period.id(), s)).filter(Cell::onTime).count();
            columns.add(new Column(period, expected.size(), onTime));
            bars.add(new BarChart.Bar(period.id(), onTime, expected.size(),
                    describe.of(onTime, expected.size())));
        }
        List<Row> rows = codes.stream().map(code -> new Row(code, agencies.get(code), periods.stream()
                .map(period -> new Cell(period.id(), submissions.getOrDefault(period.id(), List.of()).stream()
                        .filter(s -> s.agency().equals(code)).findFirst().orElse(null)))
                .toList())).toList();
        return new SubmissionsGrid(List.copyOf(columns), rows, BarChart.of(bars));
    }

    /** How a bar of the on-time chart is put in words, in the reader's language. */
    @FunctionalInterface
    interface OnTimeWording {
        String of(int onTime, int expected);
    }
}
