package kg.actionplan.tracker.alert;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a rule fires, named by the first day of its window. A reminder "n days before" fires from that day until the
 * next, nearer reminder (or the deadline), so a scan missed on the day itself is made up the next day; a repeated
 * alert fires once in each period of {@code every} days. Scanning twice within a window gives the same occurrence,
 * which the outbox does not store twice.
 */
final class Occurrences {

    private Occurrences() {
    }

    /**
     * The reminder window of {@code daysBefore} (e.g. 7 and 1) that {@code today} falls in, before or on {@code due}.
     */
    static Optional<LocalDate> reminder(LocalDate due, LocalDate today, List<Integer> daysBefore) {
        if (today.isAfter(due)) {
            return Optional.empty();
        }
        List<Integer> offsets = daysBefore.stream().filter(days -> days > 0).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        for (int i = 0; i < offsets.size(); i++) {
            LocalDate from = due.minusDays(offsets.get(i));
            boolean beforeNext = i + 1 == offsets.size() || today.isBefore(due.minusDays(offsets.get(i + 1)));
            if (!today.isBefore(from) && beforeNext) {
                return Optional.of(from);
            }
        }
        return Optional.empty();
    }

    /**
     * The repeat period, counted from {@code from} in steps of {@code every} days, that {@code today} falls in.
     */
    static Optional<LocalDate> repeated(LocalDate from, LocalDate today, int every) {
        if (today.isBefore(from)) {
            return Optional.empty();
        }
        long step = Math.max(1, every);
        return Optional.of(from.plusDays(ChronoUnit.DAYS.between(from, today) / step * step));
    }
}
