package marquee.demo.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo market's day as a model of a Chinese cinema day, an assumption of the demo and not data:
 * <ul>
 * <li>a weekday sells {@code occupancy} of its seats (12% by default; the national average is about 10-15%),
 * Friday x1.1, Saturday and Sunday x1.4;</li>
 * <li>a show's share of that follows its start hour ({@link #HOUR}: mornings a quarter of the mean, 19:00-20:59
 * about 2.5 times it, so an evening show sells 30-40%), its film's popularity fading week by week after release,
 * and its city's tier; no show sells more than {@value #MAX_OCCUPANCY} of its seats;</li>
 * <li>a show's tickets are bought before it starts: {@code lastHoursShare} (75%) in its last hours (on average
 * {@code lastHoursMean}, 3 h, before it), the rest as presales (on average {@code presaleMean}, 20 h, before it),
 * counted in the hours people are awake ({@link #AWAKE}).</li>
 * </ul>
 */
final class DemoDay {

    /** Relative demand of a show by its local start hour (0-23), before normalising to the day's occupancy. */
    static final double[] HOUR = {0.6, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.25, 0.25, 0.3,
            0.4, 0.5, 0.6, 0.65, 0.7, 0.85, 1.5, 2.6, 2.6, 1.8, 0.9, 0.7};
    static final double MAX_OCCUPANCY = 0.95;
    /** A city tier's buyers per seat (index = tier): the big cities fill their halls better. */
    static final double[] TIER = {0, 1.35, 1.15, 1.0, 0.85, 0.7};

    /** A screening as the model needs it: when, where, how many seats, and how strongly its film sells that day. */
    record Show(long screeningId, long filmId, Instant startsAt, LocalDate day, int localHour, int tier, int seats,
                double filmWeight) {

        double weight() {
            return HOUR[localHour] * filmWeight * TIER[Math.clamp(tier, 1, TIER.length - 1)];
        }
    }

    private final DemoDaySettings settings;

    DemoDay(DemoDaySettings settings) {
        this.settings = settings;
    }

    DemoDaySettings settings() {
        return settings;
    }

    /** The share of a day's seats sold on a day of the week. */
    double occupancy(DayOfWeek day) {
        return settings.occupancy() * switch (day) {
            case FRIDAY -> settings.fridayUplift();
            case SATURDAY, SUNDAY -> settings.weekendUplift();
            default -> 1.0;
        };
    }

    /**
     * Each show's final occupancy: its weight over the seat-weighted mean weight of its day, times the day's
     * occupancy; capped, so a day full of blockbuster evenings sells a little less than the day's figure.
     */
    Map<Long, Double> occupancies(List<Show> shows) {
        Map<LocalDate, double[]> byDay = new HashMap<>(); // day -> {seats x weight, seats}
        for (Show s : shows) {
            double[] sums = byDay.computeIfAbsent(s.day(), d -> new double[2]);
            sums[0] += s.seats() * s.weight();
            sums[1] += s.seats();
        }
        Map<Long, Double> occupancy = new HashMap<>();
        for (Show s : shows) {
            double[] sums = byDay.get(s.day());
            double mean = sums[0] / sums[1];
            occupancy.put(s.screeningId(), Math.min(MAX_OCCUPANCY, occupancy(s.day().getDayOfWeek()) * s.weight() / mean));
        }
        return occupancy;
    }

    /**
     * How awake the market is in each local hour (0-23): people buy tickets from morning to midnight, hardly at night. The
     * lead times above are counted in these awake hours, so a presale for a morning show is bought the evening before.
     */
    static final double[] AWAKE = {0.5, 0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.3, 0.7, 1, 1, 1,
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.8};
    private static final double[] AWAKE_BEFORE = new double[25];

    static {
        for (int h = 0; h < 24; h++) {
            AWAKE_BEFORE[h + 1] = AWAKE_BEFORE[h] + AWAKE[h];
        }
    }

    /** Awake hours from the epoch to {@code at} on the demo cinemas' clock. */
    static double awakeHours(Instant at) {
        var local = at.atZone(CinemaPlan.ZONE);
        int hour = local.getHour();
        return local.toLocalDate().toEpochDay() * AWAKE_BEFORE[24] + AWAKE_BEFORE[hour]
                + AWAKE[hour] * (local.getMinute() * 60 + local.getSecond()) / 3600.0;
    }

    /** The share of a show starting at {@code startsAt} whose tickets are bought by {@code at} (all once it starts). */
    double boughtBy(Instant at, Instant startsAt) {
        if (!at.isBefore(startsAt)) {
            return 1;
        }
        return boughtBy(awakeHours(startsAt) - awakeHours(at));
    }

    /** The share of a show's tickets bought by the time {@code hours} awake hours are left before it. */
    double boughtBy(double hours) {
        if (hours <= 0) {
            return 1;
        }
        double last = settings.lastHoursMean().toSeconds() / 3600.0;
        double pre = settings.presaleMean().toSeconds() / 3600.0;
        return settings.lastHoursShare() * Math.exp(-hours / last) + (1 - settings.lastHoursShare()) * Math.exp(-hours / pre);
    }

    /** The tickets a show of {@code seats} seats at {@code occupancy} has sold by {@code at}. */
    double soldBy(Show show, double occupancy, Instant at) {
        return show.seats() * occupancy * boughtBy(at, show.startsAt());
    }
}
