package marquee.accounts;

import java.time.LocalDate;

/** A moviegoer's viewing of a film from their history: the day, and a rating 1-10 if they gave one. */
public record FilmViewing(long accountId, long filmId, LocalDate watchedOn, Integer rating) {}
