package kg.actionplan.tracker.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import kg.actionplan.tracker.agency.AgencyAct;
import kg.actionplan.tracker.common.LocalizedText;

/**
 * The plan-document format of {@code seed-data/plan-document.schema.json}: a plan with the agencies it names.
 * Seed documents and {@code POST /api/v1/plans} bodies are read into it once they have passed the schema.
 */
@JsonIgnoreProperties("$schema")
public record PlanDocument(int formatVersion, List<AgencyEntry> agencies, PlanEntry plan) {

    public record AgencyEntry(String code, LocalizedText name, LocalizedText abbreviation, List<String> contactEmails,
            LocalDate establishedOn, AgencyAct establishedBy, Succession successor, String editorialNote) {

        public List<String> contactEmails() {
            return contactEmails == null ? List.of() : contactEmails;
        }
    }

    public record Succession(String agency, LocalDate from, AgencyAct act) {
    }

    public record Act(String number, LocalDate date, LocalizedText title, String url) {
    }

    public record PlanEntry(String code, LocalizedText title, LocalDate startsOn, LocalDate endsOn,
            List<Act> legalBasis, List<Act> amendments, LocalDate publishedOn, LocalizedText publication,
            LocalDate inForceFrom, Reporting reporting, List<TaskEntry> tasks) {

        public List<Act> amendments() {
            return amendments == null ? List.of() : amendments;
        }
    }

    public record Reporting(ReportingRules.Frequency frequency, int agencyReportDueDay, int consolidatedReportDueDay,
            String timeZone, String coordinator, String firstPeriod, String lastPeriod) {
    }

    public record TaskEntry(String code, LocalizedText section, LocalizedText title, List<MeasureEntry> measures) {
    }

    public record MeasureEntry(String code, LocalizedText text, LocalizedText expectedResult, DeadlineEntry deadline,
            Funding funding, List<ExecutorEntry> executors, boolean ministriesAndAgencies, Repeal repeal,
            String editorialNote) {

        public List<ExecutorEntry> executors() {
            return executors == null ? List.of() : executors;
        }
    }

    public record DeadlineEntry(LocalDate date, Years years, LocalizedText wording) {
    }

    public record Years(int from, int to) {
    }

    public record Funding(LocalizedText wording, List<Source> sources, String sharedWith) {
    }

    public record Source(FundingSource.Type type, LocalizedText programme, BigDecimal amount, String currency) {
    }

    public record ExecutorEntry(String agency, boolean byAgreement) {
    }

    public record Repeal(String actNumber, LocalDate actDate, LocalizedText note) {
    }
}
