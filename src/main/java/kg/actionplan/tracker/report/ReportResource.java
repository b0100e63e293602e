package kg.actionplan.tracker.report;

import static kg.actionplan.tracker.common.Problem.BODY_REQUIRED;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.common.ListPage;
import kg.actionplan.tracker.common.PageRequest;
import kg.actionplan.tracker.report.ReportViews.EntryView;
import kg.actionplan.tracker.report.ReportViews.ReportView;
import kg.actionplan.tracker.report.ReportViews.RevisionView;

/**
 * The agencies' half-year reports and their review. A reporter sees only its own agency's reports: any other
 * report is "not found" to it.
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Half-year progress reports of the agencies: entries, submission, the committee's review, revisions.")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "No or wrong credentials.")
@APIResponse(responseCode = "403", description = "The caller's role may not do this.")
public class ReportResource {

    /** Reports carry all their entries: a page of them is heavier than a page of audit records. */
    private static final int MAX_LIMIT = 200;
    private static final String ETAG = "The entry's version, for If-Match.";

    private final ReportService reports;

    ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.REPORTER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Open the report of an agency on a half-year", description = "The draft gets an entry for "
            + "every measure in force that the agency executes (directly or as successor of an executor) and has "
            + "not reported completed for an earlier half-year. A reporter opens its agency's report. The committee "
            + "(COORDINATOR, ADMIN) opens, with backfill, a report that the agency handed in on paper, for a "
            + "half-year whose deadline has passed; it then fills and submits it itself, and the report counts as "
            + "submitted on backfill.receivedOn.")
    @APIResponse(responseCode = "201", description = "The draft with its entries.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "The period is not a half-year of the plan.")
    @APIResponse(responseCode = "403", description = "A reporter sent backfill, the committee did not, or the caller's "
            + "role may not open reports.")
    @APIResponse(responseCode = "409", description = "The report exists already; existing gives its address.")
    @APIResponse(responseCode = "422", description = "Unknown plan or agency, the agency has nothing to report, or the "
            + "backfill breaks a rule: the half-year's deadline has not passed, receivedOn is not after the half-year "
            + "or is after today, the letter is dated after receivedOn.")
    public Response openReport(@Valid @NotNull(message = BODY_REQUIRED) ReportRequests.Create body) {
        ReportView report = reports.createReport(body);
        return Response.created(URI.create("/api/v1/reports/" + report.id())).entity(report).build();
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OBSERVER_NAME, Role.REPORTER_NAME})
    @Operation(summary = "List reports", description = "A reporter gets its own agency's reports only.")
    @APIResponse(responseCode = "200", description = "The reports, newest half-year first, then by agency; at "
            + "most limit of them.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReportView.class)),
            headers = @Header(name = HttpHeaders.LINK, description = ListPage.LINK_DESCRIPTION,
                    schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "400", description = "A filter, limit or after cannot be understood.")
    public Response listReports(@QueryParam("plan") String plan, @QueryParam("period") String period,
            @QueryParam("agency") String agency, @QueryParam("status") String status,
            @Parameter(description = "At most this many reports, 1 to 200.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) @QueryParam(PageRequest.LIMIT) @DefaultValue("50") String limit,
            @Parameter(description = PageRequest.AFTER_DESCRIPTION) @QueryParam(PageRequest.AFTER) String after,
            @Context UriInfo request) {
        return reports.listReports(plan, period, agency, status, PageRequest.of(limit, after, MAX_LIMIT))
                .toResponse(request);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OBSERVER_NAME, Role.REPORTER_NAME})
    @Operation(summary = "Get a report with its entries")
    @APIResponse(responseCode = "200", description = "The report.")
    @APIResponse(responseCode = "404", description = "No such report visible to the caller.")
    public ReportView getReport(@PathParam("id") long id) {
        return reports.findReport(id);
    }

    @GET
    @Path("/{id}/entries/{measureCode}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OBSERVER_NAME, Role.REPORTER_NAME})
    @Operation(summary = "Get one entry, with its ETag")
    @APIResponse(responseCode = "200", description = "The entry.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, required = true,
                    schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "404", description = "No such report, or no such measure in the plan.")
    public Response getEntry(@PathParam("id") long id, @PathParam("measureCode") String measureCode) {
        EntryView entry = reports.findEntry(id, measureCode);
        return Response.ok(entry).header(HttpHeaders.ETAG, entry.etag()).build();
    }

    @PUT
    @Path("/{id}/entries/{measureCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.REPORTER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Replace one entry of a draft or returned report",
            description = "If-Match must carry the entry's current ETag; a stale one gets 412 and changes nothing. "
                    + "The agency's reporters write its reports; the committee (COORDINATOR, ADMIN) writes only those "
                    + "it back-filled.")
    @APIResponse(responseCode = "200", description = "The entry as stored, with its new ETag.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryView.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ETAG, required = true,
                    schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "400", description = "If-Match is not * or quoted ETags, or names a weak ETag.")
    @APIResponse(responseCode = "403", description = "The report is back-filled and the caller a reporter, or the "
            + "agency's own and the caller not its reporter, or the caller's role may not write reports.")
    @APIResponse(responseCode = "404", description = "No such report visible to the caller, or no such measure in the plan.")
    @APIResponse(responseCode = "409", description = "The report is submitted or accepted.")
    @APIResponse(responseCode = "412", description = "The entry changed since the caller read it.")
    @APIResponse(responseCode = "422", description = "The body breaks a rule, or the measure is not this agency's.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response updateEntry(@PathParam("id") long id, @PathParam("measureCode") String measureCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = BODY_REQUIRED) ReportRequests.EntryUpdate body) {
        EntryView entry = reports.updateEntry(id, measureCode, ifMatch, body);
        return Response.ok(entry).header(HttpHeaders.ETAG, entry.etag()).build();
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Role.REPORTER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Submit the report", description = "Freezes a new revision. Submitting a report that is "
            + "already submitted or accepted changes nothing. The agency's reporters submit its reports; the "
            + "committee (COORDINATOR, ADMIN) submits only those it back-filled, which count as submitted on the "
            + "day they were received.")
    @APIResponse(responseCode = "200", description = "The report as it now stands.")
    @APIResponse(responseCode = "403", description = "The report is back-filled and the caller a reporter, or the "
            + "agency's own and the caller not its reporter, or the caller's role may not submit reports.")
    @APIResponse(responseCode = "404", description = "No such report visible to the caller.")
    @APIResponse(responseCode = "409", description = "The half-year has not ended yet.")
    public ReportView submit(@PathParam("id") long id) {
        return reports.submitReport(id);
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Role.COORDINATOR_NAME)
    @Operation(summary = "Accept a submitted report")
    @APIResponse(responseCode = "200", description = "The accepted report.")
    @APIResponse(responseCode = "404", description = "No such report.")
    @APIResponse(responseCode = "409", description = "The report is not submitted.")
    public ReportView accept(@PathParam("id") long id) {
        return reports.acceptReport(id);
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.COORDINATOR_NAME)
    @Operation(summary = "Return a submitted report to the agency for revision, with a comment")
    @APIResponse(responseCode = "200", description = "The returned report.")
    @APIResponse(responseCode = "404", description = "No such report.")
    @APIResponse(responseCode = "409", description = "The report is not submitted.")
    @APIResponse(responseCode = "422", description = "The comment is missing.")
    public ReportView returnForRevision(@PathParam("id") long id, @Valid ReportRequests.Return body) {
        return reports.returnReport(id, body);
    }

    @GET
    @Path("/{id}/revisions")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME, Role.OBSERVER_NAME, Role.REPORTER_NAME})
    @Operation(summary = "List the submitted revisions of a report, oldest first, with their reviews",
            description = "The report's history: every revision as submitted, each with the committee's review of it "
                    + "(RETURNED with its comment, or ACCEPTED; by whom and when) once it has one. A reporter sees "
                    + "those of its own agency's reports.")
    @APIResponse(responseCode = "200", description = "The revisions with their reviews.")
    @APIResponse(responseCode = "404", description = "No such report visible to the caller.")
    public List<RevisionView> revisions(@PathParam("id") long id) {
        return reports.listRevisions(id);
    }
}
