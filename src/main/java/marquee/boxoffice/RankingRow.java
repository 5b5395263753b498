package marquee.boxoffice;

/**
 * One film's line in a day's ranking. Gross and prices in minor units; shares and occupancy in percent.
 *
 * @param screeningSharePct the film's screenings ÷ all screenings in the scope that day × 100
 * @param occupancyPct      admissions ÷ seats offered × 100
 * @param presaleGrossMinor the part of the gross sold before the film's release day
 */
public record RankingRow(int rank, long filmId, String title, long grossMinor, long admissions, long screenings,
                         double screeningSharePct, double occupancyPct, long averagePriceMinor, long presaleGrossMinor) {}
