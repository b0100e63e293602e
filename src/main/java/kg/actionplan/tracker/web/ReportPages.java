package kg.actionplan.tracker.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kg.actionplan.tracker.account.Caller;
import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.common.Cursor;
import kg.actionplan.tracker.common.ListPage;
import kg.actionplan.tracker.common.PageRequest;
import kg.actionplan.tracker.common.PreconditionFailedException;
import kg.actionplan.tracker.common.ProblemException;
import kg.actionplan.tracker.plan.FundingSource;
import kg.actionplan.tracker.plan.MeasureQuery;
import kg.actionplan.tracker.plan.PlanService;
import kg.actionplan.tracker.plan.PlanViews.MeasureView;
import kg.actionplan.tracker.plan.PlanViews.PeriodView;
import kg.actionplan.tracker.plan.PlanViews.PlanSummaryView;
import kg.actionplan.tracker.report.EntryStatus;
import kg.actionplan.tracker.report.ReportRequests;
import kg.actionplan.tracker.report.ReportRequests.EntryUpdate;
import kg.actionplan.tracker.report.ReportService;
import kg.actionplan.tracker.report.ReportStatus;
import kg.actionplan.tracker.report.ReportViews.EntryView;
import kg.actionplan.tracker.report.ReportViews.ReportView;
import kg.actionplan.tracker.report.ReportViews.RevisionView;

/**
 * The reports as pages: an agency's reporter opens its half-year's report, fills its entries in and submits it;
 * the committee reads, accepts or returns it with a comment. Everyone sees exactly the reports the API shows them,
 * through the same service: a reporter asking for another agency's report gets 404.
 */
@Path("/reports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OBSERVER_NAME, Role.REPORTER_NAME})
public class ReportPages {

    /** Reports shown per page of the list. */
    private static final int PAGE = 50;

    /** A plan with the half-years a report may be opened for. */
    public record Openable(PlanSummaryView plan, List<PeriodView> periods) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(List<ReportView> reports, String next, List<Openable> openable);

        static native TemplateInstance report(ReportView report, Map<String, MeasureView> measures,
                List<RevisionView> revisions, boolean editable, boolean reviewable);

        static native TemplateInstance entry(ReportView report, MeasureView measure, EntryForm form, String etag,
                List<FieldError> errors, String problem, EntryView theirs, List<EntryStatus> statuses,
                List<FundingSource.Type> fundingSources);
    }

    private final ReportService reports;
    private final PlanService plans;
    private final PageContext page;
    private final Validator validator;

    ReportPages(ReportService reports, PlanService plans, PageContext page, Validator validator) {
        this.reports = reports;
        this.plans = plans;
        this.page = page;
        this.validator = validator;
    }

    @GET
    public TemplateInstance list(@RestQuery String after) {
        Caller me = page.requireCaller();
        ListPage<ReportView> found = reports.listReports(null, null, null, null,
                PageRequest.of(Integer.toString(PAGE), after, PAGE));
        List<Openable> openable = me.is(Role.REPORTER)
                ? plans.listPlans().stream()
                        .map(plan -> new Openable(plan, plans.listBegunPeriods(plan.code()))).toList()
                : List.of();
        String next = found.next().map(Cursor::token).orElse("");
        return Templates.reports(found.items(), next, openable);
    }

    /** A reporter opens its agency's report on a half-year, and goes on to fill it in. */
    @POST
    @RolesAllowed(Role.REPORTER_NAME)
    public Response open(@RestForm String plan, @RestForm String period) {
        Caller me = page.requireCaller();
        ReportRequests.Create request = new ReportRequests.Create(plan, period, me.agency().orElseThrow(), null);
        Set<ConstraintViolation<ReportRequests.Create>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return seeReport(reports.createReport(request).id());
    }

    @GET
    @Path("{id}")
    public TemplateInstance report(@RestPath long id) {
        ReportView report = reports.findReport(id);
        Caller me = page.requireCaller();
        boolean editable = report.status().isEditable() && reports.mayWrite(me, report);
        boolean reviewable = report.status() == ReportStatus.SUBMITTED && me.is(Role.COORDINATOR);
        return Templates.report(report, measuresOf(report), reports.listRevisions(id), editable, reviewable);
    }

    @GET
    @Path("{id}/entries/{measureCode}")
    public TemplateInstance entry(@RestPath long id, @RestPath String measureCode) {
        ReportView report = reports.findReport(id);
        EntryView entry = reports.findEntry(id, measureCode);
        return entryPage(report, measureCode, EntryForm.of(entry), entry.etag(), List.of(), null, null);
    }

    /**
     * Saves an entry from its form. What breaks a rule shows the form again with the reasons; when someone else
     * saved the entry meanwhile, both versions are shown, the sender's still in the form, so that neither is lost.
     */
    @POST
    @Path("{id}/entries/{measureCode}")
    @RolesAllowed({Role.REPORTER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public Object saveEntry(@RestPath long id, @RestPath String measureCode, @RestForm String etag,
            @RestForm String status, @RestForm String progressPercent, @RestForm String completedOn,
            @RestForm String narrative, @RestForm String problems, @RestForm String nextSteps,
            @RestForm String spentAmount, @RestForm String fundingSource, @RestForm List<String> evidenceTitle,
            @RestForm List<String> evidenceActNumber, @RestForm List<String> evidenceActDate,
            @RestForm List<String> evidenceUrl) {
        ReportView report = reports.findReport(id);
        EntryForm form = EntryForm.sent(status, progressPercent, completedOn, narrative, problems, nextSteps,
                spentAmount, fundingSource, evidenceTitle, evidenceActNumber, evidenceActDate, evidenceUrl);
        List<FieldError> errors = new ArrayList<>();
        EntryUpdate update = form.toUpdate(errors);
        PageForms.addViolations(errors, validator.validate(update), EntryForm::field);
        if (!errors.isEmpty()) {
            return invalid(entryPage(report, measureCode, form.withBlankEvidenceRow(), etag, errors, null, null));
        }
        try {
            reports.updateEntry(id, measureCode, etag, update);
        } catch (PreconditionFailedException e) {
            EntryView theirs = reports.findEntry(id, measureCode);
            return Response.status(e.status()).entity(entryPage(report, measureCode, form.withBlankEvidenceRow(),
                    theirs.etag(), List.of(), e.getMessage(), theirs)).build();
        } catch (ProblemException e) {
            if (e.status() != 422) {
                throw e;
            }
            return invalid(entryPage(report, measureCode, form.withBlankEvidenceRow(), etag,
                    PageForms.errors(e, EntryForm::field), e.getMessage(), null));
        }
        return Response.seeOther(URI.create("/reports/" + id + "#entry-" + measureCode)).build();
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed({Role.REPORTER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    public Response submit(@RestPath long id) {
        reports.submitReport(id);
        return seeReport(id);
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed(Role.COORDINATOR_NAME)
    public Response accept(@RestPath long id) {
        reports.acceptReport(id);
        return seeReport(id);
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed(Role.COORDINATOR_NAME)
    public Response returnForRevision(@RestPath long id, @RestForm String comment) {
        reports.returnReport(id, new ReportRequests.Return(comment));
        return seeReport(id);
    }

    private TemplateInstance entryPage(ReportView report, String measureCode, EntryForm form, String etag,
            List<FieldError> errors, String problem, EntryView theirs) {
        MeasureView measure = plans.findMeasure(report.planCode(), measureCode, Optional.empty())
                .orElseThrow();
        return Templates.entry(report, measure, form, etag, errors, problem, theirs,
                List.of(EntryStatus.values()), List.of(FundingSource.Type.values()));
    }

    /** The measures of the report's entries, by code, for their texts. */
    private Map<String, MeasureView> measuresOf(ReportView report) {
        return plans.listMeasures(report.planCode(), MeasureQuery.of(null, null, null, null)).stream()
                .collect(Collectors.toMap(MeasureView::code, Function.identity()));
    }

    private static Response invalid(TemplateInstance form) {
        return Response.status(422).entity(form).build();
    }

    private static Response seeReport(long id) {
        return Response.seeOther(URI.create("/reports/" + id)).build();
    }
}
