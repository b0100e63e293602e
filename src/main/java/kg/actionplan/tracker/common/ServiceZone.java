package kg.actionplan.tracker.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The time zone in which the service's own calendar runs: scheduled jobs and the expiry dates of API tokens. Plans
 * carry their own zone for their deadlines.
 */
public final class ServiceZone {

    /** The zone's name, for annotations that need a constant. */
    public static final String NAME = "Asia/Bishkek";

    public static final ZoneId ID = ZoneId.of(NAME);

    private ServiceZone() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ID);
    }
}
