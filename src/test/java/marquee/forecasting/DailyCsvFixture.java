package marquee.forecasting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds daily box office CSV text for tests: films whose daily gross decays geometrically from an
 * opening day, with a running total, so every film's final gross is known exactly.
 */
final class DailyCsvFixture {

    static final String HEADER = "film_id,title,release_date,date,gross,admissions,screenings,cumulative_gross";

    private final List<String> lines = new ArrayList<>(List.of(HEADER));

    static DailyCsvFixture daily() {
        return new DailyCsvFixture();
    }

    /** A film opening with {@code opening} on {@code release} and keeping {@code retention} of it each day. */
    DailyCsvFixture film(String id, LocalDate release, double opening, double retention, int days) {
        double cumulative = 0;
        double gross = opening;
        for (int day = 0; day < days; day++) {
            cumulative += Math.round(gross);
            lines.add(String.format(Locale.ROOT, "%s,Film %s,%s,%s,%d,,,%d", id, id, release, release.plusDays(day),
                    Math.round(gross), Math.round(cumulative)));
            gross *= retention;
        }
        return this;
    }

    /** Many finished films released one every few days, with varied sizes and decay rates. */
    DailyCsvFixture finishedFilms(int count, LocalDate firstRelease) {
        for (int i = 0; i < count; i++) {
            double opening = 100_000 * (1 + (i * 37 % 11));
            double retention = 0.70 + 0.02 * (i * 13 % 10);
            film("past-" + i, firstRelease.plusDays(3L * i), opening, retention, 30);
        }
        return this;
    }

    DailyCsvFixture line(String raw) {
        lines.add(raw);
        return this;
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }
}
