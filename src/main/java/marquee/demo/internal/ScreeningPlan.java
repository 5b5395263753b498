package marquee.demo.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import marquee.catalog.NewRelease;
import marquee.catalog.NewScreening;

/**
 * Lays out one hall's day from 10:00 to about 23:30 local time: back-to-back screenings with the
 * hall's turnaround, films drawn by popularity that fades week by week after release, and prices
 * by city tier and format.
 */
final class ScreeningPlan {

    record SlateEntry(long filmId, DemoFilm film) {}

    /** 2D base price in fen by city tier (index = tier). */
    private static final long[] BASE_PRICE_BY_TIER = {0, 5500, 4500, 3800, 3200, 2800};
    private static final LocalTime FIRST_SHOW = LocalTime.of(10, 0);
    private static final LocalTime LAST_START = LocalTime.of(22, 45);
    private static final int TURNAROUND_MIN = 15;

    private ScreeningPlan() {
    }

    static List<NewScreening> hallDay(long hallId, HallDesign hall, int tier, LocalDate day, ZoneId zone,
                                      List<SlateEntry> slate, SplittableRandom random) {
        List<SlateEntry> showing = slate.stream().filter(e -> e.film().showing(day) != null).toList();
        List<NewScreening> screenings = new ArrayList<>();
        if (showing.isEmpty()) {
            return screenings;
        }
        LocalTime start = FIRST_SHOW.plusMinutes(5L * random.nextInt(10));
        while (!start.isAfter(LAST_START)) {
            SlateEntry pick = draw(showing, day, hall.imax(), random);
            NewRelease release = pick.film().showing(day);
            String format = format(release.formats(), hall.imax(), random);
            screenings.add(new NewScreening(hallId, pick.filmId(), null, day.atTime(start).atZone(zone).toInstant(),
                    format, language(pick), price(tier, format), null)); // in the market's currency
            int minutes = pick.film().film().runtimeMin() + TURNAROUND_MIN + 5 * random.nextInt(3);
            LocalTime next = start.plusMinutes(roundUpToFive(minutes));
            if (next.isBefore(start)) {
                break; // past midnight
            }
            start = next;
        }
        return screenings;
    }

    private static SlateEntry draw(List<SlateEntry> showing, LocalDate day, boolean imax, SplittableRandom random) {
        double[] weights = new double[showing.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            DemoFilm film = showing.get(i).film();
            NewRelease release = film.showing(day);
            long weeks = ChronoUnit.DAYS.between(release.releaseDate(), day) / 7;
            double weight = film.popularity() / (1.0 + 0.6 * weeks);
            if (imax && !release.formats().contains("IMAX")) {
                weight *= 0.05;
            }
            weights[i] = weight;
            sum += weight;
        }
        double target = random.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target <= 0) {
                return showing.get(i);
            }
        }
        return showing.getLast();
    }

    private static String format(List<String> formats, boolean imaxHall, SplittableRandom random) {
        if (imaxHall && formats.contains("IMAX")) {
            return "IMAX";
        }
        if (formats.contains("RESTORED_4K") && random.nextInt(3) > 0) {
            return "RESTORED_4K";
        }
        if (formats.contains("3D") && random.nextInt(3) == 0) {
            return "3D";
        }
        return "2D";
    }

    static long price(int tier, String format) {
        long surcharge = switch (format) {
            case "IMAX" -> 3000;
            case "3D" -> 1000;
            case "RESTORED_4K" -> 500;
            default -> 0;
        };
        return BASE_PRICE_BY_TIER[tier] + surcharge;
    }

    private static String language(SlateEntry entry) {
        String original = entry.film().film().originalLanguage();
        return "Mandarin".equals(original) ? "Mandarin" : original + " (Chinese subtitles)";
    }

    private static long roundUpToFive(int minutes) {
        return (minutes + 4) / 5 * 5L;
    }
}
