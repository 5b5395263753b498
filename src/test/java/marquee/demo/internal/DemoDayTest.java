package marquee.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The demo day's curve on a small demo market (the tests' 12 cinemas), worked out from the market's plan: a
 * plausible average occupancy, evenings fuller than afternoons, weekends fuller than weekdays, and most tickets
 * bought in the last hours before the shows.
 */
class DemoDayTest {

    private static final DemoDay MODEL = new DemoDay(DemoDaySettings.defaults());
    /** A Wednesday and a Saturday. */
    private static final LocalDate WEEKDAY = LocalDate.of(2026, 12, 2);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 12, 5);

    @Test
    void a_weekday_sells_a_plausible_share_of_its_seats_and_evenings_sell_best() {
        DemoDayReport day = DemoDayReport.simulate(12, 20261125, WEEKDAY, MODEL);
        day.lines().forEach(System.out::println);

        assertThat(day.screenings()).isGreaterThan(100);
        assertThat(day.occupancy()).as("a weekday's occupancy").isBetween(0.09, 0.15);
        double afternoon = occupancy(day, 14, 16);
        double evening = occupancy(day, 19, 20);
        double morning = occupancy(day, 10, 11);
        assertThat(evening).as("19:00-20:59 shows").isBetween(0.25, 0.45);
        assertThat(evening).as("evening above afternoon").isGreaterThan(afternoon * 2);
        assertThat(afternoon).as("afternoon above morning").isGreaterThan(morning);
        assertThat(day.hours().get(23).boardAtEnd()).as("the board at midnight reads the day's occupancy")
                .isCloseTo(day.occupancy(), org.assertj.core.data.Offset.offset(0.005));
        assertThat(day.hours().get(9).boardAtEnd()).as("the board at 10:00 reads presales only")
                .isBetween(0.005, day.occupancy() / 3);
    }

    @Test
    void saturday_is_busier_than_a_weekday() {
        DemoDayReport weekday = DemoDayReport.simulate(12, 20261125, WEEKDAY, MODEL);
        DemoDayReport saturday = DemoDayReport.simulate(12, 20261125, SATURDAY, MODEL);

        assertThat(saturday.occupancy()).isBetween(weekday.occupancy() * 1.25, weekday.occupancy() * 1.55);
        assertThat(occupancy(saturday, 19, 20)).as("a Saturday evening").isBetween(0.35, 0.6);
    }

    @Test
    void most_tickets_are_bought_in_the_last_hours_before_the_show() {
        assertThat(MODEL.boughtBy(0)).isEqualTo(1.0);
        assertThat(1 - MODEL.boughtBy(6)).as("bought in the last 6 hours").isGreaterThan(0.6);
        assertThat(MODEL.boughtBy(24)).as("presales a day ahead").isBetween(0.05, 0.2);

        DemoDayReport day = DemoDayReport.simulate(12, 20261125, WEEKDAY, MODEL);
        double night = IntStream.rangeClosed(1, 7).mapToDouble(h -> day.hours().get(h).ticketsBought()).sum();
        double evening = IntStream.rangeClosed(17, 20).mapToDouble(h -> day.hours().get(h).ticketsBought()).sum();
        assertThat(evening).as("bought 17:00-20:59 against 01:00-07:59").isGreaterThan(night * 5);
    }

    private static double occupancy(DemoDayReport day, int fromHour, int toHour) {
        long seats = 0;
        double tickets = 0;
        for (int h = fromHour; h <= toHour; h++) {
            seats += day.hours().get(h).seats();
            tickets += day.hours().get(h).tickets();
        }
        return tickets / seats;
    }
}
