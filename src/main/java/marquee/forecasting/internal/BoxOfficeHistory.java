package marquee.forecasting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The release curves of a daily box office file, one per film. */
public final class BoxOfficeHistory {

    /** A film counts as finished when the data goes on this many days after its last row. */
    public static final int FINISHED_AFTER_DAYS = 14;
    /** Rows that start this long after the release date belong to a re-release carrying an old date. */
    private static final int LATEST_FIRST_ROW_DAY = 8;

    private final List<ReleaseCurve> curves;
    private final LocalDate dataEnd;

    private BoxOfficeHistory(List<ReleaseCurve> curves, LocalDate dataEnd) {
        this.curves = curves;
        this.dataEnd = dataEnd;
    }

    public static BoxOfficeHistory of(List<BoxOfficeDay> rows) {
        Map<String, List<BoxOfficeDay>> byFilm = new LinkedHashMap<>();
        LocalDate end = LocalDate.MIN;
        for (BoxOfficeDay row : rows) {
            byFilm.computeIfAbsent(row.filmId(), k -> new ArrayList<>()).add(row);
            end = row.date().isAfter(end) ? row.date() : end;
        }
        // The daily feed's parser refuses a row without a release date, so every film has one.
        List<ReleaseCurve> curves = new ArrayList<>();
        for (var film : byFilm.entrySet()) {
            BoxOfficeDay first = film.getValue().getFirst();
            curves.add(new ReleaseCurve(film.getKey(), first.title(), first.releaseDate(), film.getValue()));
        }
        curves.sort(Comparator.comparing(ReleaseCurve::releaseDate).thenComparing(ReleaseCurve::filmId));
        return new BoxOfficeHistory(List.copyOf(curves), end);
    }

    public List<BoxOfficeDay> allDays() {
        return curves.stream().flatMap(c -> c.days().stream()).toList();
    }

    public List<ReleaseCurve> curves() {
        return curves;
    }

    public LocalDate dataEnd() {
        return dataEnd;
    }

    /** A first run whose whole life is in the data: started near its release date, ended well before the data did. */
    public boolean isFinishedFirstRun(ReleaseCurve curve) {
        return curve.dayIndex(curve.firstDate()) <= LATEST_FIRST_ROW_DAY
                && !curve.lastDate().isAfter(dataEnd.minusDays(FINISHED_AFTER_DAYS))
                && curve.finalGross() > 0;
    }

    /** Finished first runs, as the data looked the day before {@code cutoff} (rows on or after it are dropped). */
    public List<ReleaseCurve> finishedBefore(LocalDate cutoff) {
        List<BoxOfficeDay> before = new ArrayList<>();
        for (ReleaseCurve c : curves) {
            if (c.releaseDate().isBefore(cutoff)) {
                c.days().stream().filter(d -> d.date().isBefore(cutoff)).forEach(before::add);
            }
        }
        if (before.isEmpty()) {
            return List.of();
        }
        BoxOfficeHistory seen = of(before);
        return seen.curves.stream().filter(seen::isFinishedFirstRun).toList();
    }

    public List<ReleaseCurve> finished() {
        return curves.stream().filter(this::isFinishedFirstRun).toList();
    }
}
