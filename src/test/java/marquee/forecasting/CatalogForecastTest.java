package marquee.forecasting;

import static marquee.catalog.CatalogFixtures.aFilm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import marquee.boxoffice.SaleFeeds;
import marquee.catalog.Catalog;
import marquee.catalog.NewCinema;
import marquee.forecasting.CatalogForecastViews.FilmMatch;
import marquee.forecasting.CatalogForecastViews.LiveForecast;
import marquee.forecasting.CatalogForecastViews.MatchState;
import marquee.forecasting.internal.TitleMatch;
import marquee.shared.InvalidInput;
import marquee.shared.NotFound;
import marquee.shared.security.Caller;
import marquee.shared.security.Role;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Live forecasts of catalog films from the live box office, on the real China history (skipped where
 * ../shared/data is absent): each new complete day of sales moves the days observed and the forecast; matches to
 * history films are suggested by title, confirmed or fixed by the film's distributor only.
 */
@MarqueeTest
class CatalogForecastTest {

    private static final String HEADER = "sale_id,kind,film_id,cinema_id,screening_starts_at,seats,amount_minor,currency,sold_at";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final LocalDate RELEASE = LocalDate.of(2026, 3, 6);

    @Autowired
    CatalogForecasts forecasts;
    @Autowired
    SaleFeeds feeds;
    @Autowired
    Catalog catalog;
    @TempDir
    Path dir;

    long cinema;

    @BeforeEach
    void chinaHistoryAndACinema() {
        assumeTrue(Files.isReadable(Path.of("../shared/data/china-maoyan-daily/daily.csv")), "../shared/data is not here");
        int n = SEQUENCE.incrementAndGet();
        cinema = catalog.addCinema(new NewCinema("Forecast Cinema " + n, "Forecast Chain", "Hangzhou", "Zhejiang", 2,
                "Asia/Shanghai", null)).id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_film_with_three_days_of_sales_gets_a_forecast_and_a_fourth_day_moves_it() throws IOException {
        long film = aFilm().titled("Live forecast film " + SEQUENCE.get()).releasedOn(RELEASE).addTo(catalog).id();
        sell(film, "a", RELEASE, 420_000_00L, 300_000_00L, 240_000_00L);

        LiveForecast three = forecasts.forecast(film, RELEASE.plusDays(3));

        assertThat(three.daysObserved()).isEqualTo(3);
        assertThat(three.grossSoFar()).isEqualTo(960_000.0);
        assertThat(three.live()).hasSize(3).allMatch(CatalogForecastViews.LiveDay::complete);
        assertThat(three.forecast()).as(String.valueOf(three.note())).isNotNull();
        assertThat(three.forecast().low80()).isGreaterThanOrEqualTo(three.grossSoFar());
        assertThat(three.forecast().predicted()).isBetween(three.forecast().low80(), three.forecast().high80());
        assertThat(three.fan()).isNotEmpty();
        assertThat(three.fan().getFirst().day()).isEqualTo(3);
        assertThat(three.fan().getLast().predicted()).isCloseTo(three.forecast().predicted(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(three.trainingFilms()).isGreaterThan(100);
        assertThat(three.match().state()).isEqualTo(MatchState.NONE_FOUND);

        // Day 4's sales come in; the next morning they are a complete day.
        sell(film, "b", RELEASE.plusDays(3), 210_000_00L);
        LiveForecast duringDayFour = forecasts.forecast(film, RELEASE.plusDays(3));
        LiveForecast four = forecasts.forecast(film, RELEASE.plusDays(4));

        assertThat(duringDayFour.daysObserved()).as("today's partial sales are on the curve, not in the model").isEqualTo(3);
        assertThat(duringDayFour.grossToday()).isEqualTo(210_000.0);
        assertThat(duringDayFour.forecast()).isEqualTo(three.forecast());
        assertThat(four.daysObserved()).isEqualTo(4);
        assertThat(four.grossSoFar()).isEqualTo(1_170_000.0);
        assertThat(four.forecast().predicted()).isNotEqualTo(three.forecast().predicted());
        assertThat(four.fan().getFirst().day()).isEqualTo(4);
    }

    @Test
    void before_release_a_film_without_a_match_is_forecast_from_day_one() {
        long film = aFilm().titled("Not yet released " + SEQUENCE.get()).releasedOn(RELEASE).addTo(catalog).id();

        LiveForecast f = forecasts.forecast(film, RELEASE);

        assertThat(f.daysObserved()).isZero();
        assertThat(f.forecast()).isNull();
        assertThat(f.note().english()).contains("from day 1");
    }

    @Test
    void a_film_in_release_without_sales_has_no_forecast_yet() {
        long film = aFilm().titled("Unsold " + SEQUENCE.get()).releasedOn(RELEASE).addTo(catalog).id();

        LiveForecast f = forecasts.forecast(film, RELEASE.plusDays(3));

        assertThat(f.daysObserved()).isEqualTo(3);
        assertThat(f.forecast()).isNull();
        assertThat(f.note().english()).contains("No sales");
    }

    @Test
    void a_catalog_film_of_a_history_title_is_suggested_and_its_distributor_confirms_fixes_or_clears_it() throws IOException {
        // 让子弹飞 (Let the Bullets Fly), maoyan-182, released 2010-12-16; the catalog's release a year later still matches.
        long owner = 9_000 + SEQUENCE.incrementAndGet();
        long film = aFilm().titled("让子弹飞").releasedOn(LocalDate.of(2011, 12, 1)).ownedBy(owner).unannounced()
                .addTo(catalog).id();
        signIn(Role.DISTRIBUTOR_ADMIN, owner);

        FilmMatch suggested = forecasts.match(film);
        assertThat(suggested.state()).isEqualTo(MatchState.SUGGESTED);
        assertThat(suggested.film().filmId()).isEqualTo("maoyan-182");

        assertThat(forecasts.confirm(film, "maoyan-182").state()).isEqualTo(MatchState.CONFIRMED);
        FilmMatch fixed = forecasts.confirm(film, "maoyan-3");
        assertThat(fixed.state()).isEqualTo(MatchState.CONFIRMED);
        assertThat(fixed.film().filmId()).isEqualTo("maoyan-3");
        assertThat(fixed.confirmedBy()).isNotNull();
        assertThat(forecasts.forecast(film, LocalDate.of(2011, 12, 5)).matchedRun()).isNotEmpty();
        LiveForecast releaseDay = forecasts.forecast(film, LocalDate.of(2011, 12, 1));
        assertThat(releaseDay.forecast()).as("a matched film's pre-release forecast on its release day").isNotNull();
        assertThat(releaseDay.forecast().high80()).isGreaterThan(releaseDay.forecast().low80());
        assertThat(releaseDay.fan()).isNotEmpty();
        assertThatThrownBy(() -> forecasts.confirm(film, "maoyan-no-such-film")).isInstanceOf(InvalidInput.class);
        assertThat(forecasts.confirm(film, null).state()).isEqualTo(MatchState.NO_MATCH);

        signIn(Role.DISTRIBUTOR_ADMIN, owner + 100_000);
        assertThatThrownBy(() -> forecasts.forecast(film)).as("another distributor's unannounced film").isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> forecasts.confirm(film, "maoyan-182")).isInstanceOf(NotFound.class);
    }

    @Test
    void another_distributor_may_read_an_announced_films_forecast_but_not_change_its_match() {
        long owner = 9_000 + SEQUENCE.incrementAndGet();
        long film = aFilm().titled("Announced " + SEQUENCE.get()).releasedOn(RELEASE).ownedBy(owner).addTo(catalog).id();
        signIn(Role.DISTRIBUTOR_ANALYST, owner + 100_000);

        assertThat(forecasts.forecast(film, RELEASE).filmId()).isEqualTo(film);
        assertThatThrownBy(() -> forecasts.confirm(film, null)).isInstanceOf(NotFound.class);
    }

    @Test
    void titles_are_compared_after_nfkc_lower_case_leading_article_and_punctuation() {
        assertThat(TitleMatch.normalise("The Lord of the Rings: The Return of the King"))
                .isEqualTo("lordoftheringsthereturnoftheking");
        assertThat(TitleMatch.normalise("哆啦Ａ梦：伴我同行")).isEqualTo("哆啦a梦伴我同行");
        assertThat(TitleMatch.normalise("An Education")).isEqualTo(TitleMatch.normalise("education"));
    }

    private void sell(long film, String batch, LocalDate from, long... grossPerDay) throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int d = 0; d < grossPerDay.length; d++) {
            LocalDate day = from.plusDays(d);
            lines.add(String.join(",", "f" + film + "-" + batch + d, "SALE", "" + film, "" + cinema,
                    day + "T19:30:00+08:00", "1000", "" + grossPerDay[d], "CNY", day + "T10:00:00+08:00"));
        }
        Path file = Files.write(dir.resolve(batch + film + ".csv"), lines);
        assertThat(feeds.importSales(file, null, "forecast-test", line -> { }).rejected()).isEmpty();
    }

    private static void signIn(Role role, long tenantId) {
        Caller caller = new Caller(tenantId * 10, "staff" + tenantId + "@example.com", role, tenantId);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(caller, null, List.of()));
    }
}
