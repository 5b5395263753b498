package marquee.forecasting.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Films dated for release (known in advance), to measure the competition around a date. */
public final class ReleaseSchedule {

    private final List<FilmInfo> films;

    public ReleaseSchedule(List<FilmInfo> films) {
        this.films = films.stream().filter(f -> f.releaseDate() != null).toList();
    }

    /** This schedule and more dated films (the catalog's announced releases next to the history's). */
    public ReleaseSchedule plus(List<FilmInfo> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<FilmInfo> all = new java.util.ArrayList<>(films);
        all.addAll(more);
        return new ReleaseSchedule(all);
    }

    /** Other films released on days {@code from} .. {@code to} (inclusive). */
    public int releasesBetween(String filmId, LocalDate from, LocalDate to) {
        int count = 0;
        for (FilmInfo f : films) {
            if (!f.filmId().equals(filmId) && !f.releaseDate().isBefore(from) && !f.releaseDate().isAfter(to)) {
                count++;
            }
        }
        return count;
    }

    public List<FilmInfo> competitors(String filmId, LocalDate date, int withinDays) {
        return films.stream()
                .filter(f -> !f.filmId().equals(filmId))
                .filter(f -> Math.abs(ChronoUnit.DAYS.between(date, f.releaseDate())) <= withinDays)
                .toList();
    }
}
