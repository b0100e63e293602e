package kg.actionplan.tracker.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn by the server as inline SVG (templates/tags/barChart.html): each bar a part of a whole,
 * laid out here so that the template only places what it is given.
 */
public record BarChart(List<Placed> bars, int height, int trackX) {

    /** The height of one bar's row, in the chart's units. */
    static final int ROW = 28;
    /** The width of a full bar, in the chart's units. */
    static final int TRACK = 300;
    /** The narrowest label column, and the room one character of a label takes, in the chart's units. */
    private static final int LABEL_MIN = 48;
    private static final int LABEL_CHAR = 8;
    /** The room for the "part/whole" after the track. */
    private static final int VALUE_WIDTH = 64;

    /**
     * A bar before layout: {@code part} of {@code whole}, named {@code label}; {@code description} says in words what
     * the bar counts, for those who do not see it, or is null for completed measures (the chart's first use).
     */
    public record Bar(String label, int part, int whole, String description) {

        public Bar(String label, int part, int whole) {
            this(label, part, whole, null);
        }
    }

    /** A bar laid out: the top of its row and the width of its filled part. */
    public record Placed(Bar bar, int y, int filled, int percent) {
    }

    /** Where the value after the track begins. */
    public int valueX() {
        return trackX + TRACK + 8;
    }

    /** The width of the whole drawing. */
    public int width() {
        return valueX() + VALUE_WIDTH;
    }

    static BarChart of(List<Bar> bars) {
        List<Placed> placed = new ArrayList<>();
        int longestLabel = 0;
        for (Bar bar : bars) {
            int percent = bar.whole() == 0 ? 0 : Math.round(100f * bar.part() / bar.whole());
            placed.add(new Placed(bar, placed.size() * ROW, TRACK * percent / 100, percent));
            longestLabel = Math.max(longestLabel, bar.label().length());
        }
        // Labels such as half-years (2024-H1) need more room than task numbers; the track starts after the longest.
        return new BarChart(List.copyOf(placed), Math.max(1, placed.size()) * ROW,
                Math.max(LABEL_MIN, longestLabel * LABEL_CHAR + LABEL_CHAR));
    }
}
