package kg.actionplan.tracker.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kg.actionplan.tracker.common.InvalidParameterException;

/**
 * An If-Match header (RFC 9110): {@code *}, or one or more entity tags in quotes separated by commas. A weak tag
 * ({@code W/"..."}) never matches a write, so it is refused as a mistake rather than answered "changed".
 */
final class IfMatch {

    private static final Pattern TAG = Pattern.compile("\\s*(W/)?(\"[\\x21\\x23-\\x7e]*\")\\s*(,|$)");

    private final boolean any;
    private final List<String> tags;

    private IfMatch(boolean any, List<String> tags) {
        this.any = any;
        this.tags = tags;
    }

    /**
     * Reads the header.
     *
     * @throws InvalidParameterException when it is not an If-Match header, or names a weak tag
     */
    static IfMatch parse(String header) {
        if (header.strip().equals("*")) {
            return new IfMatch(true, List.of());
        }
        List<String> tags = new ArrayList<>();
        Matcher matcher = TAG.matcher(header);
        int at = 0;
        while (at < header.length() && matcher.region(at, header.length()).lookingAt()) {
            if (matcher.group(1) != null) {
                throw new InvalidParameterException("If-Match", "If-Match names a weak ETag (W/...), which cannot "
                        + "guard a write: send the entry's ETag exactly as the ETag header gave it.");
            }
            tags.add(matcher.group(2));
            at = matcher.end();
        }
        if (tags.isEmpty() || at < header.length()) {
            throw new InvalidParameterException("If-Match", "If-Match must be * or the entry's ETag in double quotes, "
                    + "exactly as the ETag header gave it (e.g. \"12.3\").");
        }
        return new IfMatch(false, List.copyOf(tags));
    }

    boolean matches(String etag) {
        return any || tags.contains(etag);
    }
}
