package kg.actionplan.tracker.consolidated;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

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

import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.common.TrackerConfig;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Entry;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Figures;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Submission;

/**
 * The consolidated report as a landscape PDF. The font is embedded, and must cover Kyrgyz letters (ң, ө, ү) and
 * Russian: DejaVu Sans by default (Debian's fonts-dejavu-core).
 */
@ApplicationScoped
public class PdfRenderer {

    private final Path fontFile;

    PdfRenderer(TrackerConfig config) {
        this.fontFile = config.consolidated().pdfFont();
    }

    public byte[] render(ConsolidatedDocument document) {
        Language language = Language.fromCode(document.header().language()).orElseThrow();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BaseFont base = font();
            Font normal = new Font(base, 8);
            Font bold = new Font(base, 8, Font.BOLD);
            Font title = new Font(base, 13, Font.BOLD);
            Document pdf = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
            PdfWriter.getInstance(pdf, out);
            pdf.open();
            header(pdf, document, language, title, normal);
            measures(pdf, document, language, normal, bold);
            submissions(pdf, document, language, normal, bold);
            figures(pdf, document, language, normal, bold);
            pdf.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        }
    }

    private BaseFont font() throws IOException {
        if (!Files.isReadable(fontFile)) {
            throw new IllegalStateException("The PDF font " + fontFile + " is missing: install fonts-dejavu-core or set "
                    + "tracker.consolidated.pdf-font to a TrueType font that covers Kyrgyz and Russian");
        }
        return BaseFont.createFont(fontFile.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    }

    private static void header(Document pdf, ConsolidatedDocument document, Language language, Font title, Font normal) {
        ConsolidatedDocument.Header header = document.header();
        pdf.add(new Paragraph(Labels.of("title", language), title));
        pdf.add(new Paragraph(header.planTitle(), normal));
        pdf.add(new Paragraph(Labels.of("period", language) + ": " + header.period() + "   "
                + Labels.of("asOf", language) + ": " + header.asOf() + "   "
                + Labels.of("version", language) + ": " + header.version() + " (" + header.kind() + ")", normal));
        pdf.add(new Paragraph(Labels.of("legalBasis", language) + ": " + header.legalBasis().stream()
                .map(act -> "№ " + act.number() + ", " + act.date() + " — " + act.title()).collect(Collectors.joining("; ")),
                normal));
        pdf.add(new Paragraph(Labels.of("generatedAt", language) + ": " + header.generatedAt() + "   "
                + Labels.of("contentHash", language) + ": " + header.contentHash(), normal));
        pdf.add(new Paragraph(" ", normal));
    }

    private static void measures(Document pdf, ConsolidatedDocument document, Language language, Font normal, Font bold) {
        PdfPTable table = new PdfPTable(new float[] {4, 24, 16, 8, 12, 8, 5, 19, 5});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(cell("№", bold, new Color(230, 230, 230)));
        for (String key : new String[] {"measure", "expectedResult", "deadline", "executors", "status", "progress",
                "narrative", "overdue"}) {
            table.addCell(cell(Labels.of(key, language), bold, new Color(230, 230, 230)));
        }
        for (ConsolidatedDocument.Task task : document.tasks()) {
            PdfPCell taskCell = cell(task.code() + ". " + task.title(), bold, new Color(245, 245, 245));
            taskCell.setColspan(9);
            table.addCell(taskCell);
            for (ConsolidatedDocument.Measure measure : task.measures()) {
                Entry lead = measure.executors().get(0).entry();
                table.addCell(cell(measure.code(), normal, null));
                table.addCell(cell(measure.text(), normal, null));
                table.addCell(cell(measure.expectedResult(), normal, null));
                table.addCell(cell(measure.deadline(), normal, null));
                table.addCell(cell(XlsxRenderer.executors(measure, language), normal, null));
                table.addCell(cell(Labels.status(measure.status(), language), normal, null));
                table.addCell(cell(lead == null ? "" : lead.progressPercent() + "%", normal, null));
                table.addCell(cell(XlsxRenderer.narratives(measure), normal, null));
                table.addCell(cell(Labels.of(measure.overdue() ? "yes" : "no", language), normal, null));
            }
        }
        pdf.add(table);
        if (!document.repealed().isEmpty()) {
            pdf.add(new Paragraph(Labels.of("repealed", language) + ": " + document.repealed().stream()
                    .map(r -> r.code() + " — " + r.note()).collect(Collectors.joining("; ")), normal));
        }
    }

    private static void submissions(Document pdf, ConsolidatedDocument document, Language language, Font normal,
            Font bold) {
        pdf.add(new Paragraph(" ", normal));
        pdf.add(new Paragraph(Labels.of("submissions", language), bold));
        PdfPTable table = new PdfPTable(new float[] {10, 10, 20, 8, 8});
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
        for (String key : new String[] {"agency", "status", "submittedAt", "late", "daysLate"}) {
            table.addCell(cell(Labels.of(key, language), bold, new Color(230, 230, 230)));
        }
        for (Submission s : document.submissions()) {
            table.addCell(cell(s.agency(), normal, null));
            table.addCell(cell(s.status(), normal, null));
            table.addCell(cell(s.submittedAt() == null ? "" : s.submittedAt().toString(), normal, null));
            table.addCell(cell(s.late() == null ? "" : Labels.of(s.late() ? "yes" : "no", language), normal, null));
            table.addCell(cell(s.daysLate() == null ? "" : String.valueOf(s.daysLate()), normal, null));
        }
        pdf.add(table);
        if (!document.missingAgencies().isEmpty()) {
            pdf.add(new Paragraph(Labels.of("missing", language) + ": " + String.join(", ", document.missingAgencies()),
                    normal));
        }
    }

    private static void figures(Document pdf, ConsolidatedDocument document, Language language, Font normal, Font bold) {
        Figures now = document.figures();
        Figures before = document.previousFigures();
        pdf.add(new Paragraph(" ", normal));
        pdf.add(new Paragraph(Labels.of("figures", language), bold));
        String previous = before == null ? "" : "   (" + Labels.of("previous", language) + " " + before.period() + ": ";
        pdf.add(new Paragraph(Labels.of("measuresInForce", language) + ": " + now.measuresInForce() + "; "
                + now.byStatus().entrySet().stream().map(e -> Labels.status(e.getKey(), language) + " " + e.getValue()).collect(Collectors.joining(", ")),
                normal));
        pdf.add(new Paragraph(Labels.of("shareCompleted", language) + ": " + now.shareCompleted()
                + (before == null ? "" : previous + before.shareCompleted() + ")"), normal));
        pdf.add(new Paragraph(Labels.of("overdueCount", language) + ": " + now.overdue()
                + (before == null ? "" : previous + before.overdue() + ")"), normal));
        pdf.add(new Paragraph(Labels.of("onTimeRate", language) + ": " + now.onTimeRate()
                + (before == null ? "" : previous + before.onTimeRate() + ")"), normal));
    }

    private static PdfPCell cell(String text, Font font, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        cell.setPadding(3);
        return cell;
    }
}
