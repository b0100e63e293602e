package kg.actionplan.tracker.report;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * Proof of what was done: a document with its legal-act number and date, or a URL.
 */
@Embeddable
public record Evidence(String title, String actNumber, LocalDate actDate, String url) {
}
