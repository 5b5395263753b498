package marquee.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whether a hall is free for a stretch of time, read from a timetable of local days. */
class HallTimetableTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 24);

    /** Hall 7: 19:00-21:00 UTC on the 24th and a late show 23:00-01:30 that runs into the 25th; hall 9: 10:00-12:00. */
    private final HallTimetable timetable = new HallTimetable(Map.of(DAY, new HallTimetable.Day(
            new long[] {7, 9}, new int[] {0, 2, 3},
            new long[] {at("2026-12-24T19:00:00Z"), at("2026-12-24T23:00:00Z"), at("2026-12-24T10:00:00Z")},
            new long[] {at("2026-12-24T21:00:00Z"), at("2026-12-25T01:30:00Z"), at("2026-12-24T12:00:00Z")})));

    @Test
    void a_stretch_that_overlaps_a_screening_of_the_hall_is_taken() {
        assertThat(timetable.isFree(7, instant("2026-12-24T20:00:00Z"), instant("2026-12-24T22:00:00Z"))).isFalse();
        assertThat(timetable.isFree(7, instant("2026-12-24T18:00:00Z"), instant("2026-12-24T23:30:00Z"))).isFalse();
        assertThat(timetable.isFree(7, instant("2026-12-25T01:00:00Z"), instant("2026-12-25T03:00:00Z")))
                .as("the late show still runs after midnight").isFalse();
    }

    @Test
    void a_stretch_that_only_touches_a_screening_or_is_in_another_hall_is_free() {
        assertThat(timetable.isFree(7, instant("2026-12-24T21:00:00Z"), instant("2026-12-24T23:00:00Z"))).isTrue();
        assertThat(timetable.isFree(7, instant("2026-12-25T01:30:00Z"), instant("2026-12-25T04:00:00Z"))).isTrue();
        assertThat(timetable.isFree(9, instant("2026-12-24T19:00:00Z"), instant("2026-12-24T21:00:00Z"))).isTrue();
        assertThat(timetable.isFree(8, instant("2026-12-24T19:00:00Z"), instant("2026-12-24T21:00:00Z"))).as("no screenings").isTrue();
        assertThat(timetable.isFree(9, instant("2026-12-24T11:59:00Z"), instant("2026-12-24T13:00:00Z"))).isFalse();
    }

    private static Instant instant(String text) {
        return Instant.parse(text);
    }

    private static long at(String text) {
        return instant(text).toEpochMilli();
    }
}
