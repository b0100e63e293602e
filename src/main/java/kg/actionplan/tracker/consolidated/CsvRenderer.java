package kg.actionplan.tracker.consolidated;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import kg.actionplan.tracker.consolidated.ConsolidatedContent.Entry;

/**
 * The consolidated report as CSV, one row per executor of each measure: UTF-8 with a byte-order mark and CRLF line
 * ends, which is what Excel needs to open Kyrgyz and Russian text correctly.
 */
@ApplicationScoped
public class CsvRenderer {

    private static final List<String> COLUMNS = List.of("task", "measure", "text", "due", "deadline", "measure_status",
            "overdue", "executor", "lead", "by_agreement", "answering_agency", "entry_period", "report_status",
            "entry_status", "progress_percent", "narrative", "spent_amount", "spent_currency");

    /** Text that a spreadsheet would run as a formula; agencies' narratives must never be run. */
    private static final Pattern FORMULA_START = Pattern.compile("[=+\\-@\t\r]");

    public byte[] render(ConsolidatedDocument document) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, COLUMNS.stream());
        for (ConsolidatedDocument.Task task : document.tasks()) {
            for (ConsolidatedDocument.Measure measure : task.measures()) {
                for (ConsolidatedDocument.Executor executor : measure.executors()) {
                    Entry entry = executor.entry();
                    line(csv, Stream.of(task.code(), measure.code(), measure.text(), String.valueOf(measure.dueOn()),
                            measure.deadline(), measure.status(), String.valueOf(measure.overdue()), executor.agency(),
                            String.valueOf(executor.lead()), String.valueOf(executor.byAgreement()),
                            executor.answeringAgency(),
                            entry == null ? "" : entry.period(),
                            entry == null ? "" : entry.reportStatus(),
                            entry == null || entry.status() == null ? "" : entry.status().name(),
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
        String safe = FORMULA_START.matcher(value).lookingAt() ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        String escaped = safe.replace("\"", "\"\"");
        return quote ? "\"" + escaped + "\"" : escaped;
    }
}
