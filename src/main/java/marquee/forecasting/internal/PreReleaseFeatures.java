package marquee.forecasting.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What is known before release: genres, runtime, formats, the track records of the director,
 * leading stars and distributor (earlier films only), the opening theater count when announced,
 * the release date's weekday, days off and season, and the competition within 14 days.
 */
public final class PreReleaseFeatures {

    private static final Pattern SEQUEL = Pattern.compile(".*(?<![0-9])[2-9](?![0-9]).*|.*\\b(II|III|IV)\\b.*|.*[ⅡⅢ续].*");

    private final List<String> genres;
    private final TrackRecords records;
    private final ReleaseSchedule schedule;
    private final Market market;

    public PreReleaseFeatures(List<String> genres, TrackRecords records, ReleaseSchedule schedule, Market market) {
        this.genres = genres;
        this.records = records;
        this.schedule = schedule;
        this.market = market;
    }

    public double[] of(FilmInfo film) {
        LocalDate date = film.releaseDate();
        double level = records.marketLevel(date);
        double[] f = new double[genres.size() + 60];
        int i = 0;
        for (String g : genres) {
            f[i++] = film.genres().contains(g) ? 1 : 0;
        }
        f[i++] = film.genres().size();
        f[i++] = film.runtimeMin();
        f[i++] = film.runtimeMin() > 0 ? 1 : 0;
        f[i++] = film.hasFormat("3D") ? 1 : 0;
        f[i++] = film.hasFormat("IMAX") ? 1 : 0;
        f[i++] = SEQUEL.matcher(film.title()).matches() ? 1 : 0;
        i = trackRecord(f, i, film.directors(), "d", date, level);
        i = trackRecord(f, i, film.stars().stream().limit(4).toList(), "s", date, level);
        i = trackRecord(f, i, film.distributor().isEmpty() ? List.of() : List.of(film.distributor()), "b", date, level);
        f[i++] = film.openingTheaters() > 0 ? Math.log(film.openingTheaters()) : 0;
        f[i++] = film.openingTheaters() > 0 ? 1 : 0;
        for (DayOfWeek dow : DayOfWeek.values()) {
            f[i++] = date.getDayOfWeek() == dow ? 1 : 0;
        }
        f[i++] = daysOff(date, 0, 3);
        f[i++] = daysOff(date, 0, 10);
        f[i++] = holidays(date, 0, 10);
        f[i++] = holidays(date, -3, 30);
        f[i++] = market.isSummer(date) ? 1 : 0;
        f[i++] = date.getMonthValue();
        f[i++] = Double.isNaN(level) ? 0 : level;
        f[i++] = date.getYear() + date.getDayOfYear() / 366.0;
        List<FilmInfo> near = schedule.competitors(film.filmId(), date, 7);
        List<FilmInfo> wide = schedule.competitors(film.filmId(), date, 14);
        f[i++] = near.size();
        f[i++] = wide.size();
        double competition = competitionStrength(wide, date);
        f[i++] = competition;
        double own = records.strength(film, date);
        f[i++] = Double.isNaN(own) ? 0 : own - competition;
        return java.util.Arrays.copyOf(f, i);
    }

    /** Log of the summed exp(track record) of the competitors: one strong rival weighs like many weak ones. */
    private double competitionStrength(List<FilmInfo> competitors, LocalDate date) {
        double sum = 0;
        for (FilmInfo c : competitors) {
            double s = records.strength(c, date);
            sum += Math.exp(Double.isNaN(s) ? 0 : s - 15);
        }
        return Math.log(sum + Math.exp(-5));
    }

    private int trackRecord(double[] f, int i, List<String> names, String kind, LocalDate date, double level) {
        double best = Double.NaN;
        double mean = 0;
        int known = 0;
        double films = 0;
        for (String n : names) {
            double[] r = records.record(kind, n, date);
            if (!Double.isNaN(r[0])) {
                best = Double.isNaN(best) ? r[0] : Math.max(best, r[0]);
                mean += r[0];
                known++;
                films += r[1];
            }
        }
        double base = Double.isNaN(level) ? 0 : level;
        f[i++] = known == 0 ? 0 : best - base;
        f[i++] = known == 0 ? 0 : mean / known - base;
        f[i++] = known;
        f[i++] = Math.log1p(films);
        return i;
    }

    private int daysOff(LocalDate date, int from, int to) {
        int count = 0;
        for (int d = from; d < to; d++) {
            count += market.isDayOff(date.plusDays(d)) ? 1 : 0;
        }
        return count;
    }

    private int holidays(LocalDate date, int from, int to) {
        int count = 0;
        for (int d = from; d < to; d++) {
            count += market.isHoliday(date.plusDays(d)) ? 1 : 0;
        }
        return count;
    }
}
