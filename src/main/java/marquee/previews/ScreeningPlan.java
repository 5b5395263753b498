package marquee.previews;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import marquee.shared.Sentence;

/**
 * A plan of preview or targeted screenings of a film in a date window, beside the naive plan, with the cities and
 * cinemas ranked by the expected attendance of a screening there ({@link ScreeningPlanner} says how it is expected).
 *
 * @param model      the attendance model in one sentence, for whoever reads the plan
 * @param cities     the cities with an expected audience, the largest first (at most 30)
 * @param cinemas    the cinemas by the expected attendance of one screening in their biggest free hall (at most 30)
 * @param plan       the planner's plan
 * @param naive      the biggest cities' biggest halls at their first free slots
 * @param naiveKept  whether the planner's own choice did worse than the naive plan, which it then proposes instead
 */
public record ScreeningPlan(long filmId, String title, LocalDate from, LocalDate to, int count, Sentence model,
                            List<CityRank> cities, List<CinemaRank> cinemas, Plan plan, Plan naive, boolean naiveKept) {

    /** A city: its moviegoers, how many of them are expected at a screening of the film there, and its cinemas. */
    public record CityRank(int rank, String city, String province, int tier, long moviegoers, double expectedAudience,
                           int cinemas, int biggestHall) {}

    /**
     * A cinema, with the expected attendance of one screening in its biggest free hall: {@code min(capacity, the
     * city's expected audience)}. Its reach is its own city.
     */
    public record CinemaRank(long cinemaId, String cinema, String city, int halls, int biggestHall, int freeDays,
                             double expectedAttendance) {}

    /** Screenings and their expected attendance, rounded to whole people. */
    public record Plan(List<PlannedScreening> screenings, long expectedAttendance) {}

    /** One screening of a plan: where, when (the cinema's local time), and its share of the city's audience. */
    public record PlannedScreening(String city, String province, long cinemaId, String cinema, long hallId, String hall,
                                   int capacity, LocalDate date, LocalTime start, double expectedAttendance) {}
}
