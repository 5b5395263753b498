package marquee.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import marquee.boxoffice.ImportReport;
import marquee.boxoffice.SaleFeeds;
import marquee.catalog.NewRelease;
import marquee.demo.internal.ScreeningPlan.SlateEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The box office of the demo films already in release before the market's first day: without it a film that
 * opened three weeks ago would show a live curve (and a forecast) that starts today. Imported as another
 * seller's sale feed ({@value #FEED}), through the same intake as fed sales, one day at a time from each film's
 * release (at most {@value #MAX_DAYS} days back) to the day before the first day.
 *
 * <p>An assumption of the demo, not data: the market sells each day the seats of its first day times the demo day's
 * occupancy of that day of the week ({@link DemoDay}: 12% on weekdays, Friday x1.1, weekend x1.4); a film has the share
 * of it the screening plan gives it on the first day, but with its popularity of that day (fading by 1 + 0.6 x weeks
 * since release), with +-15% noise; each film-day is a few rows of at most {@value #SEATS_PER_ROW} seats at the
 * 2D price of a random demo cinema's tier.
 */
@Component
class DemoPastSales {

    static final String FEED = "demo-past";
    static final int MAX_DAYS = 60;
    private static final int SEATS_PER_ROW = 1000;
    private static final Logger log = LoggerFactory.getLogger(DemoPastSales.class);

    /** A seeded demo cinema: where a fed sale is counted, and its tier's price. */
    record Place(long cinemaId, int tier) {}

    private final SaleFeeds feeds;
    private final DemoDay model;
    private final int days;

    DemoPastSales(SaleFeeds feeds, DemoDaySettings model,
                  @org.springframework.beans.factory.annotation.Value("${marquee.demo.past-days:" + MAX_DAYS + "}") int days) {
        this.feeds = feeds;
        this.model = new DemoDay(model);
        this.days = Math.max(0, Math.min(days, MAX_DAYS));
    }

    /**
     * Imports the days before {@code firstDay} of the films then in release; answers the rows stored. {@code seats}: the
     * seats the market offers on its first day.
     */
    int seed(List<SlateEntry> slate, List<Place> places, LocalDate firstDay, SplittableRandom random, long seats) {
        if (places.isEmpty() || days == 0) {
            return 0;
        }
        List<String> lines = new ArrayList<>();
        lines.add("sale_id,kind,film_id,cinema_id,screening_starts_at,seats,amount_minor,currency,sold_at");
        // Shares of the first day's market: a film had more of it earlier in its run, and the films of those days
        // that are gone by the first day (not in the slate) had the rest.
        double total = slate.stream().mapToDouble(e -> popularity(e, firstDay)).sum();
        for (LocalDate day = firstDay.minusDays(days); total > 0 && day.isBefore(firstDay); day = day.plusDays(1)) {
            double[] weights = new double[slate.size()];
            for (int i = 0; i < slate.size(); i++) {
                weights[i] = weight(slate.get(i), day, firstDay);
            }
            double seatsPerDay = seats * model.occupancy(day.getDayOfWeek());
            for (int i = 0; i < slate.size(); i++) {
                if (weights[i] == 0) {
                    continue;
                }
                double noise = Math.exp(0.15 * gaussian(random));
                long sold = Math.max(1, Math.round(seatsPerDay * noise * weights[i] / total));
                int row = 0;
                while (sold > 0) {
                    int n = (int) Math.min(sold, SEATS_PER_ROW);
                    Place place = places.get(random.nextInt(places.size()));
                    long amount = n * ScreeningPlan.price(place.tier(), "2D");
                    OffsetDateTime show = day.atTime(LocalTime.of(19, 30)).atZone(CinemaPlan.ZONE).toOffsetDateTime();
                    lines.add(String.join(",", "p" + slate.get(i).filmId() + "-" + day + "-" + row++, "SALE",
                            "" + slate.get(i).filmId(), "" + place.cinemaId(), show.toString(), "" + n, "" + amount,
                            "CNY", show.minusHours(5).toString()));
                    sold -= n;
                }
            }
        }
        if (lines.size() == 1) {
            return 0;
        }
        try {
            Path file = Files.createTempFile("marquee-demo-past", ".csv");
            try {
                Files.write(file, lines, StandardCharsets.UTF_8);
                ImportReport report = feeds.importSales(file, SaleFeeds.Format.CSV, FEED, line -> { });
                if (!report.rejected().isEmpty()) {
                    log.warn("demo market: {} rows of the days before {} rejected, the first: {}", report.rejected().size(),
                            firstDay, report.rejected().getFirst());
                }
                log.info("demo market: {} sales of the days before {} imported as the feed {}", report.stored(), firstDay, FEED);
                return (int) report.stored();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The film's share of the day as the screening plan draws it; 0 before its release or long after it. */
    private double weight(SlateEntry entry, LocalDate day, LocalDate firstDay) {
        NewRelease release = entry.film().showing(day);
        if (release == null || release != entry.film().showing(firstDay)
                || ChronoUnit.DAYS.between(release.releaseDate(), firstDay) > days) {
            return 0;
        }
        return popularity(entry, day);
    }

    /** The film's popularity on a day as the screening plan fades it; 0 before it opens. */
    private static double popularity(SlateEntry entry, LocalDate day) {
        NewRelease release = entry.film().showing(day);
        if (release == null) {
            return 0;
        }
        long weeks = ChronoUnit.DAYS.between(release.releaseDate(), day) / 7;
        return entry.film().popularity() / (1.0 + 0.6 * weeks);
    }

    private static double gaussian(SplittableRandom random) {
        double u = Math.max(1e-12, random.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
