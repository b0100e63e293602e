package kg.actionplan.tracker.consolidated;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Entry;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Figures;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Submission;

/**
 * The consolidated report as a workbook laid out like the action-plan table, with the status columns added, then
 * the agencies' submissions and the key figures. Written with POI's streaming workbook, which keeps only a window
 * of rows in memory, so a plan of thousands of measures costs no more memory than a small one.
 */
@ApplicationScoped
public class XlsxRenderer {

    private static final int ROWS_IN_MEMORY = 100;
    private static final int MAX_CELL = 32767;
    private static final String TRUNCATED = " […]";

    public byte[] render(ConsolidatedDocument document) {
        Language language = Language.fromCode(document.header().language()).orElseThrow();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            planSheet(workbook.createSheet(Labels.of("measure", language)), document, language, bold, wrapped);
            submissionsSheet(workbook.createSheet(Labels.of("submissions", language)), document, language, bold);
            figuresSheet(workbook.createSheet(Labels.of("figures", language)), document, language, bold);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void planSheet(SXSSFSheet sheet, ConsolidatedDocument document, Language language, CellStyle bold,
            CellStyle wrapped) {
        ConsolidatedDocument.Header header = document.header();
        int r = 0;
        cells(sheet.createRow(r++), bold, Labels.of("title", language));
        cells(sheet.createRow(r++), null, header.planTitle());
        cells(sheet.createRow(r++), null, Labels.of("period", language), header.period());
        cells(sheet.createRow(r++), null, Labels.of("legalBasis", language), header.legalBasis().stream()
                .map(act -> "№ " + act.number() + ", " + act.date() + ": " + act.title()).collect(Collectors.joining("; ")));
        cells(sheet.createRow(r++), null, Labels.of("asOf", language), String.valueOf(header.asOf()));
        cells(sheet.createRow(r++), null, Labels.of("version", language), header.version() + " (" + header.kind() + ")");
        cells(sheet.createRow(r++), null, Labels.of("generatedAt", language), String.valueOf(header.generatedAt()));
        cells(sheet.createRow(r++), null, Labels.of("contentHash", language), header.contentHash());
        r++;
        cells(sheet.createRow(r++), bold, "№", Labels.of("task", language), Labels.of("measure", language),
                Labels.of("expectedResult", language), Labels.of("deadline", language), Labels.of("executors", language),
                Labels.of("status", language), Labels.of("progress", language), Labels.of("narrative", language),
                Labels.of("overdue", language));
        for (ConsolidatedDocument.Task task : document.tasks()) {
            for (ConsolidatedDocument.Measure measure : task.measures()) {
                Entry lead = measure.executors().get(0).entry();
                Row row = sheet.createRow(r++);
                cells(row, wrapped, measure.code(), task.title(), measure.text(), measure.expectedResult(),
                        measure.deadline(), executors(measure, language), Labels.status(measure.status(), language),
                        lead == null ? "" : String.valueOf(lead.progressPercent()),
                        narratives(measure), Labels.of(measure.overdue() ? "yes" : "no", language));
            }
        }
        for (ConsolidatedDocument.Repealed repealed : document.repealed()) {
            cells(sheet.createRow(r++), wrapped, repealed.code(), "", repealed.note());
        }
        int[] widths = {8, 30, 50, 40, 16, 24, 14, 10, 50, 10};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static void submissionsSheet(Sheet sheet, ConsolidatedDocument document, Language language, CellStyle bold) {
        int r = 0;
        cells(sheet.createRow(r++), bold, Labels.of("agency", language), Labels.of("status", language),
                Labels.of("submittedAt", language), Labels.of("late", language), Labels.of("daysLate", language));
        for (Submission s : document.submissions()) {
            cells(sheet.createRow(r++), null, s.agency(), s.status(),
                    s.submittedAt() == null ? "" : s.submittedAt().toString(),
                    s.late() == null ? "" : Labels.of(s.late() ? "yes" : "no", language),
                    s.daysLate() == null ? "" : String.valueOf(s.daysLate()));
        }
    }

    private static void figuresSheet(Sheet sheet, ConsolidatedDocument document, Language language, CellStyle bold) {
        Figures now = document.figures();
        Figures before = document.previousFigures();
        int r = 0;
        cells(sheet.createRow(r++), bold, "", now.period(), before == null ? "" : Labels.of("previous", language) + " " + before.period());
        r = figure(sheet, r, Labels.of("measuresInForce", language), now.measuresInForce(), before == null ? null : before.measuresInForce());
        for (Map.Entry<String, Integer> status : now.byStatus().entrySet()) {
            r = figure(sheet, r, Labels.status(status.getKey(), language), status.getValue(), before == null ? null : before.byStatus().get(status.getKey()));
        }
        r = figure(sheet, r, Labels.of("shareCompleted", language), now.shareCompleted(), before == null ? null : before.shareCompleted());
        r = figure(sheet, r, Labels.of("overdueCount", language), now.overdue(), before == null ? null : before.overdue());
        figure(sheet, r, Labels.of("onTimeRate", language), now.onTimeRate(), before == null ? null : before.onTimeRate());
    }

    private static int figure(Sheet sheet, int r, String label, Number now, Number before) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(fitted(label));
        row.createCell(1).setCellValue(now.doubleValue());
        if (before != null) {
            row.createCell(2).setCellValue(before.doubleValue());
        }
        return r + 1;
    }

    /**
     * A cell's text within Excel's limit of 32,767 characters; the JSON and PDF renderings keep the whole text.
     */
    private static String fitted(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - TRUNCATED.length()) + TRUNCATED;
    }

    static String executors(ConsolidatedDocument.Measure measure, Language language) {
        return measure.executors().stream()
                .map(e -> e.abbreviation() + (e.byAgreement() ? " (" + Labels.of("byAgreement", language) + ")" : "")
                        + (e.answeringAgency().equals(e.agency()) ? "" : " → " + e.answeringAgency()))
                .collect(Collectors.joining(", "));
    }

    static String narratives(ConsolidatedDocument.Measure measure) {
        return measure.executors().stream()
                .filter(e -> e.entry() != null && e.entry().narrative() != null)
                .map(e -> e.answeringAgency() + ": " + e.entry().narrative())
                .collect(Collectors.joining("\n"));
    }

    private static void cells(Row row, CellStyle style, String... values) {
        List<String> list = Arrays.asList(values);
        for (int c = 0; c < list.size(); c++) {
            var cell = row.createCell(c);
            cell.setCellValue(fitted(list.get(c)));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
