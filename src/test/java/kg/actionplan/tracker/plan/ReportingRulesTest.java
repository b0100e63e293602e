package kg.actionplan.tracker.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * The reporting calendar of a plan like the seeded one: agencies report by the 5th of the month after the
 * half-year, the coordinator by the 25th, days counted in Bishkek (UTC+6).
 */
class ReportingRulesTest {

    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
    private static final ReportingRules RULES = new ReportingRules(ReportingRules.Frequency.HALF_YEARLY, 5, 25,
            BISHKEK, null, new HalfYear(2019, 2), new HalfYear(2023, 2));
    private static final HalfYear H1 = new HalfYear(2021, 1);
    private static final HalfYear H2 = new HalfYear(2021, 2);

    @Test
    void agenciesReportOnTheFirstHalfByTheFifthOfJulyAndOnTheSecondByTheFifthOfJanuary() {
        assertEquals(LocalDate.of(2021, 7, 5), RULES.agencyReportDue(H1));
        assertEquals(LocalDate.of(2022, 1, 5), RULES.agencyReportDue(H2));
    }

    @Test
    void theConsolidatedReportFallsDueOnTheTwentyFifthOfTheSameMonth() {
        assertEquals(LocalDate.of(2021, 7, 25), RULES.consolidatedReportDue(H1));
        assertEquals(LocalDate.of(2022, 1, 25), RULES.consolidatedReportDue(H2));
    }

    @Test
    void aDueDayEndsAtMidnightInBishkekWhichIsSixInTheEveningUtc() {
        assertEquals(Instant.parse("2021-07-05T18:00:00Z"), RULES.endOf(LocalDate.of(2021, 7, 5)));
    }

    @Test
    void reportsAreStillDueUntilTheLastInstantOfTheDueDayInBishkek() {
        Instant lastInstant = Instant.parse("2021-07-05T17:59:59.999999999Z");

        assertTrue(RULES.agencyReportStillDue(H1, lastInstant));
        assertFalse(RULES.agencyReportStillDue(H1, lastInstant.plusNanos(1)));
        // The 6th has begun in Bishkek while it is still the 5th in UTC.
        assertEquals(LocalDate.of(2021, 7, 6), RULES.dayOf(lastInstant.plusNanos(1)));
    }

    @Test
    void submissionOpensAtMidnightAfterTheHalfYearsLastDayInBishkek() {
        assertEquals(Instant.parse("2021-06-30T18:00:00Z"), RULES.submissionOpens(H1));
        assertEquals(Instant.parse("2021-12-31T18:00:00Z"), RULES.submissionOpens(H2));
    }
}
