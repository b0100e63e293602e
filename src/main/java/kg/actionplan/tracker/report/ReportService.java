package kg.actionplan.tracker.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import kg.actionplan.tracker.account.Caller;
import kg.actionplan.tracker.account.CurrentCaller;
import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.agency.AgencyRepository;
import kg.actionplan.tracker.audit.AuditAction;
import kg.actionplan.tracker.audit.AuditLog;
import kg.actionplan.tracker.common.Cursor;
import kg.actionplan.tracker.common.ListPage;
import kg.actionplan.tracker.common.PageRequest;
import kg.actionplan.tracker.common.ConflictException;
import kg.actionplan.tracker.common.EnumParameter;
import kg.actionplan.tracker.common.InvalidInputException;
import kg.actionplan.tracker.common.InvalidParameterException;
import kg.actionplan.tracker.common.NotFoundException;
import kg.actionplan.tracker.common.NotPermittedException;
import kg.actionplan.tracker.common.PreconditionFailedException;
import kg.actionplan.tracker.common.Problem;
import kg.actionplan.tracker.plan.FundingSource;
import kg.actionplan.tracker.plan.HalfYear;
import kg.actionplan.tracker.plan.Measure;
import kg.actionplan.tracker.plan.MeasureRepository;
import kg.actionplan.tracker.plan.PeriodParameter;
import kg.actionplan.tracker.plan.Plan;
import kg.actionplan.tracker.plan.PlanRepository;
import kg.actionplan.tracker.plan.ReportingRules;
import kg.actionplan.tracker.report.ReportRequests.EntryUpdate;
import kg.actionplan.tracker.report.ReportViews.EntryView;
import kg.actionplan.tracker.report.ReportViews.ReportView;
import kg.actionplan.tracker.report.ReportViews.RevisionView;
import kg.actionplan.tracker.report.ReportViews.SubmissionView;

/**
 * The half-year reporting workflow: agencies draft and submit their reports, the committee accepts them or returns
 * them with a comment. Every submission freezes a revision. A reporter only ever sees its own agency's reports. For a
 * half-year whose deadline has passed, the committee also records reports that agencies handed in on paper
 * (back-filled): it opens, fills and submits them itself, and they count as submitted on the day they were received.
 */
@ApplicationScoped
public class ReportService {

    private final ReportRepository reports;
    private final RevisionRepository revisions;
    private final ReviewRepository reviews;
    private final PlanRepository plans;
    private final MeasureRepository measures;
    private final AgencyRepository agencies;
    private final ReportingDuties duties;
    private final SubmissionGrid grid;
    private final CurrentCaller caller;
    private final EntityManager entityManager;
    private final AuditLog audit;
    private final Event<ReportReturned> returned;
    private final Clock clock;

    ReportService(ReportRepository reports, RevisionRepository revisions, ReviewRepository reviews,
            PlanRepository plans, MeasureRepository measures, AgencyRepository agencies, ReportingDuties duties,
            SubmissionGrid grid, CurrentCaller caller, EntityManager entityManager, AuditLog audit,
            Event<ReportReturned> returned, Clock clock) {
        this.reports = reports;
        this.revisions = revisions;
        this.reviews = reviews;
        this.plans = plans;
        this.measures = measures;
        this.agencies = agencies;
        this.duties = duties;
        this.grid = grid;
        this.caller = caller;
        this.entityManager = entityManager;
        this.audit = audit;
        this.returned = returned;
        this.clock = clock;
    }

    @Transactional
    public ReportView createReport(ReportRequests.Create request) {
        Caller me = caller.get();
        Optional<Backfill> backfill = Optional.ofNullable(request.backfill()).map(ReportRequests.BackfillItem::toBackfill);
        requireMayOpen(me, backfill.isPresent());
        Plan plan = plans.findByCode(request.planCode()).orElseThrow(() ->
                new InvalidInputException("Unknown plan.", List.of(Problem.Error.inBody("unknown plan " + request.planCode(), "planCode"))));
        HalfYear period = PeriodParameter.of(plan, request.period());
        Agency agency = agencies.findByCode(request.agency()).orElseThrow(() ->
                new InvalidInputException("Unknown agency.", List.of(Problem.Error.inBody("unknown agency " + request.agency(), "agency"))));
        if (!me.canSeeAgency(agency.code())) {
            throw new NotPermittedException("A reporter opens reports of its own agency only, not of " + agency.code() + ".");
        }
        backfill.ifPresent(received -> checkBackfill(plan, period, received));
        entityManager.lock(agency, LockModeType.PESSIMISTIC_WRITE);
        Optional<Report> existing = reports.findByPlanAndPeriodAndAgency(plan, period, agency);
        if (existing.isPresent()) {
            throw new ConflictException("The report of " + agency.code() + " on " + period + " of " + plan.code()
                    + " already exists.", "/api/v1/reports/" + existing.get().id());
        }
        List<Measure> toReport = duties.measuresToReport(plan, period, agency);
        if (toReport.isEmpty()) {
            String why = duties.whyNothingToReport(plan, period, agency);
            throw new InvalidInputException("There is nothing to report: " + why + ".", List.of(Problem.Error.inBody(why, "agency")));
        }
        Report report = new Report(plan, period, agency, toReport, clock.instant(), me.username(), backfill);
        reports.persist(report);
        String summary = agency.code() + " on " + period + " of " + plan.code() + ", " + toReport.size() + " entries";
        if (backfill.isPresent()) {
            audit(AuditAction.REPORT_BACKFILLED, report, summary + ", " + backfill.get().describe());
        } else {
            audit(AuditAction.REPORT_CREATED, report, summary);
        }
        return ReportView.from(report);
    }

    /**
     * An agency's reporter opens the agency's own reports; the committee opens only those it back-fills from paper.
     */
    private static void requireMayOpen(Caller me, boolean backfill) {
        if (backfill && me.is(Role.REPORTER)) {
            throw new NotPermittedException("Only the committee (COORDINATOR or ADMIN) records a report received on "
                    + "paper (backfill); a reporter opens its agency's report without backfill and submits it here.");
        }
        if (!backfill && !me.is(Role.REPORTER)) {
            throw new NotPermittedException("An agency's reporter opens the agency's report; the committee "
                    + "(COORDINATOR or ADMIN) opens only reports received on paper, with backfill.");
        }
    }

    /**
     * A report is back-filled only once its half-year's deadline has passed (until then the agency submits it itself),
     * as received after the half-year ended and not after today, the day it is recorded, with a letter dated no later
     * than its receipt.
     */
    private void checkBackfill(Plan plan, HalfYear period, Backfill backfill) {
        ReportingRules rules = plan.reporting();
        Instant now = clock.instant();
        LocalDate today = rules.dayOf(now);
        List<Problem.Error> errors = new ArrayList<>();
        if (rules.agencyReportStillDue(period, now)) {
            errors.add(Problem.Error.inBody("reports on " + period + " are due by " + rules.agencyReportDue(period)
                    + " and the agency submits its own until then; only a half-year whose deadline has passed is "
                    + "back-filled", "backfill"));
        }
        if (backfill.receivedOn().isAfter(today)) {
            errors.add(Problem.Error.inBody("must not be after today, " + today + " in " + rules.timeZone(),
                    "backfill", "receivedOn"));
        }
        if (!backfill.receivedOn().isAfter(period.end())) {
            errors.add(Problem.Error.inBody("must be after the last day of " + period + ", " + period.end(),
                    "backfill", "receivedOn"));
        }
        if (backfill.letterDate().isAfter(backfill.receivedOn())) {
            errors.add(Problem.Error.inBody("must not be after receivedOn, " + backfill.receivedOn(),
                    "backfill", "letter", "date"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The report received on paper cannot be recorded as given.", errors);
        }
    }

    public ListPage<ReportView> listReports(String planCode, String period, String agencyCode, String status,
            PageRequest page) {
        Caller me = caller.get();
        Optional<Plan> plan = Optional.ofNullable(planCode).map(code -> plans.findByCode(code)
                .orElseThrow(() -> new InvalidParameterException("plan", "unknown plan " + code)));
        Optional<HalfYear> half = Optional.ofNullable(period).map(id -> HalfYear.parse(id)
                .orElseThrow(() -> new InvalidParameterException("period", "period must be written like 2020-H1, not '" + id + "'")));
        Optional<Agency> agency = Optional.ofNullable(agencyCode).map(code -> agencies.findByCode(code)
                .orElseThrow(() -> new InvalidParameterException("agency", "unknown agency " + code)));
        Optional<ReportStatus> state = Optional.ofNullable(status)
                .map(value -> EnumParameter.of(ReportStatus.class, "status", value));
        if (me.is(Role.REPORTER)) {
            if (agency.isPresent() && !me.canSeeAgency(agency.get().code())) {
                return ListPage.empty();
            }
            agency = me.agency().flatMap(agencies::findByCode);
        }
        return page.page(reports.listMatching(new ReportRepository.Filter(plan, half, agency, state), page),
                report -> Cursor.of(report.period().id(), report.agency().code(), report.id())).map(ReportView::from);
    }

    public ReportView findReport(long id) {
        return ReportView.from(visible(id));
    }

    public EntryView findEntry(long id, String measureCode) {
        Report report = visible(id);
        return EntryView.from(entry(report, measureCode));
    }

    /**
     * Replaces one entry of an editable report, if the caller has seen its latest version ({@code ifMatch}).
     */
    @Transactional
    public EntryView updateEntry(long id, String measureCode, String ifMatch, EntryUpdate update) {
        Caller me = caller.get();
        Report report = lockedVisible(id);
        requireAuthor(me, report);
        ReportEntry entry = entry(report, measureCode);
        if (!report.isEditable()) {
            throw new ConflictException("The report is " + report.status() + " and cannot be edited"
                    + (report.status() == ReportStatus.ACCEPTED ? "." : " until it is returned."));
        }
        if (ifMatch == null) {
            throw new PreconditionFailedException(428, "Send the entry's ETag in If-Match, so that no one's edit is lost.");
        }
        if (!IfMatch.parse(ifMatch).matches(entry.etag())) {
            throw new PreconditionFailedException(412, "The entry has changed since you read it (its ETag is now "
                    + entry.etag() + "). Read it again and reapply your change.");
        }
        String before = describe(entry.progress());
        entry.update(progress(report, update),
                update.evidence().stream().map(ReportRequests.EvidenceItem::toEvidence).toList(), clock.instant(),
                me.username());
        audit(AuditAction.ENTRY_UPDATED, report, measureCode + ": " + before + " → " + describe(entry.progress()));
        entityManager.flush();
        return EntryView.from(entry);
    }

    @Transactional
    public ReportView submitReport(long id) {
        Caller me = caller.get();
        Report report = lockedVisible(id);
        requireAuthor(me, report);
        // The alert scan holds the plan's row while it decides: a submission waits for it, or it for the submission,
        // so that no scan sees a submission half made.
        entityManager.lock(report.plan(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        ReportingRules rules = report.plan().reporting();
        Instant opens = rules.submissionOpens(report.period());
        if (report.isEditable() && now.isBefore(opens)) {
            throw new ConflictException("Submission of " + report.period() + " opens when the half-year has ended, on "
                    + rules.dayOf(opens) + " in " + rules.timeZone() + ".");
        }
        // The revision copies every entry and the response shows them: read them all at once.
        reports.loadEntries(report);
        ReportStatus before = report.status();
        report.submit(now, me.username()).ifPresent(revision -> {
            revisions.persist(revision);
            audit(AuditAction.REPORT_SUBMITTED, report, before + " → SUBMITTED as revision " + revision.number()
                    + (revision.late() ? ", " + revision.daysLate() + " day(s) late" : ", on time")
                    + report.backfill().map(backfill -> ", " + backfill.describe()).orElse(""));
        });
        return ReportView.from(report);
    }

    @Transactional
    public ReportView acceptReport(long id) {
        Report report = lockedVisible(id);
        if (report.status() != ReportStatus.ACCEPTED) {
            reviews.persist(report.accept(clock.instant(), caller.get().username()));
            audit(AuditAction.REPORT_ACCEPTED, report, "SUBMITTED → ACCEPTED, revision " + report.revision());
        }
        return ReportView.from(report);
    }

    @Transactional
    public ReportView returnReport(long id, ReportRequests.Return request) {
        Report report = lockedVisible(id);
        String comment = request == null ? null : request.comment();
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("A returned report needs a comment that says what to change.",
                    List.of(Problem.Error.inBody("must not be blank", "comment")));
        }
        reviews.persist(report.returnForRevision(comment.strip(), clock.instant(), caller.get().username()));
        audit(AuditAction.REPORT_RETURNED, report, "SUBMITTED → RETURNED, revision " + report.revision() + ": "
                + comment.strip());
        // A back-filled report goes back to the committee that entered it, not to the agency: no one there is told.
        if (!report.isBackfilled()) {
            returned.fire(new ReportReturned(report));
        }
        return ReportView.from(report);
    }

    /**
     * A measure's history across half-years: what each agency's standing report (submitted or accepted) says of it,
     * in half-year order, as far as the caller may see (a reporter its own agency's only).
     */
    public List<MeasureHistoryView> measureHistory(String planCode, String measureCode) {
        Caller me = caller.get();
        Plan plan = plans.getByCode(planCode);
        Measure measure = measures.findByPlanAndCode(plan, measureCode).orElseThrow(() ->
                new NotFoundException("Plan " + planCode + " has no measure " + measureCode + "."));
        return revisions.listStandingOf(plan, measure).stream()
                .filter(entry -> me.canSeeAgency(entry.revision().report().agency().code()))
                .map(MeasureHistoryView::from).toList();
    }

    /**
     * The submitted revisions, each with the committee's review of it if it has been reviewed.
     */
    public List<RevisionView> listRevisions(long id) {
        Report report = visible(id);
        Map<Integer, ReportReview> reviewOf = reviews.listByReport(report).stream()
                .collect(Collectors.toMap(ReportReview::revision, Function.identity()));
        return revisions.listByReport(report).stream()
                .map(revision -> RevisionView.from(revision, Optional.ofNullable(reviewOf.get(revision.number()))))
                .toList();
    }

    /**
     * For every agency expected to report on the half-year, where its report stands.
     */
    public List<SubmissionView> listSubmissions(String planCode, String periodId) {
        Plan plan = plans.getByCode(planCode);
        return grid.of(plan, PeriodParameter.of(plan, periodId));
    }

    /**
     * Whether {@code me} writes (edits and submits) {@code report}, as far as its author goes; whether the report is
     * still editable is its status's matter.
     */
    public boolean mayWrite(Caller me, ReportView report) {
        return mayWrite(me, report.agency(), report.backfill() != null);
    }

    /**
     * Each report has one author: the agency's reporters write and submit its own reports, the committee
     * (coordinators and administrators) those it back-filled from paper; the Government Apparatus only reads.
     */
    private static boolean mayWrite(Caller me, String agency, boolean backfilled) {
        return backfilled ? me.is(Role.COORDINATOR) || me.is(Role.ADMIN)
                : me.is(Role.REPORTER) && me.canSeeAgency(agency);
    }

    private static void requireAuthor(Caller me, Report report) {
        if (!mayWrite(me, report.agency().code(), report.isBackfilled())) {
            throw new NotPermittedException(report.isBackfilled()
                    ? "Report " + report.id() + " was entered by the committee from a report "
                            + report.backfill().orElseThrow().describe() + "; only the committee edits and submits it."
                    : "Report " + report.id() + " is " + report.agency().code() + "'s own: only its reporters edit "
                            + "and submit it; the committee writes only reports it back-filled from paper.");
        }
    }

    private void audit(AuditAction action, Report report, String summary) {
        audit.record(action, "REPORT", String.valueOf(report.id()), summary);
    }

    private static String describe(Progress progress) {
        return progress.status() + " " + progress.progressPercent() + "%"
                + (progress.completedOn() == null ? "" : " on " + progress.completedOn());
    }

    private Report visible(long id) {
        return reports.findByIdOptional(id).filter(this::callerMaySee).orElseThrow(() -> notFound(id));
    }

    private Report lockedVisible(long id) {
        return reports.findByIdForUpdate(id).filter(this::callerMaySee).orElseThrow(() -> notFound(id));
    }

    private boolean callerMaySee(Report report) {
        return caller.get().canSeeAgency(report.agency().code());
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("There is no report " + id + ".");
    }

    private ReportEntry entry(Report report, String measureCode) {
        Optional<ReportEntry> entry = reports.findEntry(report, measureCode);
        if (entry.isPresent()) {
            return entry.get();
        }
        if (measures.findByPlanAndCode(report.plan(), measureCode).isEmpty()) {
            throw new NotFoundException("Plan " + report.plan().code() + " has no measure " + measureCode + ".");
        }
        throw new InvalidInputException("Measure " + measureCode + " is not one that " + report.agency().code()
                + " reports on in this report.", List.of(new Problem.Error("measureCode",
                "not a measure of " + report.agency().code() + " in " + report.period())));
    }

    private Progress progress(Report report, EntryUpdate update) {
        EntryStatus status = EntryStatus.valueOf(update.status());
        int percent = update.progressPercent();
        if (status == EntryStatus.COMPLETED && percent != 100 || status == EntryStatus.NOT_STARTED && percent != 0) {
            throw new InvalidInputException("progressPercent does not agree with status.", List.of(Problem.Error.inBody(
                    status == EntryStatus.COMPLETED ? "must be 100 for a COMPLETED measure"
                            : "must be 0 for a measure NOT_STARTED", "progressPercent")));
        }
        LocalDate completedOn = completedOn(report, status, update.completedOn());
        for (int i = 0; i < update.evidence().size(); i++) {
            ReportRequests.EvidenceItem item = update.evidence().get(i);
            if (item.url() == null && (item.actNumber() == null || item.actDate() == null)) {
                throw new InvalidInputException("Evidence needs a legal act's number and date, or a URL.",
                        List.of(Problem.Error.inBody("needs actNumber and actDate, or url", "evidence", i)));
            }
        }
        ReportRequests.SpentItem spent = update.spent();
        Spending spending = spent == null ? null : new Spending(spent.amount().setScale(2), spent.currency(),
                spent.fundingSource() == null ? null : FundingSource.Type.valueOf(spent.fundingSource()));
        return new Progress(status, percent, completedOn, update.narrative(), update.problems(), update.nextSteps(),
                spending);
    }

    /**
     * The day the work was completed, where the entry may give it. Reporting from now on says when (required with
     * COMPLETED while the half-year's reports are still due); a half-year whose deadline has passed may be
     * back-filled without it, from records that may not have kept the day. An entry reports the state at the end of
     * its half-year, so the day is neither after that nor after today.
     */
    private LocalDate completedOn(Report report, EntryStatus status, LocalDate completedOn) {
        if (status != EntryStatus.COMPLETED) {
            if (completedOn != null) {
                throw invalidCompletedOn("Only a COMPLETED measure has a completion date.",
                        "only with status COMPLETED, not " + status);
            }
            return null;
        }
        // Only a COMPLETED entry needs the plan's rules: the plan is not read for an entry still under way.
        HalfYear period = report.period();
        ReportingRules rules = report.plan().reporting();
        Instant now = clock.instant();
        if (completedOn == null) {
            if (rules.agencyReportStillDue(period, now)) {
                throw invalidCompletedOn("A COMPLETED measure needs the day its work was completed.",
                        "required with COMPLETED while reports on " + period + " are due (until the end of "
                                + rules.agencyReportDue(period) + "); give the day the work was completed");
            }
            return null;
        }
        if (completedOn.isAfter(period.end())) {
            throw invalidCompletedOn("The completion date is after the half-year the report is on.",
                    "must not be after " + period.end() + ", the last day of " + period
                            + ": the entry reports the state at the end of its half-year");
        }
        LocalDate today = rules.dayOf(now);
        if (completedOn.isAfter(today)) {
            throw invalidCompletedOn("The completion date is in the future.",
                    "must not be after today, " + today + " in " + rules.timeZone());
        }
        return completedOn;
    }

    private static InvalidInputException invalidCompletedOn(String detail, String message) {
        return new InvalidInputException(detail, List.of(Problem.Error.inBody(message, "completedOn")));
    }
}
