package kg.actionplan.tracker.consolidated;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.lowagie.text.pdf.BaseFont;

/**
 * The PDF's embedded font, measuring text and breaking it into lines that fit a width. Measuring is the hot path of
 * the layout (every character of every cell), so each character's width is asked of the font once per rendering and
 * kept in an array: the font's own lookup goes through a hash map per character, which made most of the time of the
 * PdfPTable layout this replaces.
 */
final class PdfFont {

    /** Not yet asked of the font. */
    private static final int UNKNOWN = -1;

    private final BaseFont base;
    /** Per UTF-16 character, its advance in thousandths of the font size. */
    private final int[] advances = new int[Character.MAX_VALUE + 1];

    PdfFont(BaseFont base) {
        this.base = base;
        Arrays.fill(advances, UNKNOWN);
    }

    BaseFont base() {
        return base;
    }

    /**
     * The width of {@code text} in points at {@code size}.
     */
    float width(String text, float size) {
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += advance(text, i);
        }
        return units * size / 1000;
    }

    /**
     * {@code text} in lines at most {@code width} points wide at {@code size}: a line breaks at a space or after a
     * hyphen, as OpenPDF's table cells did, and between two letters only when one word is wider than the line; each
     * {@code \n} starts a new line. Spaces at either end of a line are dropped. There is always at least one line,
     * maybe empty.
     */
    List<String> lines(String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        float limit = width * 1000 / size;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                wrap(text, start, text.length(), limit, lines);
                return lines;
            }
            wrap(text, start, end, limit, lines);
            start = end + 1;
        }
    }

    /**
     * Adds the lines of {@code text} from {@code start} to {@code end}, where there is no {@code \n}.
     */
    private void wrap(String text, int start, int end, float limit, List<String> lines) {
        start = skipSpaces(text, start, end);
        if (start == end) {
            lines.add("");
            return;
        }
        while (start < end) {
            int units = 0;
            int i = start;
            // Where the line may end, and where the next would begin.
            int lineEnd = -1;
            int next = -1;
            while (i < end) {
                int advance = advance(text, i);
                if (units + advance > limit) {
                    break;
                }
                units += advance;
                char c = text.charAt(i);
                if (isSpace(c)) {
                    lineEnd = i;
                    next = i + 1;
                } else if (c == '-' || c == '\u2010') {
                    lineEnd = i + 1;
                    next = i + 1;
                }
                i++;
            }
            if (i == end) {
                lineEnd = end;
                next = end;
            } else if (isSpace(text.charAt(i))) {
                lineEnd = i;
                next = i + 1;
            } else if (lineEnd < 0) {
                // One word wider than the line: it is broken where it overflows, keeping at least one letter so that
                // the layout always moves on, and a surrogate pair whole.
                lineEnd = Math.max(i, start + 1);
                if (lineEnd < end && Character.isLowSurrogate(text.charAt(lineEnd))) {
                    lineEnd += lineEnd - 1 > start ? -1 : 1;
                }
                next = lineEnd;
            }
            while (lineEnd > start && isSpace(text.charAt(lineEnd - 1))) {
                lineEnd--;
            }
            lines.add(text.substring(start, lineEnd));
            start = skipSpaces(text, next, end);
        }
    }

    private static int skipSpaces(String text, int from, int end) {
        while (from < end && isSpace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /**
     * Where OpenPDF's default split character broke a line before a character and dropped it: controls, the space and
     * the typographic spaces (but not the no-break space).
     */
    private static boolean isSpace(char c) {
        return c <= ' ' || c >= '\u2002' && c <= '\u200b';
    }

    /**
     * The advance of the character at {@code i} in thousandths of the font size; a surrogate pair counts whole at its
     * first half. Those are not kept, the width depending on the pair.
     */
    private int advance(String text, int i) {
        char c = text.charAt(i);
        int advance = advances[c];
        if (advance != UNKNOWN) {
            return advance;
        }
        if (Character.isSurrogate(c)) {
            return Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)) ? base.getWidth(text.codePointAt(i)) : 0;
        }
        advance = base.getWidth(c);
        advances[c] = advance;
        return advance;
    }
}
