package marquee.boxoffice;

import java.time.LocalDate;
import java.util.List;

/**
 * A film's live box office: cumulative gross, days in release, best day, today's screening share,
 * and its daily curve.
 */
public record FilmSummary(long filmId, String title, LocalDate releaseDate, long cumulativeGrossMinor,
                          long cumulativeAdmissions, int daysInRelease, DayFigures bestDay,
                          double screeningShareTodayPct, String currency, List<DayFigures> curve) {}
