package kg.actionplan.tracker.consolidated;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import kg.actionplan.tracker.common.TrackerConfig;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Completion;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Entry;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Figures;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Submission;

/**
 * The consolidated report as a landscape PDF. The font is embedded, and must cover Kyrgyz letters (ң, ө, ү) and
 * Russian: DejaVu Sans by default (Debian's fonts-dejavu-core).
 *
 * <p>The table of measures is laid out a few rows at a time, each part let go of once it is on its pages, and the
 * pages are written out as they are finished: a plan of thousands of measures takes no more memory than a small one
 * besides the document itself.
 */
@ApplicationScoped
public class PdfRenderer {

    private static final float SIZE = 8;
    private static final float PADDING = 3;
    /** Room for the cell's borders and the stroke that makes the embedded font bold. */
    private static final float SLACK = 2;
    /** Rows of the table of measures held before they are laid out. */
    private static final int ROWS_AT_A_TIME = 50;

    private final Path fontFile;

    @Inject
    PdfRenderer(TrackerConfig config) {
        this(config.consolidated().pdfFont());
    }

    PdfRenderer(Path fontFile) {
        this.fontFile = fontFile;
    }

    /**
     * The PDF whole, as an e-mail attaches it.
     */
    public byte[] render(ConsolidatedDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(document, Wording.of(document), font(), out);
        return out.toByteArray();
    }

    /**
     * The PDF for a response, written to it page by page as it is laid out. The font is read here, so that a missing
     * one fails the request before any of the file has been sent.
     */
    public StreamingOutput stream(ConsolidatedDocument document) {
        return stream(document, Wording.of(document));
    }

    /**
     * The same in {@code words}, which a plain unit test makes itself (the message bundle is there only in the running
     * service).
     */
    StreamingOutput stream(ConsolidatedDocument document, Wording words) {
        BaseFont base = font();
        return out -> write(document, words, base, out);
    }

    /**
     * Writes the PDF to {@code out}, which it leaves open.
     */
    private void write(ConsolidatedDocument document, Wording words, BaseFont base, OutputStream out) {
        Font normal = new Font(base, SIZE);
        Font bold = new Font(base, SIZE, Font.BOLD);
        Font title = new Font(base, 13, Font.BOLD);
        Document pdf = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(pdf, out).setCloseStream(false);
            pdf.open();
            float width = pdf.getPageSize().getWidth() - pdf.leftMargin() - pdf.rightMargin();
            header(pdf, document, words, title, normal);
            measures(pdf, document, words, normal, bold, width);
            submissions(pdf, document, words, normal, bold, width * 0.9f);
            figures(pdf, document, words, normal, bold);
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        }
    }

    private BaseFont font() {
        if (!Files.isReadable(fontFile)) {
            throw new IllegalStateException("The PDF font " + fontFile + " is missing: install fonts-dejavu-core or set "
                    + "tracker.consolidated.pdf-font to a TrueType font that covers Kyrgyz and Russian");
        }
        try {
            return BaseFont.createFont(fontFile.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Document pdf, ConsolidatedDocument document, Wording words, Font title, Font normal) {
        Labels labels = words.labels();
        ConsolidatedDocument.Header header = document.header();
        pdf.add(new Paragraph(labels.title(), title));
        pdf.add(new Paragraph(header.planTitle(), normal));
        pdf.add(new Paragraph(labels.period() + ": " + header.period() + "   "
                + labels.asOf() + ": " + words.date(header.asOf()) + "   "
                + labels.version() + ": " + header.version() + " (" + words.kind(header.kind()) + ")", normal));
        pdf.add(new Paragraph(labels.legalBasis() + ": " + header.legalBasis().stream()
                .map(act -> "№ " + act.number() + ", " + words.date(act.date()) + " — " + act.title())
                .collect(Collectors.joining("; ")), normal));
        pdf.add(new Paragraph(labels.generatedAt() + ": " + words.time(header.generatedAt()) + "   "
                + labels.timeZone() + ": " + words.zone(header.generatedAt()) + "   "
                + labels.contentHash() + ": " + header.contentHash(), normal));
        pdf.add(new Paragraph(" ", normal));
    }

    private static void measures(Document pdf, ConsolidatedDocument document, Wording words, Font normal, Font bold,
            float width) {
        Labels labels = words.labels();
        List<String> headings = List.of("№", labels.measure(), labels.expectedResult(), labels.deadline(),
                labels.completedOn(), labels.slipDays(), labels.executors(), labels.status(), labels.progress(),
                labels.narrative(), labels.overdue());
        List<ConsolidatedDocument.Measure> all = document.tasks().stream().flatMap(task -> task.measures().stream())
                .toList();
        List<String> statuses = all.stream().map(measure -> words.measureStatus(measure.status())).distinct().toList();
        List<String> completions = all.stream().map(measure -> completion(measure.completion(), words)).distinct()
                .toList();
        PdfPTable table = table(headings, new float[] {4, 21, 14, 8, 7, 5, 11, 8, 5, 16, 5},
                Map.of(4, completions, 7, statuses, 8, List.of("100%"), 10, List.of(labels.yes(), labels.no())),
                bold, width);
        // A large element: each pdf.add lays out the rows added since the last and lets go of them; the heading row
        // is repeated on every new page.
        table.setComplete(false);
        for (ConsolidatedDocument.Task task : document.tasks()) {
            PdfPCell taskCell = cell(task.code() + ". " + task.title(), bold, new Color(245, 245, 245));
            taskCell.setColspan(headings.size());
            table.addCell(taskCell);
            for (ConsolidatedDocument.Measure measure : task.measures()) {
                Entry lead = measure.executors().get(0).entry();
                Completion completion = measure.completion();
                table.addCell(cell(measure.code(), normal, null));
                table.addCell(cell(measure.text(), normal, null));
                table.addCell(cell(measure.expectedResult(), normal, null));
                table.addCell(cell(measure.deadline(), normal, null));
                table.addCell(cell(completion(completion, words), normal, null));
                table.addCell(cell(completion == null || completion.slipDays() == null ? ""
                        : String.valueOf(completion.slipDays()), normal, null));
                table.addCell(cell(XlsxRenderer.executors(measure, words), normal, null));
                table.addCell(cell(words.measureStatus(measure.status()), normal, null));
                table.addCell(cell(lead == null ? "" : lead.progressPercent() + "%", normal, null));
                table.addCell(cell(XlsxRenderer.narratives(measure, words), normal, null));
                table.addCell(cell(words.yesOrNo(measure.overdue()), normal, null));
                if (table.size() > ROWS_AT_A_TIME) {
                    pdf.add(table);
                }
            }
        }
        table.setComplete(true);
        pdf.add(table);
        if (!document.repealed().isEmpty()) {
            pdf.add(new Paragraph(labels.repealed() + ": " + document.repealed().stream()
                    .map(r -> r.code() + " — " + r.note()).collect(Collectors.joining("; ")), normal));
        }
    }

    /**
     * When a measure was reported completed: the day, then the half-year of the report in brackets; only the half-year
     * when the entry did not give the day.
     */
    private static String completion(Completion completion, Wording words) {
        if (completion == null) {
            return "";
        }
        return completion.completedOn() == null ? completion.period()
                : words.date(completion.completedOn()) + " (" + completion.period() + ")";
    }

    private static void submissions(Document pdf, ConsolidatedDocument document, Wording words, Font normal,
            Font bold, float width) {
        Labels labels = words.labels();
        pdf.add(new Paragraph(" ", normal));
        pdf.add(new Paragraph(labels.submissions(), bold));
        List<String> headings = List.of(labels.agency(), labels.status(), labels.submittedAt(),
                labels.receivedOnPaper(), labels.late(), labels.daysLate());
        List<String> statuses = document.submissions().stream().map(s -> words.reportStatus(s.status())).distinct()
                .toList();
        PdfPTable table = table(headings, new float[] {20, 10, 10, 20, 8, 8}, Map.of(1, statuses), bold, width);
        table.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
        for (Submission s : document.submissions()) {
            table.addCell(cell(words.fullName(s.agency()), normal, null));
            table.addCell(cell(words.reportStatus(s.status()), normal, null));
            table.addCell(cell(words.time(s.submittedAt()), normal, null));
            table.addCell(cell(words.backfill(s.backfill()), normal, null));
            table.addCell(cell(s.late() == null ? "" : words.yesOrNo(s.late()), normal, null));
            table.addCell(cell(s.daysLate() == null ? "" : String.valueOf(s.daysLate()), normal, null));
        }
        pdf.add(table);
        if (!document.missingAgencies().isEmpty()) {
            pdf.add(new Paragraph(labels.missing() + ": " + document.missingAgencies().stream()
                    .map(words::abbreviation).collect(Collectors.joining(", ")), normal));
        }
    }

    private static void figures(Document pdf, ConsolidatedDocument document, Wording words, Font normal, Font bold) {
        Labels labels = words.labels();
        Figures now = document.figures();
        Figures before = document.previousFigures();
        pdf.add(new Paragraph(" ", normal));
        pdf.add(new Paragraph(labels.figures(), bold));
        String previous = before == null ? "" : "   (" + labels.previous() + " " + before.period() + ": ";
        pdf.add(new Paragraph(labels.measuresInForce() + ": " + now.measuresInForce() + "; "
                + now.byStatus().entrySet().stream().map(e -> words.measureStatus(e.getKey()) + " " + e.getValue())
                        .collect(Collectors.joining(", ")),
                normal));
        pdf.add(new Paragraph(labels.shareCompleted() + ": " + now.shareCompleted()
                + (before == null ? "" : previous + before.shareCompleted() + ")"), normal));
        pdf.add(new Paragraph(labels.overdueCount() + ": " + now.overdue()
                + (before == null ? "" : previous + before.overdue() + ")"), normal));
        pdf.add(new Paragraph(labels.onTimeRate() + ": " + now.onTimeRate()
                + (before == null ? "" : previous + before.onTimeRate() + ")"), normal));
    }

    /**
     * A table {@code width} points wide with its heading row, repeated on every page.
     *
     * @param unbreakable per column, further texts whose words must not be broken, beside the heading
     */
    private static PdfPTable table(List<String> headings, float[] shares, Map<Integer, List<String>> unbreakable,
            Font bold, float width) {
        List<List<String>> texts = new ArrayList<>();
        for (int c = 0; c < headings.size(); c++) {
            List<String> column = new ArrayList<>(unbreakable.getOrDefault(c, List.of()));
            column.add(headings.get(c));
            texts.add(column);
        }
        PdfPTable table = new PdfPTable(headings.size());
        table.setTotalWidth(widths(width, shares, texts, bold));
        table.setLockedWidth(true);
        table.setHeaderRows(1);
        for (String heading : headings) {
            table.addCell(cell(heading, bold, new Color(230, 230, 230)));
        }
        return table;
    }

    /**
     * Column widths that add up to {@code total}, in proportion to {@code shares}, except that no column is narrower
     * than the widest word of its {@code texts}: OpenPDF breaks a word between two letters only when the word is
     * wider than its cell ("Аткары|лышы"), so these texts wrap between words only. A column that needs more than its
     * share gets what it needs, and the others share the rest in proportion.
     */
    private static float[] widths(float total, float[] shares, List<List<String>> texts, Font font) {
        int columns = shares.length;
        float[] needed = new float[columns];
        for (int c = 0; c < columns; c++) {
            float widest = 0;
            for (String text : texts.get(c)) {
                for (String word : text.split("\\s+")) {
                    widest = Math.max(widest, font.getBaseFont().getWidthPoint(word, font.getSize()));
                }
            }
            needed[c] = widest + 2 * PADDING + SLACK;
        }
        boolean[] atNeed = new boolean[columns];
        float[] widths = new float[columns];
        boolean settled = false;
        while (!settled) {
            float free = total;
            float shared = 0;
            for (int c = 0; c < columns; c++) {
                if (atNeed[c]) {
                    free -= needed[c];
                } else {
                    shared += shares[c];
                }
            }
            settled = true;
            for (int c = 0; c < columns; c++) {
                widths[c] = atNeed[c] ? needed[c] : free * shares[c] / shared;
                if (widths[c] < needed[c]) {
                    atNeed[c] = true;
                    settled = false;
                }
            }
        }
        return widths;
    }

    private static PdfPCell cell(String text, Font font, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        cell.setPadding(PADDING);
        return cell;
    }
}
