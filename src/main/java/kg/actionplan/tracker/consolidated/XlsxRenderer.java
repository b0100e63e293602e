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

import kg.actionplan.tracker.consolidated.ConsolidatedContent.Completion;
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
    /** The plan sheet's column of the slip in days. */
    private static final int SLIP_COLUMN = 7;
    private static final int MAX_CELL = 32767;
    private static final String TRUNCATED = " […]";

    public byte[] render(ConsolidatedDocument document) {
        Wording words = Wording.of(document);
        Labels labels = words.labels();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            planSheet(workbook.createSheet(labels.measure()), document, words, bold, wrapped);
            submissionsSheet(workbook.createSheet(labels.submissions()), document, words, bold);
            figuresSheet(workbook.createSheet(labels.figures()), document, words, bold);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void planSheet(SXSSFSheet sheet, ConsolidatedDocument document, Wording words, CellStyle bold,
            CellStyle wrapped) {
        Labels labels = words.labels();
        ConsolidatedDocument.Header header = document.header();
        int r = 0;
        cells(sheet.createRow(r++), bold, labels.title());
        cells(sheet.createRow(r++), null, header.planTitle());
        cells(sheet.createRow(r++), null, labels.period(), header.period());
        cells(sheet.createRow(r++), null, labels.legalBasis(), header.legalBasis().stream()
                .map(act -> "№ " + act.number() + ", " + words.date(act.date()) + ": " + act.title())
                .collect(Collectors.joining("; ")));
        cells(sheet.createRow(r++), null, labels.asOf(), words.date(header.asOf()));
        cells(sheet.createRow(r++), null, labels.version(), header.version() + " (" + words.kind(header.kind()) + ")");
        cells(sheet.createRow(r++), null, labels.generatedAt(), words.time(header.generatedAt()));
        cells(sheet.createRow(r++), null, labels.timeZone(), words.zone(header.generatedAt()));
        cells(sheet.createRow(r++), null, labels.contentHash(), header.contentHash());
        r++;
        cells(sheet.createRow(r++), bold, "№", labels.task(), labels.measure(), labels.expectedResult(),
                labels.deadline(), labels.completedOn(), labels.completedIn(), labels.slipDays(), labels.executors(),
                labels.status(), labels.progress(), labels.narrative(), labels.overdue());
        for (ConsolidatedDocument.Task task : document.tasks()) {
            for (ConsolidatedDocument.Measure measure : task.measures()) {
                Entry lead = measure.executors().get(0).entry();
                Completion completion = measure.completion();
                Row row = sheet.createRow(r++);
                cells(row, wrapped, measure.code(), task.title(), measure.text(), measure.expectedResult(),
                        measure.deadline(), completion == null ? "" : words.date(completion.completedOn()),
                        completion == null ? "" : completion.period(), "", executors(measure, words),
                        words.measureStatus(measure.status()),
                        lead == null ? "" : String.valueOf(lead.progressPercent()),
                        narratives(measure, words), words.yesOrNo(measure.overdue()));
                if (completion != null && completion.slipDays() != null) {
                    // a number, so that the sheet sorts and sums the slips
                    row.getCell(SLIP_COLUMN).setCellValue(completion.slipDays());
                }
            }
        }
        for (ConsolidatedDocument.Repealed repealed : document.repealed()) {
            cells(sheet.createRow(r++), wrapped, repealed.code(), "", repealed.note());
        }
        int[] widths = {8, 30, 50, 40, 16, 12, 14, 10, 24, 14, 10, 50, 10};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static void submissionsSheet(Sheet sheet, ConsolidatedDocument document, Wording words, CellStyle bold) {
        Labels labels = words.labels();
        int r = 0;
        cells(sheet.createRow(r++), bold, labels.agency(), labels.status(), labels.submittedAt(),
                labels.receivedOnPaper(), labels.late(), labels.daysLate());
        for (Submission s : document.submissions()) {
            cells(sheet.createRow(r++), null, words.fullName(s.agency()), words.reportStatus(s.status()),
                    words.time(s.submittedAt()), words.backfill(s.backfill()),
                    s.late() == null ? "" : words.yesOrNo(s.late()),
                    s.daysLate() == null ? "" : String.valueOf(s.daysLate()));
        }
    }

    private static void figuresSheet(Sheet sheet, ConsolidatedDocument document, Wording words, CellStyle bold) {
        Labels labels = words.labels();
        Figures now = document.figures();
        Figures before = document.previousFigures();
        int r = 0;
        cells(sheet.createRow(r++), bold, "", now.period(), before == null ? "" : labels.previous() + " " + before.period());
        r = figure(sheet, r, labels.measuresInForce(), now.measuresInForce(), before == null ? null : before.measuresInForce());
        for (Map.Entry<String, Integer> status : now.byStatus().entrySet()) {
            r = figure(sheet, r, words.measureStatus(status.getKey()), status.getValue(),
                    before == null ? null : before.byStatus().get(status.getKey()));
        }
        r = figure(sheet, r, labels.shareCompleted(), now.shareCompleted(), before == null ? null : before.shareCompleted());
        r = figure(sheet, r, labels.overdueCount(), now.overdue(), before == null ? null : before.overdue());
        figure(sheet, r, labels.onTimeRate(), now.onTimeRate(), before == null ? null : before.onTimeRate());
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

    /**
     * The executors by abbreviation; one whose duties passed to another agency is followed by that agency.
     */
    static String executors(ConsolidatedDocument.Measure measure, Wording words) {
        return measure.executors().stream()
                .map(e -> e.abbreviation() + (e.byAgreement() ? " (" + words.labels().byAgreement() + ")" : "")
                        + (e.answeringAgency().equals(e.agency()) ? ""
                                : " → " + words.abbreviation(e.answeringAgency())))
                .collect(Collectors.joining(", "));
    }

    /**
     * Each answering agency's narrative, after its abbreviation.
     */
    static String narratives(ConsolidatedDocument.Measure measure, Wording words) {
        return measure.executors().stream()
                .filter(e -> e.entry() != null && e.entry().narrative() != null)
                .map(e -> words.abbreviation(e.answeringAgency()) + ": " + e.entry().narrative())
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
