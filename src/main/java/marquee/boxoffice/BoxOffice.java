package marquee.boxoffice;

import java.time.LocalDate;

/** The live box office of the platform's own sales (and other sellers' fed sales). */
public interface BoxOffice {

    /** A day's ranking in a scope: every film with sales or screenings there, by gross. */
    Ranking ranking(LocalDate day, Scope scope);

    /** A film's summary and daily curve, as of {@code today}. */
    FilmSummary film(long filmId, LocalDate today);

    /** Recomputes every rollup from the ledger of counted events. */
    void rebuild();

    /** Every rollup row as text, in a fixed order: equal fingerprints mean identical rollups. */
    String fingerprint();
}
