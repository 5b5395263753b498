package marquee.forecasting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Synthetic histories for the acquisition valuation: {@code pairs} films that ran first in the US, then in China
 * with a China gross that is a varying multiple of their US gross, and a China market of other films around them,
 * so that every pair's final gross is known exactly.
 */
final class AcquisitionFixture {

    static final String US_HEADER = "film_id,title,release_date,date,gross,admissions,screenings,cumulative_gross,theaters,distributor";
    static final LocalDate FIRST_US_RELEASE = LocalDate.of(2011, 1, 7);

    final List<String> china = new ArrayList<>();
    final List<String> us = new ArrayList<>();
    final List<String> pairs = new ArrayList<>();

    AcquisitionFixture(int count) {
        for (int i = 0; i < count; i++) {
            LocalDate usRelease = FIRST_US_RELEASE.plusDays(14L * i);
            LocalDate chinaRelease = usRelease.plusDays(30 + 10 * (i % 4));
            double usOpening = 1_000_000 * (5 + i * 7 % 13);
            usFilm("us-" + i, "US Film " + i, usRelease, usOpening, 0.85, 60, 2500 + 100 * (i % 10));
            double usFinal = usOpening * (1 - Math.pow(0.85, 60)) / 0.15;
            double ratio = 0.6 + 0.15 * (i * 5 % 7);
            chinaFilm("cn-" + i, "China Film " + i, chinaRelease, usFinal * ratio * 0.2, 0.8, 30);
            pairs.add(String.format(Locale.ROOT, "cn-%d,China Film %d,%s,us-%d,US Film %d,%s,tt%07d", i, i, chinaRelease,
                    i, i, usRelease, i));
        }
        // The market the films open into: a local film released every 20 days, running 40 days.
        for (int k = 0; k * 20 < 14 * count + 200; k++) {
            chinaFilm("local-" + k, "Local " + k, LocalDate.of(2010, 12, 20).plusDays(20L * k), 3_000_000 + 100_000 * (k % 9),
                    0.9, 40);
        }
    }

    AcquisitionFixture usFilm(String id, String title, LocalDate release, double opening, double retention, int days,
                              int theaters) {
        double cumulative = 0;
        double gross = opening;
        for (int d = 0; d < days; d++) {
            cumulative += Math.round(gross);
            us.add(String.format(Locale.ROOT, "%s,%s,%s,%s,%d,,,%d,%d,Studio %s", id, title, release, release.plusDays(d),
                    Math.round(gross), Math.round(cumulative), theaters, id.length() % 3));
            gross *= retention;
        }
        return this;
    }

    AcquisitionFixture chinaFilm(String id, String title, LocalDate release, double opening, double retention, int days) {
        double cumulative = 0;
        double gross = opening;
        for (int d = 0; d < days; d++) {
            cumulative += Math.round(gross);
            china.add(String.format(Locale.ROOT, "%s,%s,%s,%s,%d,,,%d", id, title, release, release.plusDays(d),
                    Math.round(gross), Math.round(cumulative)));
            gross *= retention;
        }
        return this;
    }

    String chinaText() {
        return DailyCsvFixture.HEADER + "\n" + String.join("\n", china) + "\n";
    }

    String usText() {
        return US_HEADER + "\n" + String.join("\n", us) + "\n";
    }

    String pairsText() {
        return "china_film_id,china_title,china_release_date,us_film_id,us_title,us_release_date,imdb_id\n"
                + String.join("\n", pairs) + "\n";
    }

    /** The date of a row of either daily file. */
    static LocalDate date(String row) {
        return LocalDate.parse(row.split(",")[3]);
    }
}
