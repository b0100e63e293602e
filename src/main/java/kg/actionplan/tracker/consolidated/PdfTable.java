package kg.actionplan.tracker.consolidated;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A table drawn straight onto the pages a row at a time, its heading row at the top of every page it reaches. Each
 * cell's text is broken into lines once: they give the row its height, and are then drawn. A row that does not fit in
 * what is left of the page goes to the next one; a row taller than a whole page starts where it is and goes on over
 * the next pages, its cells split between lines. Nothing of a row is kept once it is drawn.
 */
final class PdfTable {

    private static final float PADDING = 3;
    /** Lines in a cell are the font size apart, as in OpenPDF's table cells. */
    private static final float LEADING = PdfPages.SIZE;
    /** Room for the cell's borders and the stroke that makes the embedded font bold. */
    private static final float SLACK = 2;
    private static final Color HEADING = new Color(230, 230, 230);

    private final PdfPages pages;
    private final float[] lefts;
    private final float[] widths;
    private final Row heading;
    private boolean headingOnThisPage;

    /**
     * A table {@code width} points wide at the left margin, its columns in proportion to {@code shares} and never
     * narrower than the widest word of their heading or of their {@code unbreakable} texts.
     *
     * @param unbreakable per column, further texts whose words must not be broken, beside the heading
     */
    PdfTable(PdfPages pages, List<String> headings, float[] shares, Map<Integer, List<String>> unbreakable,
            float width) {
        this.pages = pages;
        List<List<String>> texts = new ArrayList<>();
        for (int c = 0; c < headings.size(); c++) {
            List<String> column = new ArrayList<>(unbreakable.getOrDefault(c, List.of()));
            column.add(headings.get(c));
            texts.add(column);
        }
        widths = widths(width, shares, texts, pages.font());
        lefts = new float[widths.length];
        float left = pages.left();
        for (int c = 0; c < widths.length; c++) {
            lefts[c] = left;
            left += widths[c];
        }
        heading = cells(headings, true, HEADING);
    }

    /**
     * A row, one text per column; a null text is an empty cell.
     */
    void row(String... texts) {
        place(cells(Arrays.asList(texts), false, null));
    }

    /**
     * A row of one cell across all the columns, in bold on {@code background}.
     */
    void span(String text, Color background) {
        float width = lefts[lefts.length - 1] + widths[widths.length - 1] - lefts[0];
        place(new Row(List.of(cell(lefts[0], width, text, true, background))));
    }

    /**
     * Ends the table; one without rows still shows its heading.
     */
    void end() {
        // Each row leaves the heading on its last page, so only a table without rows lacks it.
        if (!headingOnThisPage) {
            if (height(heading.lines()) > pages.room()) {
                newPage();
            }
            drawHeading();
        }
    }

    private Row cells(List<String> texts, boolean bold, Color background) {
        List<Cell> cells = new ArrayList<>(texts.size());
        for (int c = 0; c < texts.size(); c++) {
            cells.add(cell(lefts[c], widths[c], texts.get(c), bold, background));
        }
        return new Row(cells);
    }

    private Cell cell(float x, float width, String text, boolean bold, Color background) {
        return new Cell(x, width, pages.font().lines(text == null ? "" : text, width - 2 * PADDING, PdfPages.SIZE),
                bold, background);
    }

    /**
     * Draws {@code row} below what is on the page, the heading row first where the table starts a page.
     */
    private void place(Row row) {
        int lines = row.lines();
        float headingHeight = headingOnThisPage ? 0 : height(heading.lines());
        if (headingHeight + height(lines) > pages.room()
                && (height(heading.lines()) + height(lines) <= pages.height()
                        || linesIn(pages.room() - headingHeight) < 1)) {
            // A row that fits on a page is kept whole, as OpenPDF's tables did; a longer one starts here.
            newPage();
        }
        int from = 0;
        while (true) {
            if (!headingOnThisPage) {
                drawHeading();
            }
            // At least a line a page, so that a heading taller than the page cannot stop the table.
            int fit = Math.max(1, linesIn(pages.room()));
            if (lines - from <= fit) {
                draw(row, from, lines, height(lines - from));
                return;
            }
            draw(row, from, from + fit, pages.room());
            from += fit;
            newPage();
        }
    }

    private void drawHeading() {
        draw(heading, 0, heading.lines(), height(heading.lines()));
        headingOnThisPage = true;
    }

    private void newPage() {
        pages.newPage();
        headingOnThisPage = false;
    }

    /**
     * Lines {@code from} to {@code to} of the row's cells in boxes {@code height} high.
     */
    private void draw(Row row, int from, int to, float height) {
        float top = pages.y();
        for (Cell cell : row.cells()) {
            pages.box(cell.x(), top, cell.width(), height, cell.background());
        }
        for (Cell cell : row.cells()) {
            int last = Math.min(to, cell.lines().size());
            if (from < last) {
                pages.text(cell.lines(), from, last, cell.x() + PADDING, top - PADDING - LEADING, PdfPages.SIZE,
                        LEADING, cell.bold());
            }
        }
        pages.down(height);
    }

    private static float height(int lines) {
        return lines * LEADING + 2 * PADDING;
    }

    private static int linesIn(float height) {
        return (int) ((height - 2 * PADDING) / LEADING);
    }

    /**
     * Column widths that add up to {@code total}, in proportion to {@code shares}, except that no column is narrower
     * than the widest word of its {@code texts}: a word is broken between two letters only when it is wider than its
     * cell ("Аткары|лышы"), so these texts wrap between words only. A column that needs more than its share gets what
     * it needs, and the others share the rest in proportion.
     */
    private static float[] widths(float total, float[] shares, List<List<String>> texts, PdfFont font) {
        int columns = shares.length;
        float[] needed = new float[columns];
        for (int c = 0; c < columns; c++) {
            float widest = 0;
            for (String text : texts.get(c)) {
                for (String word : text.split("\\s+")) {
                    widest = Math.max(widest, font.width(word, PdfPages.SIZE));
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

    private record Cell(float x, float width, List<String> lines, boolean bold, Color background) {
    }

    private record Row(List<Cell> cells) {

        /** The most lines of any of its cells. */
        int lines() {
            int lines = 0;
            for (Cell cell : cells) {
                lines = Math.max(lines, cell.lines().size());
            }
            return lines;
        }
    }
}
