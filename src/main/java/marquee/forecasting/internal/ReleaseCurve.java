package marquee.forecasting.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * One film's daily box office rows, sorted by date. Day 1 is the release date; rows before it are
 * previews. The Chinese daily list only holds about the top 20 films, so a curve may have gaps while
 * its running total keeps counting: {@link #grossThrough(int)} prefers the running total.
 */
public final class ReleaseCurve {

    private final String filmId;
    private final String title;
    private final LocalDate releaseDate;
    private final List<BoxOfficeDay> days;

    public ReleaseCurve(String filmId, String title, LocalDate releaseDate, List<BoxOfficeDay> days) {
        this.filmId = filmId;
        this.title = title;
        this.releaseDate = releaseDate;
        this.days = days.stream().sorted(Comparator.comparing(BoxOfficeDay::date)).toList();
        if (this.days.isEmpty()) {
            throw new IllegalArgumentException("a release curve needs at least one day: " + filmId);
        }
    }

    public String filmId() {
        return filmId;
    }

    public String title() {
        return title;
    }

    public LocalDate releaseDate() {
        return releaseDate;
    }

    public List<BoxOfficeDay> days() {
        return days;
    }

    public String distributor() {
        return days.getFirst().distributor();
    }

    public LocalDate firstDate() {
        return days.getFirst().date();
    }

    public LocalDate lastDate() {
        return days.getLast().date();
    }

    /** 1 on the release date, 0 or less for previews. */
    public int dayIndex(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(releaseDate, date) + 1;
    }

    public LocalDate dateOfDay(int day) {
        return releaseDate.plusDays(day - 1L);
    }

    /** Days in release covered by the rows: the day index of the last row (0 if only previews). */
    public int daysObserved() {
        return Math.max(0, dayIndex(lastDate()));
    }

    /** The row of a given day in release, or null when that day is missing. */
    public BoxOfficeDay onDay(int day) {
        LocalDate date = dateOfDay(day);
        for (BoxOfficeDay d : days) {
            if (d.date().equals(date)) {
                return d;
            }
        }
        return null;
    }

    /** Box office up to and including day {@code day}: the last running total, else the sum of rows. */
    public double grossThrough(int day) {
        double sum = 0;
        double cumulative = -1;
        for (BoxOfficeDay d : days) {
            if (dayIndex(d.date()) > day) {
                break;
            }
            sum += d.gross();
            if (d.hasCumulative()) {
                cumulative = d.cumulative();
            }
        }
        return cumulative >= 0 ? Math.max(cumulative, 0) : sum;
    }

    /** The final gross: the last running total when the file has one, else the sum of daily gross. */
    public double finalGross() {
        return grossThrough(Integer.MAX_VALUE);
    }

    /** The same film seen only through its first {@code day} days in release (previews included). */
    public ReleaseCurve firstDays(int day) {
        List<BoxOfficeDay> kept = days.stream().filter(d -> dayIndex(d.date()) <= day).toList();
        return kept.isEmpty() ? null : new ReleaseCurve(filmId, title, releaseDate, kept);
    }
}
