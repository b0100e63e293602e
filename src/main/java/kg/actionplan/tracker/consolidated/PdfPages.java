package kg.actionplan.tracker.consolidated;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The pages of the PDF as they are written: landscape A4, a cursor that moves down the current page as paragraphs
 * and table rows are put on it, and what is drawn there (lines of text, boxes). OpenPDF's writer hands a page to the
 * output when the next one begins, so only the page being filled is held in memory.
 */
final class PdfPages {

    /** The size of all text but the title. */
    static final float SIZE = 8;

    private static final float MARGIN = 28;
    /** Paragraph lines are one and a half times the font size apart, as OpenPDF's paragraphs were. */
    private static final float PARAGRAPH_LEADING = 1.5f;
    /**
     * The stroke around each glyph, in font sizes, that makes the regular font look bold: what OpenPDF draws for a
     * bold font that has no bold face, so one font file is embedded.
     */
    private static final float BOLD_STROKE = 1 / 30f;
    private static final float BORDER = 0.5f;

    private final Document document;
    private final PdfWriter writer;
    private final PdfFont font;
    /** The page is filled above this height. */
    private float y;

    /**
     * Opens the PDF on {@code out}, which {@link #close()} leaves open.
     */
    PdfPages(OutputStream out, PdfFont font) {
        this.font = font;
        document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            writer = PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        }
        writer.setCloseStream(false);
        document.open();
        y = document.top();
    }

    PdfFont font() {
        return font;
    }

    float left() {
        return document.left();
    }

    /** The width between the margins. */
    float width() {
        return document.right() - document.left();
    }

    /** The height between the margins. */
    float height() {
        return document.top() - document.bottom();
    }

    /** Where the next thing goes, from the bottom of the page. */
    float y() {
        return y;
    }

    /** The height left on this page. */
    float room() {
        return y - document.bottom();
    }

    void down(float height) {
        y -= height;
    }

    void newPage() {
        document.newPage();
        y = document.top();
    }

    /**
     * {@code text} across the page, its lines going on to the next page when this one is full.
     */
    void paragraph(String text, float size, boolean bold) {
        float leading = size * PARAGRAPH_LEADING;
        List<String> lines = font.lines(text, width(), size);
        for (int i = 0; i < lines.size(); i++) {
            if (room() < leading) {
                newPage();
            }
            y -= leading;
            text(lines, i, i + 1, left(), y, size, leading, bold);
        }
    }

    /**
     * Lines {@code from} to {@code to} of {@code lines}, each shown whole by one operator, the first on
     * {@code baseline} and the others {@code leading} below one another.
     */
    void text(List<String> lines, int from, int to, float x, float baseline, float size, float leading,
            boolean bold) {
        PdfContentByte canvas = writer.getDirectContent();
        if (bold) {
            // The stroke's width is graphics state, which only leaves the text object through save and restore.
            canvas.saveState();
        }
        canvas.beginText();
        canvas.setFontAndSize(font.base(), size);
        if (bold) {
            canvas.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
            canvas.setLineWidth(size * BOLD_STROKE);
        }
        // Each line moves down by the leading as it is shown (the ' operator), the shortest way to write a line.
        canvas.setLeading(leading);
        canvas.setTextMatrix(x, baseline + leading);
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                canvas.newlineText();
            } else {
                canvas.newlineShowText(line);
            }
        }
        canvas.endText();
        if (bold) {
            canvas.restoreState();
        }
    }

    /**
     * A cell's border from {@code top} down, with its background, if any, under everything else on the page: the
     * next cell's background would otherwise cover half of the border they share.
     */
    void box(float x, float top, float width, float height, Color background) {
        if (background != null) {
            PdfContentByte under = writer.getDirectContentUnder();
            under.setColorFill(background);
            under.rectangle(x, top - height, width, height);
            under.fill();
        }
        PdfContentByte canvas = writer.getDirectContent();
        canvas.setLineWidth(BORDER);
        canvas.setLineCap(PdfContentByte.LINE_CAP_PROJECTING_SQUARE);
        canvas.rectangle(x, top - height, width, height);
        canvas.stroke();
    }

    /**
     * Writes the last page and the document's end; the output stays open.
     */
    void close() {
        document.close();
    }
}
