package kg.actionplan.tracker.report;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * How a back-filled report reached the committee: on paper, received on {@code receivedOn} with a covering letter of
 * the agency's (its outgoing number and date). The committee enters such a report after the fact, and it counts as
 * submitted on the day it was received. Who entered it and when are the report's creator and creation time, since a
 * report is back-filled from the moment it is opened.
 */
@Embeddable
public record Backfill(LocalDate receivedOn, String letterNumber, LocalDate letterDate) {

    /**
     * How the audit log and other texts name the letter.
     */
    public String describe() {
        return "received on " + receivedOn + " with letter No. " + letterNumber + " of " + letterDate;
    }
}
