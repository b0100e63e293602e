package kg.actionplan.tracker.consolidated;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kg.actionplan.tracker.account.CurrentCaller;
import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.common.InvalidParameterException;
import kg.actionplan.tracker.common.Language;

/**
 * The consolidated report on a half-year of a plan, in every version built, as JSON, CSV, XLSX or PDF. The
 * renderings declare no fixed media types: {@link ReportFormat#choose} reads format= and Accept itself, so that
 * format= wins over any Accept header.
 */
@Path("/api/v1/plans/{planCode}/periods/{period}/consolidated-report")
@Tag(name = "Consolidated reports", description = "The committee's consolidated half-year report, in versions and formats.")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "400", description = "Bad period, format or language.")
@APIResponse(responseCode = "401", description = "No or wrong credentials.")
@APIResponse(responseCode = "403", description = "The caller's role may not do this.")
@APIResponse(responseCode = "404", description = "No such plan, or no such version.")
public class ConsolidatedReportResource {

    private static final String FORMAT = "json, csv, xlsx or pdf; without it the Accept header decides (JSON by default).";
    private static final String LANGUAGE = "Language of the report, its plan's texts and, in the files, all its words: "
            + "ky (default, the legal original), ru or en.";

    private final ConsolidatedReportService reports;
    private final ConsolidatedRenderer renderer;
    private final CurrentCaller caller;

    ConsolidatedReportResource(ConsolidatedReportService reports, ConsolidatedRenderer renderer, CurrentCaller caller) {
        this.reports = reports;
        this.renderer = renderer;
        this.caller = caller;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Build the report now", description = "The same build as the scheduled one; this is how "
            + "past half-years get their reports. A build that says exactly what the latest version says (the same "
            + "contentHash) adds no version: the answer is that latest version, with 200 instead of 201.")
    @APIResponse(responseCode = "201", description = "The new version.",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The new version's address.", required = true,
                    schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConsolidatedDocument.class)))
    @APIResponse(responseCode = "200", description = "Nothing changed since the latest version: that version.",
            headers = @Header(name = HttpHeaders.CONTENT_LOCATION, description = "The latest version's address.",
                    required = true, schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConsolidatedDocument.class)))
    public Response build(@PathParam("planCode") String planCode, @PathParam("period") String period,
            @Parameter(description = LANGUAGE) @QueryParam("lang") @DefaultValue("ky") String lang) {
        Language language = language(lang);
        ConsolidatedReportService.OnDemandBuild build = reports.buildOnDemand(planCode, period,
                caller.get().username());
        URI address = URI.create("/api/v1/plans/" + planCode + "/periods/" + period + "/consolidated-report/versions/"
                + build.number());
        ConsolidatedDocument document = renderer.document(reports.version(planCode, period, build.number()), language);
        return build.created() ? Response.created(address).entity(document).build()
                : Response.ok(document).contentLocation(address).build();
    }

    @GET
    @RolesAllowed({Role.COORDINATOR_NAME, Role.OBSERVER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Get the latest version")
    @APIResponse(responseCode = "200", description = "The latest version in the format asked for.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsolidatedDocument.class)),
            @Content(mediaType = ReportFormat.Types.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ReportFormat.Types.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportFormat.Types.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "406", description = "The Accept header names no format this resource renders.")
    public Response latest(@PathParam("planCode") String planCode, @PathParam("period") String period,
            @Parameter(description = FORMAT) @QueryParam("format") String format,
            @Parameter(description = LANGUAGE) @QueryParam("lang") @DefaultValue("ky") String lang,
            @Context HttpHeaders headers) {
        return render(reports.latest(planCode, period), format, lang, headers);
    }

    @GET
    @Path("/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.COORDINATOR_NAME, Role.OBSERVER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "List the versions built, oldest first")
    @APIResponse(responseCode = "200", description = "The versions.")
    public List<VersionView> versions(@PathParam("planCode") String planCode, @PathParam("period") String period) {
        return reports.versions(planCode, period).stream().map(VersionView::from).toList();
    }

    @GET
    @Path("/versions/{number}")
    @RolesAllowed({Role.COORDINATOR_NAME, Role.OBSERVER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Get one version")
    @APIResponse(responseCode = "200", description = "The version in the format asked for.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsolidatedDocument.class)),
            @Content(mediaType = ReportFormat.Types.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ReportFormat.Types.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportFormat.Types.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "406", description = "The Accept header names no format this resource renders.")
    public Response version(@PathParam("planCode") String planCode, @PathParam("period") String period,
            @PathParam("number") int number,
            @Parameter(description = FORMAT) @QueryParam("format") String format,
            @Parameter(description = LANGUAGE) @QueryParam("lang") @DefaultValue("ky") String lang,
            @Context HttpHeaders headers) {
        return render(reports.version(planCode, period, number), format, lang, headers);
    }

    private Response render(ConsolidatedReport version, String format, String lang, HttpHeaders headers) {
        ReportFormat chosen = ReportFormat.choose(format, headers.getAcceptableMediaTypes())
                .orElseThrow(NotAcceptableException::new);
        Language language = language(lang);
        Response.ResponseBuilder response = Response.ok(renderer.render(version, language, chosen), chosen.mediaType());
        if (chosen != ReportFormat.JSON) {
            response.header("Content-Disposition", "attachment; filename=\"consolidated-" + version.plan().code() + "-"
                    + version.period().id() + "-v" + version.number() + "-" + language.code() + "." + chosen.extension() + "\"");
        }
        return response.build();
    }

    private static Language language(String lang) {
        return Language.fromCode(lang).orElseThrow(() -> new InvalidParameterException("lang", "lang must be ky, ru or en"));
    }

    /**
     * One version in the list of versions.
     */
    @Schema(name = "ConsolidatedReportVersion")
    public record VersionView(int number, ConsolidatedReport.Kind kind, LocalDate asOf, Instant generatedAt,
            String generatedBy, String contentHash) {

        public static VersionView from(ConsolidatedReport report) {
            return new VersionView(report.number(), report.kind(), report.asOf(), report.generatedAt(),
                    report.generatedBy(), report.contentHash());
        }
    }
}
