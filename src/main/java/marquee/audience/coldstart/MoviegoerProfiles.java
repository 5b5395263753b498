package marquee.audience.coldstart;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * What each moviegoer's history says as of a cutoff, computed from interactions strictly before it.
 * Everything is per user in primitive arrays (index = user index of the {@link History}).
 */
final class MoviegoerProfiles {

    static final double DAY = 86_400;
    /**
     * Release-era habits decay with a two-month half-life: chosen on the 2013-06-01 tuning backtest
     * (15, 30 and 60 days tried); it keeps people who rate new films every few weeks near the top.
     */
    static final double ERA_HALF_LIFE_DAYS = 60;
    /**
     * An interaction within this many days of the film's first interaction in the data is "early":
     * the person saw it while it was new, in cinemas, rather than catching up later. 30 days beat
     * 14, 21 and 45 on the tuning backtest.
     */
    static final double EARLY_DAYS = 30;
    /** Early viewing counts decay with a one-month half-life (60 was no better). */
    static final double EARLY_HALF_LIFE_DAYS = 30;
    /** Taste changes slowly, so genre counts keep a long memory. */
    static final double TASTE_HALF_LIFE_DAYS = 90;

    final History history;
    final long cutoff;
    final int end;
    final int cutoffYear;
    final int[] count;
    /** Per era (0 = films of the cutoff's year or later, 1 = last year's, 2 = older): decayed counts. */
    final double[][] eraActivity;
    /** Per era: decayed count of interactions made while the film was new (soon after its first rating). */
    final double[][] eraEarly;
    final double[][] genreTaste;
    final double[] tasteTotal;
    final double[] genreShare;

    MoviegoerProfiles(History history, long cutoff) {
        this.history = history;
        this.cutoff = cutoff;
        this.end = history.countBefore(cutoff);
        this.cutoffYear = Instant.ofEpochSecond(cutoff).atZone(ZoneOffset.UTC).getYear();
        int users = history.userCount();
        int genres = history.catalog().genreCount();
        count = new int[users];
        eraActivity = new double[3][users];
        eraEarly = new double[3][users];
        genreTaste = new double[users][genres];
        tasteTotal = new double[users];
        genreShare = new double[genres];
        accumulate();
    }

    private void accumulate() {
        Catalog catalog = history.catalog();
        double genreSum = 0;
        for (int i = 0; i < end; i++) {
            int u = history.user(i);
            int f = history.film(i);
            long t = history.time(i);
            double ageDays = (cutoff - t) / DAY;
            count[u]++;
            int era = era(catalog.year(f));
            eraActivity[era][u] += decay(ageDays, ERA_HALF_LIFE_DAYS);
            if (t - history.firstSeen(f) < EARLY_DAYS * DAY) {
                eraEarly[era][u] += decay(ageDays, EARLY_HALF_LIFE_DAYS);
            }
            int[] filmGenres = catalog.genres(f);
            double taste = decay(ageDays, TASTE_HALF_LIFE_DAYS);
            for (int g : filmGenres) {
                genreTaste[u][g] += taste / filmGenres.length;
                genreShare[g] += 1.0 / filmGenres.length;
            }
            if (filmGenres.length > 0) {
                tasteTotal[u] += taste;
                genreSum += 1;
            }
        }
        for (int g = 0; g < genreShare.length; g++) {
            // Smoothed so a genre nobody has rated yet still has a defined lift.
            genreShare[g] = (genreShare[g] + 1) / (genreSum + genreShare.length);
        }
    }

    /** 0: a release of the cutoff's year (or later), 1: last year's, 2: older. */
    int era(int year) {
        return year >= cutoffYear ? 0 : year == cutoffYear - 1 ? 1 : 2;
    }

    boolean isCandidate(int user) {
        return count[user] > 0;
    }

    int[] candidates() {
        return java.util.stream.IntStream.range(0, count.length).filter(this::isCandidate).toArray();
    }

    static double decay(double ageDays, double halfLifeDays) {
        return Math.pow(0.5, ageDays / halfLifeDays);
    }
}
