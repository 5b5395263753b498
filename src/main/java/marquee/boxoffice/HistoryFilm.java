package marquee.boxoffice;

import java.time.LocalDate;

/** A film of the imported market history, with its total gross over the days imported. */
public record HistoryFilm(long id, String source, String externalId, String title, LocalDate releaseDate,
                          String currency, long totalGrossMinor, int days) {}
