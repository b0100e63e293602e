package kg.actionplan.tracker.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn by the server as inline SVG (templates/tags/barChart.html): each bar a part of a whole,
 * laid out here so that the template only places what it is given.
 */
public record BarChart(List<Placed> bars, int height) {

    /** The height of one bar's row, in the chart's units. */
    static final int ROW = 28;
    /** The width of a full bar, in the chart's units. */
    static final int TRACK = 300;

    /** A bar before layout: {@code part} of {@code whole}, named {@code label}. */
    public record Bar(String label, int part, int whole) {
    }

    /** A bar laid out: the top of its row and the width of its filled part. */
    public record Placed(Bar bar, int y, int filled, int percent) {
    }

    static BarChart of(List<Bar> bars) {
        List<Placed> placed = new ArrayList<>();
        for (Bar bar : bars) {
            int percent = bar.whole() == 0 ? 0 : Math.round(100f * bar.part() / bar.whole());
            placed.add(new Placed(bar, placed.size() * ROW, TRACK * percent / 100, percent));
        }
        return new BarChart(List.copyOf(placed), Math.max(1, placed.size()) * ROW);
    }
}
