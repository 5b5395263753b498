package marquee.demo.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a demo day sells (application.properties, prefix {@code marquee.demo.day}); see {@link DemoDay} for the model.
 *
 * @param curve            sell on this day's curve; false: a flat {@code marquee.demo.sales.orders-per-minute} all day
 *                         through the real-time checkout (a steady load, for load tests)
 * @param occupancy        the share of a weekday's seats sold, over all its screenings (China's national average is
 *                         about 10-15%)
 * @param fridayUplift     Friday's occupancy over a weekday's
 * @param weekendUplift    Saturday's and Sunday's occupancy over a weekday's
 * @param lastHoursShare   the share of a show's tickets bought in its last hours (the rest are presales)
 * @param lastHoursMean    how long before the show those last-hours tickets are bought, on average
 * @param presaleMean      how long before the show presales are bought, on average
 * @param seedToday        when the simulator starts, sell in bulk what the day would have sold by then
 * @param liveOrdersPerMinute the most orders a minute that go through the real-time checkout; a busier minute sells
 *                         the rest through the bulk path (a 2-core laptop carries about 60 real-time checkouts a minute
 *                         besides the console)
 */
@ConfigurationProperties("marquee.demo.day")
record DemoDaySettings(boolean curve, double occupancy, double fridayUplift, double weekendUplift, double lastHoursShare,
                       Duration lastHoursMean, Duration presaleMean, boolean seedToday, int liveOrdersPerMinute) {

    DemoDaySettings {
        if (occupancy <= 0 || occupancy > 0.9 || lastHoursShare < 0 || lastHoursShare > 1 || liveOrdersPerMinute < 0
                || fridayUplift <= 0 || weekendUplift <= 0) {
            throw new IllegalArgumentException("marquee.demo.day: occupancy must be above 0 and at most 0.9, last-hours-share"
                    + " 0 to 1, uplifts above 0, live-orders-per-minute 0 or more");
        }
    }

    static DemoDaySettings defaults() {
        return new DemoDaySettings(true, 0.12, 1.1, 1.4, 0.75, Duration.ofHours(3), Duration.ofHours(20), true, 60);
    }
}
