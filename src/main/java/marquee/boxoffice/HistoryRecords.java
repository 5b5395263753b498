package marquee.boxoffice;

import java.time.LocalDate;
import java.util.List;

/**
 * Records of a feed's market history: the best opening days, and the films that reached a gross
 * threshold in the fewest days (day 1 being the release day).
 */
public record HistoryRecords(String source, long thresholdMinor, List<OpeningDay> bestOpeningDays,
                             List<FastestTo> fastestToThreshold) {

    public record OpeningDay(HistoryFilm film, long grossMinor) {}

    public record FastestTo(HistoryFilm film, LocalDate reachedOn, int days) {}
}
