package kg.actionplan.tracker.web;

import io.quarkus.qute.TemplateExtension;

/**
 * Small helpers that the page templates call on values.
 */
@TemplateExtension
final class PageExtensions {

    private PageExtensions() {
    }

    /** {days.abs}: a number of days without its sign, for "n days early". */
    static int abs(Integer value) {
        return Math.abs(value);
    }
}
