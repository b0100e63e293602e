package kg.actionplan.tracker.common;

import java.util.Arrays;

/**
 * A query parameter that names a constant of an enum, exactly as written in the API; 400 otherwise.
 */
public final class EnumParameter {

    private EnumParameter() {
    }

    public static <E extends Enum<E>> E of(Class<E> type, String parameter, String value) {
        return Enums.named(type, value)
                .orElseThrow(() -> new InvalidParameterException(parameter, parameter + " must be one of "
                        + Arrays.toString(type.getEnumConstants())));
    }
}
