package kg.actionplan.tracker.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class HalfYearTest {

    @Test
    void parsesTheWrittenForm() {
        assertEquals(Optional.of(new HalfYear(2020, 1)), HalfYear.parse("2020-H1"));
        assertEquals("2023-H2", new HalfYear(2023, 2).id());
    }

    @Test
    void refusesAnythingButYearDashHalf() {
        for (String bad : new String[] {"2020-H3", "2020-h1", "2020H1", "20-H1", "2020-H1 ", "", "2020-Q1"}) {
            assertTrue(HalfYear.parse(bad).isEmpty(), bad);
        }
        assertTrue(HalfYear.parse(null).isEmpty());
    }

    @Test
    void firstHalfRunsJanuaryToJuneAndSecondJulyToDecember() {
        assertEquals(LocalDate.of(2020, 1, 1), new HalfYear(2020, 1).start());
        assertEquals(LocalDate.of(2020, 6, 30), new HalfYear(2020, 1).end());
        assertEquals(LocalDate.of(2020, 7, 1), new HalfYear(2020, 2).start());
        assertEquals(LocalDate.of(2020, 12, 31), new HalfYear(2020, 2).end());
    }

    @Test
    void reportsOnTheSecondHalfFallDueInJanuaryOfTheNextYear() {
        assertEquals(LocalDate.of(2024, 1, 5), new HalfYear(2023, 2).dayOfFollowingMonth(5));
        assertEquals(LocalDate.of(2020, 7, 25), new HalfYear(2020, 1).dayOfFollowingMonth(25));
    }

    @Test
    void theHalfAfterTheSecondIsTheFirstOfTheNextYear() {
        assertEquals(new HalfYear(2020, 1), new HalfYear(2019, 2).next());
        assertEquals(new HalfYear(2020, 2), new HalfYear(2020, 1).next());
    }

    @Test
    void theHalfBeforeTheFirstIsTheSecondOfThePreviousYear() {
        assertEquals(new HalfYear(2019, 2), new HalfYear(2020, 1).previous());
        assertEquals(new HalfYear(2020, 1), new HalfYear(2020, 2).previous());
    }

    @Test
    void theLastEndedHalfIncludesItsLastDay() {
        assertEquals(new HalfYear(2020, 1), HalfYear.lastEndedBy(LocalDate.of(2020, 6, 30)));
        assertEquals(new HalfYear(2019, 2), HalfYear.lastEndedBy(LocalDate.of(2020, 6, 29)));
        assertEquals(new HalfYear(2020, 1), HalfYear.lastEndedBy(LocalDate.of(2020, 12, 30)));
    }
}
