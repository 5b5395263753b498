package marquee.boxoffice;

import java.time.LocalDate;
import java.util.List;

/** A film's admissions and gross by city over box office days, from the live rollups (refunds netted out). */
public interface CitySales {

    /** What the film took in one city over the period. */
    record CityTakings(String city, long admissions, long grossMinor) {}

    /** Every city where the film sold between {@code from} and {@code to} (box office days, inclusive). */
    List<CityTakings> byCity(long filmId, LocalDate from, LocalDate to);

    /** Every film together, by city, over the period: the size of each city's cinema-going in those days. */
    List<CityTakings> allFilms(LocalDate from, LocalDate to);
}
