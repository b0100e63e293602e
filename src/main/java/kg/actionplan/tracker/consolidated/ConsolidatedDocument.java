package kg.actionplan.tracker.consolidated;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kg.actionplan.tracker.consolidated.ConsolidatedContent.Completion;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Entry;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Figures;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Submission;

/**
 * A consolidated report version as readers get it: the stored content with the plan's and agencies' texts in one
 * language. JSON, CSV, XLSX and PDF are all renderings of it. JSON keeps agencies, statuses and kinds as codes, the
 * identifiers a program works with, and names each agency once in {@code agencies}; the files are for people and
 * put words in their place.
 */
@Schema(name = "ConsolidatedReport")
public record ConsolidatedDocument(Header header, List<Submission> submissions, List<String> missingAgencies,
        List<Task> tasks, List<Repealed> repealed, Figures figures, Figures previousFigures, Change change,
        @Schema(description = "Every agency the report names by its code, with its name and abbreviation in the "
                + "report's language.") Map<String, Agency> agencies) {

    @Schema(name = "ConsolidatedReportHeader")
    public record Header(String planCode, String planTitle, String period, List<Act> legalBasis, LocalDate asOf,
            LocalDate agencyReportDue, LocalDate consolidatedReportDue, int version,
            ConsolidatedReport.Kind kind, Instant generatedAt, String generatedBy, String contentHash,
            @Schema(enumeration = {"ky", "ru", "en"}) String language,
            @Schema(description = "The plan's time zone, in which the files show times.", examples = "Asia/Bishkek")
            String timeZone) {
    }

    @Schema(name = "ConsolidatedReportAgency")
    public record Agency(String name, String abbreviation) {
    }

    @Schema(name = "ConsolidatedReportAct")
    public record Act(String number, LocalDate date, String title) {
    }

    @Schema(name = "ConsolidatedReportTask")
    public record Task(String code, String title, List<Measure> measures) {
    }

    @Schema(name = "ConsolidatedReportMeasure")
    public record Measure(String code, String text, String expectedResult, LocalDate dueOn, String deadline,
            List<Executor> executors,
            @Schema(description = "The lead's latest reported status, or NOT_REPORTED.") String status,
            boolean overdue,
            @Schema(description = "When the measure was reported completed (planned vs actual); absent until it is.")
            Completion completion) {
    }

    @Schema(name = "ConsolidatedReportExecutor")
    public record Executor(String agency, String abbreviation, String answeringAgency, boolean lead,
            boolean byAgreement, Entry entry) {
    }

    @Schema(name = "ConsolidatedReportRepealed")
    public record Repealed(String code, Act act, String note) {
    }

    /**
     * How the key figures moved against the previous half-year, in percentage points and measures.
     */
    @Schema(name = "ConsolidatedReportChange")
    public record Change(BigDecimal shareCompleted, int overdue, BigDecimal onTimeRate) {
    }
}
