package kg.actionplan.tracker.common;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The languages of the service: Kyrgyz (the legal original), Russian and English, written ky, ru and en.
 */
public enum Language {
    KY, RU, EN;

    @JsonValue
    public String code() {
        return name().toLowerCase();
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code().equals(code)).findFirst();
    }
}
