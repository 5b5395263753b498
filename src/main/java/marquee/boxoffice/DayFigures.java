package marquee.boxoffice;

import java.time.LocalDate;

/** A film's figures for one box office day; {@code dayOfRelease} is 1 on the release day, 0 or less before it. */
public record DayFigures(LocalDate day, int dayOfRelease, long grossMinor, long admissions, Long screenings,
                         long cumulativeGrossMinor) {}
