package kg.actionplan.tracker.consolidated;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import kg.actionplan.tracker.common.Enums;
import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.report.EntryStatus;
import kg.actionplan.tracker.report.ReportStatus;
import kg.actionplan.tracker.report.ReportViews.BackfillView;
import kg.actionplan.tracker.report.ReportViews.SubmissionView;

/**
 * How the files (CSV, XLSX, PDF) word a document for the people who read it: the fixed words in the document's
 * language, agencies by their abbreviation or name instead of their internal code, statuses and kinds as words, and
 * dates and times as people write them, the times in the plan's time zone.
 */
final class Wording {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("'UTC'xxx");

    private final Labels labels;
    private final ZoneId zone;
    private final Map<String, ConsolidatedDocument.Agency> agencies;

    private Wording(Labels labels, ZoneId zone, Map<String, ConsolidatedDocument.Agency> agencies) {
        this.labels = labels;
        this.zone = zone;
        this.agencies = agencies;
    }

    static Wording of(ConsolidatedDocument document) {
        return of(document, labelsIn(Language.fromCode(document.header().language()).orElseThrow()));
    }

    /**
     * The document worded with {@code labels}, which outside the running service (a plain unit test) cannot come from
     * the message bundle.
     */
    static Wording of(ConsolidatedDocument document, Labels labels) {
        return new Wording(labels, ZoneId.of(document.header().timeZone()), document.agencies());
    }

    static Labels labelsIn(Language language) {
        return MessageBundles.get(Labels.class, Localized.Literal.of(language.code()));
    }

    Labels labels() {
        return labels;
    }

    /**
     * A measure's status: an entry status, or that the lead has not reported. A code this build does not know (from a
     * snapshot written by another build) is shown as stored, rather than as a wrong word.
     */
    String measureStatus(String code) {
        if (ConsolidatedReportBuilder.NOT_REPORTED.equals(code)) {
            return labels.notReported();
        }
        return Enums.named(EntryStatus.class, code)
                .map(labels::entryStatus).orElse(code);
    }

    String entryStatus(EntryStatus status) {
        return status == null ? "" : labels.entryStatus(status);
    }

    /**
     * Where an agency's report stands: one of the report's statuses, or not opened at all; unknown codes as stored.
     */
    String reportStatus(String code) {
        if (SubmissionView.MISSING.equals(code)) {
            return labels.notSubmitted();
        }
        return Enums.named(ReportStatus.class, code)
                .map(labels::reportStatus).orElse(code);
    }

    String kind(ConsolidatedReport.Kind kind) {
        return labels.kind(kind);
    }

    String abbreviation(String agency) {
        return agencies.get(agency).abbreviation();
    }

    /**
     * The agency's full name with its abbreviation, so that a reader learns once what the abbreviations stand for.
     */
    String fullName(String agency) {
        ConsolidatedDocument.Agency named = agencies.get(agency);
        return named.name() + " (" + named.abbreviation() + ")";
    }

    /**
     * How a back-filled report was received and who entered it when; empty for a report submitted in the service.
     */
    String backfill(BackfillView backfill) {
        return backfill == null ? "" : labels.backfill(date(backfill.receivedOn()), backfill.letter().number(),
                date(backfill.letter().date()), backfill.recordedBy(), time(backfill.recordedAt()));
    }

    String yesOrNo(boolean value) {
        return value ? labels.yes() : labels.no();
    }

    String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * A moment as the plan's local date and time; {@link #zone(Instant)} says once which zone that is.
     */
    String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    /**
     * The plan's zone with its offset from UTC at {@code instant}, e.g. "Asia/Bishkek (UTC+06:00)".
     */
    String zone(Instant instant) {
        return zone.getId() + " (" + OFFSET.format(instant.atZone(zone)) + ")";
    }
}
