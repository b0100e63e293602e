package kg.actionplan.tracker.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A human text in the service's three languages: Kyrgyz (the legal original), Russian and English.
 */
@Embeddable
public record LocalizedText(
        @Column(length = 20000) String ky,
        @Column(length = 20000) String ru,
        @Column(length = 20000) String en) {
}
