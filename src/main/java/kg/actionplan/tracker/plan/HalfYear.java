package kg.actionplan.tracker.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: the first (H1, January–June) or second (H2, July–December) half of a year, written
 * {@code 2020-H1}.
 */
public record HalfYear(int year, int half) implements Comparable<HalfYear> {

    private static final Pattern FORMAT = Pattern.compile("([0-9]{4})-H([12])");

    public HalfYear {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half must be 1 or 2");
        }
    }

    public static Optional<HalfYear> parse(String id) {
        Matcher matcher = id == null ? null : FORMAT.matcher(id);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new HalfYear(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }

    /**
     * The latest half-year that has ended on or before {@code date}.
     */
    public static HalfYear lastEndedBy(LocalDate date) {
        HalfYear current = new HalfYear(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
        return current.end().equals(date) ? current
                : current.half == 1 ? new HalfYear(date.getYear() - 1, 2) : new HalfYear(date.getYear(), 1);
    }

    public String id() {
        return year + "-H" + half;
    }

    public LocalDate start() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    public LocalDate end() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    public HalfYear previous() {
        return half == 2 ? new HalfYear(year, 1) : new HalfYear(year - 1, 2);
    }

    public HalfYear next() {
        return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
    }

    /**
     * The given day of the month that follows this half-year, when reports on it fall due.
     */
    public LocalDate dayOfFollowingMonth(int day) {
        return end().plusDays(1).withDayOfMonth(day);
    }

    @Override
    public int compareTo(HalfYear other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(half, other.half);
    }

    @Override
    public String toString() {
        return id();
    }
}
