package marquee.boxoffice.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import marquee.boxoffice.Comparables;
import marquee.boxoffice.HistoryFilm;
import marquee.boxoffice.HistoryRecords;
import marquee.boxoffice.HistoryRecords.FastestTo;
import marquee.boxoffice.HistoryRecords.OpeningDay;
import marquee.boxoffice.internal.MarketHistory.FilmDay;
import org.springframework.stereotype.Component;

/** Records and comparable films, computed from a feed's days in one pass. */
@Component
class HistoryRecordsFinder {

    private static final int OPENING_WEEK_DAYS = 7;
    /** How far apart two release dates may lie in the calendar year to count as the same season. */
    private static final int SEASON_DAYS = 31;

    private final MarketHistory history;

    HistoryRecordsFinder(MarketHistory history) {
        this.history = history;
    }

    HistoryRecords records(String source, long thresholdMinor, int limit) {
        Map<Long, HistoryFilm> films = history.filmsOf(source);
        List<OpeningDay> openings = new ArrayList<>();
        List<FastestTo> fastest = new ArrayList<>();
        Map<Long, Long> running = new HashMap<>();
        for (FilmDay day : history.daysOf(source)) {
            HistoryFilm film = films.get(day.feedFilmId());
            if (day.day().equals(film.releaseDate())) {
                openings.add(new OpeningDay(film, day.grossMinor()));
            }
            long before = running.getOrDefault(film.id(), 0L);
            long after = before + day.grossMinor();
            running.put(film.id(), after);
            if (before < thresholdMinor && after >= thresholdMinor) {
                // previews count toward the total; a film that gets there in previews did so on day 1
                fastest.add(new FastestTo(film, day.day(), Math.max(1, dayOfRelease(film, day))));
            }
        }
        openings.sort(Comparator.comparingLong(OpeningDay::grossMinor).reversed().thenComparingLong(o -> o.film().id()));
        fastest.sort(Comparator.comparingInt(FastestTo::days).thenComparingLong(f -> -f.film().totalGrossMinor()));
        return new HistoryRecords(source, thresholdMinor, List.copyOf(openings.subList(0, Math.min(limit, openings.size()))),
                List.copyOf(fastest.subList(0, Math.min(limit, fastest.size()))));
    }

    Comparables comparables(HistoryFilm film, int limit) {
        Map<Long, HistoryFilm> films = history.filmsOf(film.source());
        Map<Long, Long> openingWeeks = new HashMap<>();
        for (FilmDay day : history.daysOf(film.source())) {
            if (dayOfRelease(films.get(day.feedFilmId()), day) <= OPENING_WEEK_DAYS) {
                openingWeeks.merge(day.feedFilmId(), day.grossMinor(), Long::sum);
            }
        }
        double own = Math.log(1 + openingWeeks.getOrDefault(film.id(), 0L));
        List<HistoryFilm> similar = films.values().stream()
                .filter(other -> other.id() != film.id() && sameSeason(film, other) && openingWeeks.containsKey(other.id()))
                .sorted(Comparator.comparingDouble((HistoryFilm other) -> Math.abs(Math.log(1 + openingWeeks.get(other.id())) - own))
                        .thenComparingLong(HistoryFilm::id))
                .limit(limit)
                .toList();
        return new Comparables(curve(film), similar.stream().map(this::curve).toList());
    }

    private Comparables.Curve curve(HistoryFilm film) {
        return new Comparables.Curve(film, history.curve(film.id(), film.releaseDate()));
    }

    private static boolean sameSeason(HistoryFilm a, HistoryFilm b) {
        int apart = Math.abs(a.releaseDate().getDayOfYear() - b.releaseDate().getDayOfYear());
        return Math.min(apart, 365 - apart) <= SEASON_DAYS;
    }

    private static int dayOfRelease(HistoryFilm film, FilmDay day) {
        return (int) (day.day().toEpochDay() - film.releaseDate().toEpochDay()) + 1;
    }
}
