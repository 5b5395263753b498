package marquee.forecasting.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * What is known about a film before its release: the film metadata CSV, plus optionally the
 * distributor and the opening theater count (announced before opening day in the US).
 */
public record FilmInfo(String filmId, String title, LocalDate releaseDate, List<String> genres,
                       List<String> directors, List<String> stars, int runtimeMin, List<String> formats,
                       String distributor, int openingTheaters) {

    public FilmInfo {
        genres = List.copyOf(genres);
        directors = List.copyOf(directors);
        stars = List.copyOf(stars);
        formats = List.copyOf(formats);
        distributor = distributor == null ? "" : distributor;
    }

    public static FilmInfo bare(String filmId, String title, LocalDate releaseDate) {
        return new FilmInfo(filmId, title, releaseDate, List.of(), List.of(), List.of(), 0, List.of(), "", 0);
    }

    public FilmInfo withDistribution(String distributor, int openingTheaters) {
        return new FilmInfo(filmId, title, releaseDate, genres, directors, stars, runtimeMin, formats,
                this.distributor.isEmpty() ? distributor : this.distributor,
                this.openingTheaters > 0 ? this.openingTheaters : openingTheaters);
    }

    public boolean hasFormat(String needle) {
        return formats.stream().anyMatch(f -> f.toUpperCase().contains(needle));
    }
}
