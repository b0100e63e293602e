package kg.actionplan.tracker.consolidated;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import kg.actionplan.tracker.consolidated.ConsolidatedContent.Completion;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Entry;

/**
 * The consolidated report as CSV, one row per executor of each measure: UTF-8 with a byte-order mark and CRLF line
 * ends, which is what Excel needs to open Kyrgyz and Russian text correctly. It is written for people, in the
 * report's language like the other files; dates stay ISO (2025-06-30), which Excel reads as a date whatever its
 * locale, where 30.06.2025 would be misread by some.
 */
@ApplicationScoped
public class CsvRenderer {

    /** Text that a spreadsheet would run as a formula; agencies' narratives must never be run. */
    private static final Pattern FORMULA_START = Pattern.compile("[=+\\-@\t\r]");

    /** A whole number, such as a slip of -6 days: a spreadsheet reads it as the number it is, never as a formula. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");

    public byte[] render(ConsolidatedDocument document) {
        Wording words = Wording.of(document);
        Labels labels = words.labels();
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, Stream.of(labels.task(), "№", labels.measure(), labels.dueOn(), labels.deadline(),
                labels.completedOn(), labels.completedIn(), labels.slipDays(), labels.status(), labels.overdue(),
                labels.executor(), labels.lead(), labels.byAgreementColumn(), labels.answeringAgency(),
                labels.entryPeriod(), labels.reportStatusColumn(), labels.receivedOnPaper(), labels.entryStatusColumn(),
                labels.progress(), labels.narrative(), labels.spent(), labels.currency()));
        for (ConsolidatedDocument.Task task : document.tasks()) {
            for (ConsolidatedDocument.Measure measure : task.measures()) {
                for (ConsolidatedDocument.Executor executor : measure.executors()) {
                    Entry entry = executor.entry();
                    Completion completion = measure.completion();
                    line(csv, Stream.of(task.code(), measure.code(), measure.text(), String.valueOf(measure.dueOn()),
                            measure.deadline(),
                            completion == null || completion.completedOn() == null ? ""
                                    : completion.completedOn().toString(),
                            completion == null ? "" : completion.period(),
                            completion == null || completion.slipDays() == null ? ""
                                    : completion.slipDays().toString(),
                            words.measureStatus(measure.status()),
                            words.yesOrNo(measure.overdue()), executor.abbreviation(),
                            words.yesOrNo(executor.lead()), words.yesOrNo(executor.byAgreement()),
                            words.abbreviation(executor.answeringAgency()),
                            entry == null ? "" : entry.period(),
                            entry == null ? "" : words.reportStatus(entry.reportStatus()),
                            entry == null || entry.receivedOn() == null ? "" : entry.receivedOn().toString(),
                            entry == null ? "" : words.entryStatus(entry.status()),
                            entry == null ? "" : String.valueOf(entry.progressPercent()),
                            entry == null ? "" : entry.narrative(),
                            entry == null || entry.spent() == null ? "" : entry.spent().amount().toPlainString(),
                            entry == null || entry.spent() == null ? "" : entry.spent().currency()));
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, Stream<String> cells) {
        csv.append(cells.map(CsvRenderer::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = FORMULA_START.matcher(value).lookingAt() && !WHOLE_NUMBER.matcher(value).matches()
                ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        String escaped = safe.replace("\"", "\"\"");
        return quote ? "\"" + escaped + "\"" : escaped;
    }
}
