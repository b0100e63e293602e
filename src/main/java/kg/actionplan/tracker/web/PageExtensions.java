package kg.actionplan.tracker.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import io.quarkus.qute.TemplateExtension;

import kg.actionplan.tracker.common.ServiceZone;

/**
 * Small helpers that the page templates call on values.
 */
@TemplateExtension
final class PageExtensions {

    private PageExtensions() {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** {instant.local}: a moment as people in Bishkek write it, to the minute. */
    static String local(Instant instant) {
        return TIME.format(instant.atZone(ServiceZone.ID));
    }

    /** {days.abs}: a number of days without its sign, for "n days early". */
    static int abs(Integer value) {
        return Math.abs(value);
    }
}
