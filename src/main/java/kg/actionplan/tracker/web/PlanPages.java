package kg.actionplan.tracker.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kg.actionplan.tracker.common.Enums;
import kg.actionplan.tracker.common.NotFoundException;
import kg.actionplan.tracker.plan.MeasureQuery;
import kg.actionplan.tracker.plan.PlanService;
import kg.actionplan.tracker.plan.PlanViews.ExecutorView;
import kg.actionplan.tracker.plan.PlanViews.MeasureView;
import kg.actionplan.tracker.plan.PlanViews.PlanSummaryView;
import kg.actionplan.tracker.plan.PlanViews.PlanView;
import kg.actionplan.tracker.plan.PlanViews.TaskView;
import kg.actionplan.tracker.report.ReportService;
import kg.actionplan.tracker.report.MeasureHistoryView;

/**
 * The plans as everyone may read them, as the API does: tasks and measures with their deadlines, executors and
 * status, filtered by agency, task and status, with the progress of each task drawn as bars. Signed in, a measure's
 * page also shows what the reports said of it, half-year by half-year, as far as the reader may see them.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PlanPages {

    /** A measure's state on the plan page, worded by {web:measureStatus}. */
    public enum MeasureState {
        IN_PROGRESS, OVERDUE, COMPLETED, REPEALED;

        static MeasureState of(MeasureView measure) {
            if ("REPEALED".equals(measure.status())) {
                return REPEALED;
            }
            return measure.completed() ? COMPLETED : measure.overdue() ? OVERDUE : IN_PROGRESS;
        }
    }

    /** The filters as chosen, blank for "all". */
    public record Filters(String agency, String task, String state) {
    }

    /** An agency to filter by: its code and its abbreviation as the plan's table writes it. */
    public record AgencyOption(String code, ExecutorView executor) {
    }

    /** A measure on the plan page with its state. */
    public record MeasureRow(MeasureView measure, MeasureState state) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plans(List<PlanSummaryView> plans);

        static native TemplateInstance plan(PlanView plan, List<MeasureRow> measures, Filters filters,
                List<AgencyOption> agencies, List<MeasureState> states, BarChart progress);

        static native TemplateInstance measure(PlanView plan, MeasureView measure, MeasureState state,
                List<MeasureHistoryView> history);
    }

    private final PlanService plans;
    private final ReportService reports;
    private final PageContext page;

    PlanPages(PlanService plans, ReportService reports, PageContext page) {
        this.plans = plans;
        this.reports = reports;
        this.page = page;
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/plans")).build();
    }

    @GET
    @Path("plans")
    public TemplateInstance planList() {
        return Templates.plans(plans.listPlans());
    }

    @GET
    @Path("plans/{planCode}")
    public TemplateInstance plan(@RestPath String planCode, @RestQuery String agency, @RestQuery String task,
            @RestQuery String state) {
        PlanView plan = plans.findPlan(planCode)
                .orElseThrow(() -> new NotFoundException("There is no plan " + planCode + "."));
        List<MeasureView> all = plans.listMeasures(planCode, MeasureQuery.of(null, null, null, null));
        Optional<MeasureState> wanted = Optional.ofNullable(state).filter(s -> !s.isBlank())
                .flatMap(s -> Enums.named(MeasureState.class, s));
        List<MeasureView> chosen = blank(agency) && blank(task) ? all
                : plans.listMeasures(planCode, MeasureQuery.of(agency, task, null, null));
        List<MeasureRow> rows = chosen.stream().map(m -> new MeasureRow(m, MeasureState.of(m)))
                .filter(row -> wanted.isEmpty() || row.state() == wanted.get()).toList();
        Filters filters = new Filters(orBlank(agency), orBlank(task), wanted.map(Enum::name).orElse(""));
        return Templates.plan(plan, rows, filters, agencies(all), List.of(MeasureState.values()),
                progress(plan, all));
    }

    @GET
    @Path("plans/{planCode}/measures/{measureCode}")
    public TemplateInstance measure(@RestPath String planCode, @RestPath String measureCode) {
        PlanView plan = plans.findPlan(planCode)
                .orElseThrow(() -> new NotFoundException("There is no plan " + planCode + "."));
        MeasureView measure = plans.findMeasure(planCode, measureCode, Optional.empty())
                .orElseThrow(() -> new NotFoundException("Plan " + planCode + " has no measure " + measureCode + "."));
        List<MeasureHistoryView> history = page.isSignedIn() ? reports.measureHistory(planCode, measureCode)
                : List.of();
        return Templates.measure(plan, measure, MeasureState.of(measure), history);
    }

    /** Every executor named in the plan, once, in the order the table first names them. */
    private static List<AgencyOption> agencies(List<MeasureView> measures) {
        Map<String, AgencyOption> named = new LinkedHashMap<>();
        measures.forEach(m -> m.executors()
                .forEach(e -> named.putIfAbsent(e.agency(), new AgencyOption(e.agency(), e))));
        return List.copyOf(named.values());
    }

    /** Each task's measures in force, and how many of them are completed. */
    private static BarChart progress(PlanView plan, List<MeasureView> measures) {
        return BarChart.of(plan.tasks().stream().map(task -> bar(task, measures)).toList());
    }

    private static BarChart.Bar bar(TaskView task, List<MeasureView> measures) {
        List<MeasureView> inForce = measures.stream()
                .filter(m -> m.task().equals(task.code()) && !"REPEALED".equals(m.status())).toList();
        return new BarChart.Bar(task.code(), (int) inForce.stream().filter(MeasureView::completed).count(),
                inForce.size());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }
}
