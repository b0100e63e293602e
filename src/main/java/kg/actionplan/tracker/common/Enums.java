package kg.actionplan.tracker.common;

import java.util.Arrays;
import java.util.Optional;

/**
 * Enum constants looked up by the name the API and the stored documents write them with, without the exception of
 * {@link Enum#valueOf}: a name a caller or an older document may hold is not a programming error.
 */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst();
    }
}
