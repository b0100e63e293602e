package kg.actionplan.tracker.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A human text in the service's three languages: Kyrgyz (the legal original), Russian and English.
 */
@Schema(description = "A text in Kyrgyz (ky, the legal original), Russian (ru) and English (en).")
@Embeddable
public record LocalizedText(
        @Column(length = 20000) String ky,
        @Column(length = 20000) String ru,
        @Column(length = 20000) String en) {

    public String in(Language language) {
        return switch (language) {
            case KY -> ky;
            case RU -> ru;
            case EN -> en;
        };
    }
}
