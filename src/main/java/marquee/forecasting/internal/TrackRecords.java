package marquee.forecasting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Track records of directors, stars and distributors: the mean log final gross of their films released and
 * finished before a given date, so a film never learns from itself or from the future. Finished matters: a
 * film still running on that date has no final gross yet, and a model that learnt from such grosses in
 * training would meet, after a cutoff, records that lack every film of the last months.
 */
public final class TrackRecords {

    /** A film's release date, the date from which its final gross was known, and that gross (log). */
    private record Entry(LocalDate released, LocalDate knownFrom, double logFinal) {

        boolean knownBefore(LocalDate date) {
            return released.isBefore(date) && knownFrom.isBefore(date);
        }
    }

    private final Map<String, List<Entry>> byName = new HashMap<>();
    private final List<Entry> all = new ArrayList<>();
    private LocalDate lastKnown = LocalDate.MIN;

    public TrackRecords(List<PastFilm> films) {
        for (PastFilm f : films) {
            Entry e = new Entry(f.info().releaseDate(), f.knownFrom(), f.logFinal());
            all.add(e);
            lastKnown = e.knownFrom().isAfter(lastKnown) ? e.knownFrom() : lastKnown;
            f.info().directors().forEach(d -> add("d:" + d, e));
            f.info().stars().stream().limit(4).forEach(s -> add("s:" + s, e));
            if (!f.info().distributor().isEmpty()) {
                add("b:" + f.info().distributor(), e);
            }
        }
    }

    private void add(String key, Entry e) {
        byName.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }

    /** Mean and count of earlier films of a person or company; mean is NaN when there are none. */
    public double[] record(String kind, String name, LocalDate before) {
        List<Entry> entries = byName.getOrDefault(kind + ":" + name, List.of());
        double sum = 0;
        int count = 0;
        for (Entry e : entries) {
            if (e.knownBefore(before)) {
                sum += e.logFinal();
                count++;
            }
        }
        return new double[] {count == 0 ? Double.NaN : sum / count, count};
    }

    /**
     * Median log final gross of films released in the year before {@code date} and finished by then: the market's
     * current level. A date after the last film known is seen from the day that film became known: past that day
     * the year's window would only thin out (and keep the short runs that finished first), which films in training
     * never met.
     */
    public double marketLevel(LocalDate date) {
        LocalDate asOf = date.isAfter(lastKnown) ? lastKnown.plusDays(1) : date;
        List<Entry> before = all.stream().filter(e -> e.knownBefore(asOf))
                .sorted(java.util.Comparator.comparing(Entry::released).reversed()).toList();
        double[] recent = before.stream().filter(e -> e.released().isAfter(asOf.minusDays(365)))
                .mapToDouble(Entry::logFinal).toArray();
        if (recent.length < LEVEL_FILMS) {
            // Early in a history the last year is thin: the latest films stand for the market.
            recent = before.stream().limit(LEVEL_FILMS).mapToDouble(Entry::logFinal).toArray();
        }
        return recent.length < 10 ? Double.NaN : Quantiles.median(recent);
    }

    private static final int LEVEL_FILMS = 100;

    /** Best track record among a film's directors, leading stars and distributor (NaN if none). */
    public double strength(FilmInfo film, LocalDate before) {
        double best = Double.NaN;
        best = bestOf(best, film.directors(), d -> record("d", d, before)[0]);
        best = bestOf(best, film.stars().stream().limit(4).toList(), s -> record("s", s, before)[0]);
        best = bestOf(best, List.of(film.distributor()), b -> record("b", b, before)[0]);
        return best;
    }

    private static double bestOf(double best, List<String> names, Function<String, Double> score) {
        for (String n : names) {
            double v = score.apply(n);
            if (!Double.isNaN(v) && (Double.isNaN(best) || v > best)) {
                best = v;
            }
        }
        return best;
    }
}
