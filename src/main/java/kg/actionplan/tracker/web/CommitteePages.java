package kg.actionplan.tracker.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import kg.actionplan.tracker.account.Caller;
import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.agency.AgencyService;
import kg.actionplan.tracker.agency.AgencyView;
import kg.actionplan.tracker.alert.AlertOutbox;
import kg.actionplan.tracker.alert.AlertRepository;
import kg.actionplan.tracker.alert.AlertView;
import kg.actionplan.tracker.common.ConflictException;
import kg.actionplan.tracker.common.ListPage;
import kg.actionplan.tracker.common.NotFoundException;
import kg.actionplan.tracker.common.PageRequest;
import kg.actionplan.tracker.common.ProblemException;
import kg.actionplan.tracker.consolidated.ConsolidatedReportResource.VersionView;
import kg.actionplan.tracker.consolidated.ConsolidatedReportService;
import kg.actionplan.tracker.consolidated.ReportFormat;
import kg.actionplan.tracker.plan.PlanService;
import kg.actionplan.tracker.plan.PlanViews.PeriodView;
import kg.actionplan.tracker.plan.PlanViews.PlanSummaryView;
import kg.actionplan.tracker.report.ReportRequests;
import kg.actionplan.tracker.report.ReportService;
import kg.actionplan.tracker.report.ReportViews.ReportView;
import kg.actionplan.tracker.report.ReportViews.SubmissionView;

/**
 * The coordinating committee's pages: the grid of who submitted what and when, with the on-time rate per half-year;
 * recording a report that an agency handed in on paper; the consolidated reports to download or build now; and the
 * log of alerts sent. Each is open to the same roles as its part of the API, through the same services.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class CommitteePages {

    /** Alerts shown per page of the log. */
    private static final int PAGE = 50;
    /** The files a consolidated report downloads as, in the order the page offers them. */
    private static final List<ReportFormat> DOWNLOADS = List.of(ReportFormat.XLSX, ReportFormat.PDF, ReportFormat.CSV);

    /** A half-year with the versions of its consolidated report, newest first. */
    public record PeriodVersions(PeriodView period, List<VersionView> versions) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance submissions(List<PlanSummaryView> plans, PlanSummaryView plan,
                SubmissionsGrid grid, boolean mayBackfill);

        static native TemplateInstance backfill(PlanSummaryView plan, BackfillForm form, List<PeriodView> periods,
                List<AgencyView> agencies, List<FieldError> errors, String problem, String existing);

        static native TemplateInstance consolidated(List<PlanSummaryView> plans, PlanSummaryView plan, String period,
                List<PeriodView> periods, List<PeriodVersions> shown, List<ReportFormat> formats, boolean mayBuild);

        static native TemplateInstance alerts(List<AlertView> alerts, String next);
    }

    private final PlanService plans;
    private final ReportService reports;
    private final AgencyService agencies;
    private final ConsolidatedReportService consolidated;
    private final AlertOutbox outbox;
    private final PageContext page;
    private final Validator validator;

    CommitteePages(PlanService plans, ReportService reports, AgencyService agencies,
            ConsolidatedReportService consolidated, AlertOutbox outbox, PageContext page, Validator validator) {
        this.plans = plans;
        this.reports = reports;
        this.agencies = agencies;
        this.consolidated = consolidated;
        this.outbox = outbox;
        this.page = page;
        this.validator = validator;
    }

    @GET
    @Path("submissions")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OBSERVER_NAME})
    public TemplateInstance submissions(@RestQuery String plan) {
        Caller me = page.requireCaller();
        Optional<PlanSummaryView> chosen = choosePlan(plan);
        SubmissionsGrid grid = chosen.map(p -> grid(p.code())).orElse(null);
        return Templates.submissions(plans.listPlans(), chosen.orElse(null), grid, mayWrite(me));
    }

    @GET
    @Path("submissions/backfill")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public TemplateInstance backfillForm(@RestQuery String plan, @RestQuery String period, @RestQuery String agency) {
        page.requireCaller();
        PlanSummaryView chosen = choosePlan(plan).orElseThrow(() -> new NotFoundException("There is no plan yet."));
        return backfillPage(chosen, BackfillForm.blank(chosen.code(), period, agency), List.of(), null, null);
    }

    /**
     * Records a report received on paper and goes on to fill it in. What breaks a rule shows the form again with the
     * reasons, and records nothing.
     */
    @POST
    @Path("submissions/backfill")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public Response backfill(@RestForm String plan, @RestForm String period, @RestForm String agency,
            @RestForm String receivedOn, @RestForm String letterNumber, @RestForm String letterDate) {
        PlanSummaryView chosen = requirePlan(plan);
        BackfillForm form = new BackfillForm(plan, period, agency, receivedOn, letterNumber, letterDate);
        List<FieldError> errors = new ArrayList<>();
        ReportRequests.Create request = form.toRequest(errors);
        PageForms.addViolations(errors, validator.validate(request), BackfillForm::field);
        if (!errors.isEmpty()) {
            return refused(422, backfillPage(chosen, form, errors, null, null));
        }
        try {
            ReportView created = reports.createReport(request);
            return Response.seeOther(URI.create("/reports/" + created.id())).build();
        } catch (ConflictException e) {
            String existing = e.existing() == null ? null : e.existing().replaceFirst("^/api/v1", "");
            return refused(e.status(), backfillPage(chosen, form, List.of(), e.getMessage(), existing));
        } catch (ProblemException e) {
            if (e.status() != 400 && e.status() != 422) {
                throw e;
            }
            return refused(e.status(), backfillPage(chosen, form, PageForms.errors(e, BackfillForm::field),
                    e.getMessage(), null));
        }
    }

    @GET
    @Path("consolidated")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.OBSERVER_NAME, Role.ADMIN_NAME})
    public TemplateInstance consolidated(@RestQuery String plan, @RestQuery String period) {
        Caller me = page.requireCaller();
        Optional<PlanSummaryView> chosen = choosePlan(plan);
        List<PeriodView> begun = chosen.map(p -> plans.listBegunPeriods(p.code())).orElse(List.of());
        List<PeriodView> periods = blank(period) ? begun
                : begun.stream().filter(p -> p.id().equals(period)).toList();
        if (periods.isEmpty() && !blank(period)) {
            throw new NotFoundException("The plan has no begun half-year " + period + ".");
        }
        List<PeriodVersions> shown = periods.stream().map(p -> new PeriodVersions(p,
                consolidated.versions(chosen.orElseThrow().code(), p.id()).stream().map(VersionView::from)
                        .sorted(Comparator.comparingInt(VersionView::number).reversed()).toList()))
                .toList();
        return Templates.consolidated(plans.listPlans(), chosen.orElse(null), blank(period) ? "" : period,
                begun, shown, DOWNLOADS, mayWrite(me));
    }

    /** Builds the consolidated report now, as the API's POST does, and shows it among the half-year's versions. */
    @POST
    @Path("consolidated")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public Response build(@RestForm String plan, @RestForm String period) {
        consolidated.buildOnDemand(plan, period, page.requireCaller().username());
        return Response.seeOther(URI.create("/consolidated?plan=" + encoded(plan) + "&period=" + encoded(period)))
                .build();
    }

    @GET
    @Path("alerts")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public TemplateInstance alerts(@RestQuery String after) {
        page.requireCaller();
        AlertRepository.Filter everything = new AlertRepository.Filter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        ListPage<AlertView> found = outbox.list(everything, PageRequest.of(Integer.toString(PAGE), after, PAGE));
        return Templates.alerts(found.items(), found.next().map(cursor -> cursor.token()).orElse(""));
    }

    /** The grid of the plan's begun half-years, oldest first, so that it reads as a timeline. */
    private SubmissionsGrid grid(String planCode) {
        List<PeriodView> periods = new ArrayList<>(plans.listBegunPeriods(planCode));
        periods.sort(Comparator.comparing(PeriodView::start));
        Map<String, List<SubmissionView>> submissions = new LinkedHashMap<>();
        periods.forEach(period -> submissions.put(period.id(), reports.listSubmissions(planCode, period.id())));
        CommitteeText words = MessageBundles.get(CommitteeText.class, Localized.Literal.of(page.language().code()));
        return SubmissionsGrid.of(periods, submissions, agenciesByCode(), words::onTimeOf);
    }

    private TemplateInstance backfillPage(PlanSummaryView plan, BackfillForm form, List<FieldError> errors,
            String problem, String existing) {
        return Templates.backfill(plan, form, plans.listBegunPeriods(plan.code()),
                agencies.listAgencies(), errors, problem, existing);
    }

    private Map<String, AgencyView> agenciesByCode() {
        return agencies.listAgencies().stream().collect(Collectors.toMap(AgencyView::code, Function.identity()));
    }

    /** The plan asked for; without one, the first plan, if there is any. */
    private Optional<PlanSummaryView> choosePlan(String code) {
        return blank(code) ? plans.listPlans().stream().findFirst() : Optional.of(requirePlan(code));
    }

    private PlanSummaryView requirePlan(String code) {
        return plans.listPlans().stream().filter(plan -> plan.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no plan " + code + "."));
    }

    /** The committee's coordinators and administrators write; the Government Apparatus (OBSERVER) reads. */
    private static boolean mayWrite(Caller me) {
        return me.is(Role.COORDINATOR) || me.is(Role.ADMIN);
    }


    private static Response refused(int status, TemplateInstance form) {
        return Response.status(status).entity(form).build();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
