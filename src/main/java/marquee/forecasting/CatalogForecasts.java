package marquee.forecasting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import marquee.boxoffice.BoxOffice;
import marquee.boxoffice.DayFigures;
import marquee.boxoffice.FilmSummary;
import marquee.boxoffice.HistoryDataSet;
import marquee.catalog.Catalog;
import marquee.catalog.Film;
import marquee.catalog.FilmRelease;
import marquee.forecasting.CatalogForecastViews.FilmMatch;
import marquee.forecasting.CatalogForecastViews.HistoryFilmRef;
import marquee.forecasting.CatalogForecastViews.LiveDay;
import marquee.forecasting.CatalogForecastViews.LiveForecast;
import marquee.forecasting.CatalogForecastViews.MatchState;
import marquee.forecasting.ForecastViews.ActualDay;
import marquee.forecasting.ForecastViews.FilmRun;
import marquee.forecasting.internal.BoxOfficeDay;
import marquee.forecasting.internal.FilmInfo;
import marquee.forecasting.internal.FilmMatchStore;
import marquee.forecasting.internal.ReleaseCurve;
import marquee.forecasting.internal.TitleMatch;
import marquee.shared.InvalidInput;
import marquee.shared.MarketSettings;
import marquee.shared.NotFound;
import marquee.shared.security.Caller;
import org.springframework.stereotype.Service;
import marquee.shared.Sentence;

/**
 * Live forecasts of the catalog's films in release, from the live box office (the platform's sales and other
 * sellers' feeds), with the in-release model trained on the market history of the platform's currency. Computed on
 * request, so each new day of sales moves the forecast; the trained models are kept by {@link Forecasts}.
 *
 * <p>Days observed: the complete box office days since release, through yesterday in the market's zone (today's
 * sales are still coming in, and the model learnt from whole days). Day 1 is the release date, as in the history;
 * previews before it count in the gross so far. On the release day itself there are 0 days observed: a film matched
 * to a history film gets the pre-release model's forecast, others a forecast from day 1 on.
 */
@Service
public class CatalogForecasts {

    /** Preview days before the release date counted in the gross so far (older sales belong to an earlier release). */
    private static final int PREVIEW_DAYS = 14;

    private final Forecasts forecasts;
    private final BoxOffice boxOffice;
    private final Catalog catalog;
    private final FilmMatchStore matches;
    private final MarketSettings marketSettings;
    private final Clock clock;

    CatalogForecasts(Forecasts forecasts, BoxOffice boxOffice, Catalog catalog, FilmMatchStore matches,
                     MarketSettings marketSettings, Clock clock) {
        this.forecasts = forecasts;
        this.boxOffice = boxOffice;
        this.catalog = catalog;
        this.matches = matches;
        this.marketSettings = marketSettings;
        this.clock = clock;
    }

    /** The market of the history whose currency is the platform's (china for CNY, us for USD). */
    public String market() {
        return Arrays.stream(HistoryDataSet.values()).filter(s -> s.currency().equals(marketSettings.currency()))
                .map(HistoryDataSet::market).findFirst()
                .orElseThrow(() -> new NotFound("box office history of currency", marketSettings.currency()));
    }

    /** The film's live forecast today in the market, for a caller who may see the film (else 404). */
    public LiveForecast forecast(long filmId) {
        return forecast(filmId, marketSettings.today(clock));
    }

    /** The film's live forecast as of {@code today}. */
    public LiveForecast forecast(long filmId, LocalDate today) {
        Film film = visible(filmId);
        String market = market();
        FilmSummary summary = boxOffice.film(filmId, today);
        LocalDate release = summary.releaseDate();
        List<DayFigures> curve = summary.curve().stream()
                .filter(d -> !d.day().isAfter(today) && !d.day().isBefore(release.minusDays(PREVIEW_DAYS))).toList();
        List<LiveDay> live = new ArrayList<>();
        double runningTotal = 0;
        for (DayFigures d : curve) {
            runningTotal += d.grossMinor() / 100.0;
            live.add(new LiveDay(d.dayOfRelease(), d.day(), d.grossMinor() / 100.0, runningTotal, d.day().isBefore(today)));
        }
        double grossToday = curve.stream().filter(d -> d.day().equals(today)).mapToLong(DayFigures::grossMinor).sum() / 100.0;
        int daysObserved = (int) Math.max(0, today.toEpochDay() - release.toEpochDay());
        String currency = summary.currency();
        if (!forecasts.hasHistory(market)) {
            return new LiveForecast(filmId, film.displayTitle(), market, currency, release, today, daysObserved,
                    runningTotal - grossToday, grossToday, live, null, List.of(), null, 0,
                    new FilmMatch(filmId, market, MatchState.NONE_FOUND, null, List.of(), null, null, TitleMatch.RULE),
                    List.of(), Sentence.of("sentence.live.noHistory", market, forecasts.historyFolder()));
        }
        FilmMatch match = match(film, market);
        FilmInfo facts = match.film() == null ? null : forecasts.historyFacts(market, match.film().filmId());
        String curveId = facts != null ? facts.filmId() : "catalog-" + filmId;
        int modelDays = Math.min(daysObserved, Forecasts.MAX_DAYS);
        ReleaseCurve observed = observed(curveId, film.displayTitle(), release, curve, modelDays);
        FilmInfo asReleased = facts == null ? null : new FilmInfo(facts.filmId(), facts.title(), release, facts.genres(),
                facts.directors(), facts.stars(), facts.runtimeMin(), facts.formats(), facts.distributor(),
                facts.openingTheaters());
        LiveModelForecast f = observed != null && observed.grossThrough(modelDays) <= 0
                // The model forecasts a multiple of the gross so far: of nothing, nothing.
                ? new LiveModelForecast(null, 0, null, List.of(), Sentence.of("sentence.live.noSales"))
                : forecasts.forecastLive(market, observed, modelDays, asReleased);
        Sentence note = f.note();
        if (daysObserved > Forecasts.MAX_DAYS) {
            Sentence firstDays = Sentence.of("sentence.live.firstDays", Forecasts.MAX_DAYS);
            note = note == null ? firstDays : Sentence.of("sentence.live.both", note, firstDays);
        }
        double soFar = observed == null ? live.stream().filter(LiveDay::complete).mapToDouble(LiveDay::gross).sum()
                : observed.grossThrough(modelDays);
        List<ActualDay> matchedRun = match.film() == null ? List.of() : forecasts.historyRun(market, match.film().filmId());
        return new LiveForecast(filmId, film.displayTitle(), market, currency, release, today, daysObserved, soFar,
                grossToday, live, f.forecast(), f.fan(), f.trainedBefore(), f.trainingFilms(), match, matchedRun, note);
    }

    /** The film's match to the market history, for a caller who may see the film (else 404). */
    public FilmMatch match(long filmId) {
        Film film = visible(filmId);
        String market = market();
        requireHistory(market);
        return match(film, market);
    }

    /**
     * The film's distributor (or the operator) confirms the match to {@code historyFilmId} (the suggestion or
     * another history film), or with null says the film has none. Another tenant's film: 404.
     */
    public FilmMatch confirm(long filmId, String historyFilmId) {
        Film film = visible(filmId);
        Caller caller = Caller.current().filter(c -> c.mayManage(film.distributorTenantId()))
                .orElseThrow(() -> new NotFound("film", filmId));
        String market = market();
        requireHistory(market);
        if (historyFilmId != null && forecasts.historyFilms(market).stream()
                .noneMatch(f -> f.filmId().equals(historyFilmId))) {
            throw new InvalidInput("historyFilmId", "no film " + historyFilmId + " in the " + market + " history");
        }
        matches.save(filmId, market, historyFilmId, caller.accountId(), clock.instant());
        return match(film, market);
    }

    private FilmMatch match(Film film, String market) {
        List<FilmRun> history = forecasts.historyFilms(market);
        List<String> titles = List.of(nullToEmpty(film.chineseTitle()), nullToEmpty(film.englishTitle()),
                nullToEmpty(film.originalTitle()));
        List<HistoryFilmRef> candidates = TitleMatch.candidates(titles,
                film.releases().stream().map(FilmRelease::releaseDate).toList(), history).stream()
                .limit(5).map(CatalogForecasts::ref).toList();
        Optional<FilmMatchStore.Stored> stored = matches.find(film.id(), market);
        if (stored.isPresent()) {
            FilmMatchStore.Stored s = stored.get();
            if (s.historyFilmId() == null) {
                return new FilmMatch(film.id(), market, MatchState.NO_MATCH, null, candidates, s.confirmedBy(),
                        s.confirmedAt(), TitleMatch.RULE);
            }
            Map<String, FilmRun> byId = history.stream().collect(Collectors.toMap(FilmRun::filmId, Function.identity(),
                    (a, b) -> a));
            FilmRun chosen = byId.get(s.historyFilmId());
            HistoryFilmRef ref = chosen == null ? new HistoryFilmRef(s.historyFilmId(), "(not in the history any more)", null, 0)
                    : ref(chosen);
            return new FilmMatch(film.id(), market, MatchState.CONFIRMED, ref, candidates, s.confirmedBy(),
                    s.confirmedAt(), TitleMatch.RULE);
        }
        return candidates.isEmpty()
                ? new FilmMatch(film.id(), market, MatchState.NONE_FOUND, null, candidates, null, null, TitleMatch.RULE)
                : new FilmMatch(film.id(), market, MatchState.SUGGESTED, candidates.getFirst(), candidates, null, null,
                        TitleMatch.RULE);
    }

    /**
     * The live curve as the model reads a history film's: previews, then one row for each of days 1..N (a day
     * without sales grossed 0), with the running total, under the matched history film's id when there is one.
     */
    private static ReleaseCurve observed(String curveId, String title, LocalDate release, List<DayFigures> curve, int days) {
        if (days < 1) {
            return null;
        }
        Map<LocalDate, Long> gross = curve.stream().collect(Collectors.toMap(DayFigures::day, DayFigures::grossMinor, Long::sum));
        List<BoxOfficeDay> rows = new ArrayList<>();
        long cumulative = 0;
        for (DayFigures d : curve) {
            if (d.day().isBefore(release)) {
                cumulative += d.grossMinor();
                rows.add(row(curveId, title, release, d.day(), d.grossMinor(), cumulative));
            }
        }
        for (int day = 1; day <= days; day++) {
            LocalDate date = release.plusDays(day - 1L);
            long g = gross.getOrDefault(date, 0L);
            cumulative += g;
            rows.add(row(curveId, title, release, date, g, cumulative));
        }
        return new ReleaseCurve(curveId, title, release, rows);
    }

    private static BoxOfficeDay row(String id, String title, LocalDate release, LocalDate date, long gross, long cumulative) {
        return new BoxOfficeDay(id, title, release, date, gross, cumulative, Double.NaN, Double.NaN, 0, "", 0);
    }

    private Film visible(long filmId) {
        Film film = catalog.findFilm(filmId).orElseThrow(() -> new NotFound("film", filmId));
        if (!film.visibleTo(Caller.current())) {
            throw new NotFound("film", filmId);
        }
        return film;
    }

    private void requireHistory(String market) {
        if (!forecasts.hasHistory(market)) {
            throw new NotFound("box office history of market", market + " (not in " + forecasts.historyFolder() + ")");
        }
    }

    private static HistoryFilmRef ref(FilmRun f) {
        return new HistoryFilmRef(f.filmId(), f.title(), f.releaseDate(), f.finalGross());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
