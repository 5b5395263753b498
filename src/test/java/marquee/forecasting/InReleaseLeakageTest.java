package marquee.forecasting;

import static marquee.forecasting.DailyCsvFixture.daily;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import marquee.forecasting.internal.BoxOfficeHistory;
import marquee.forecasting.internal.DailyHistory;
import marquee.forecasting.internal.FilmCatalog;
import marquee.forecasting.internal.Forecast;
import marquee.forecasting.internal.InReleaseContext;
import marquee.forecasting.internal.InReleaseModel;
import marquee.forecasting.internal.Market;
import marquee.forecasting.internal.ModelSettings;
import marquee.forecasting.internal.ReleaseCurve;
import org.junit.jupiter.api.Test;

/**
 * The in-release forecast of a film after N days, made as the backtest makes it (trained on the films finished
 * before the cutoff), does not move when everything the data says after its day N is changed: every later gross
 * scaled at random, the later days of the films already out removed, the rows shuffled. Only what was known on
 * day N (its first N days, the finished films, which films open when) may reach it.
 */
class InReleaseLeakageTest {

    private static final LocalDate CUTOFF = LocalDate.of(2012, 6, 1);
    private static final int DAYS = 3;

    @Test
    void a_forecast_after_n_days_ignores_every_row_dated_after_day_n() {
        String text = daily().finishedFilms(80, LocalDate.of(2012, 1, 6))
                .film("new-a", CUTOFF, 900_000, 0.82, 40)
                .film("rival", CUTOFF.plusDays(5), 2_000_000, 0.7, 30)
                .text();
        LocalDate dayN = CUTOFF.plusDays(DAYS - 1);

        Forecast before = forecast(text, dayN);
        Forecast after = forecast(afterDayNChanged(text, dayN, new Random(3)), dayN);

        assertThat(after).isEqualTo(before);
        assertThat(before.predictedFinalGross()).isPositive();
    }

    @Test
    void the_change_it_makes_is_one_a_leaking_forecast_would_see() {
        String text = daily().finishedFilms(80, LocalDate.of(2012, 1, 6)).film("new-a", CUTOFF, 900_000, 0.82, 40).text();
        LocalDate dayN = CUTOFF.plusDays(DAYS - 1);

        // Changed from day N itself on, the film's own days seen differ: the forecast must move.
        assertThat(forecast(afterDayNChanged(text, dayN.minusDays(1), new Random(3)), dayN))
                .isNotEqualTo(forecast(text, dayN));
    }

    private static Forecast forecast(String csv, LocalDate dayN) {
        BoxOfficeHistory history = BoxOfficeHistory.of(DailyHistory.read(new StringReader(csv), "test.csv",
                DailyHistory.ANY_CURRENCY).accepted());
        InReleaseContext context = InReleaseContext.of(Market.US, new FilmCatalog(List.of(), history.curves()));
        InReleaseModel model = InReleaseModel.train(history.finishedBefore(CUTOFF), DAYS, context, ModelSettings.defaults());
        ReleaseCurve film = history.curves().stream().filter(c -> c.filmId().equals("new-a")).findFirst().orElseThrow();
        assertThat(film.dateOfDay(DAYS)).isEqualTo(dayN);
        return model.forecast(film.firstDays(DAYS));
    }

    /**
     * Rows dated after {@code last}: of films released by then removed, of films released later kept (that a film
     * opens is announced ahead) with their gross and running total scaled by a random factor; all rows shuffled.
     */
    private static String afterDayNChanged(String csv, LocalDate last, Random random) {
        List<String> lines = new ArrayList<>(csv.lines().toList());
        String header = lines.removeFirst();
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split(",", -1);
            LocalDate release = LocalDate.parse(f[2]);
            LocalDate date = LocalDate.parse(f[3]);
            if (!date.isAfter(last)) {
                kept.add(line);
            } else if (release.isAfter(last)) {
                double factor = Math.exp(random.nextGaussian() * 2);
                f[4] = String.format(Locale.ROOT, "%d", Math.max(1, Math.round(Long.parseLong(f[4]) * factor)));
                f[7] = String.format(Locale.ROOT, "%d", Math.max(1, Math.round(Long.parseLong(f[7]) * factor)));
                kept.add(String.join(",", f));
            }
        }
        Collections.shuffle(kept, random);
        kept.addFirst(header);
        return String.join("\n", kept) + "\n";
    }
}
