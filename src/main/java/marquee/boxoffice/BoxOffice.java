package marquee.boxoffice;

import java.time.LocalDate;

/** The live box office of the platform's own sales (and other sellers' fed sales). */
public interface BoxOffice {

    /** A day's ranking in a scope: every film with sales or screenings there, by gross. */
    Ranking ranking(LocalDate day, Scope scope);

    /** A film's summary and daily curve, as of {@code today}. */
    FilmSummary film(long filmId, LocalDate today);

    /**
     * The period's gross and admissions by distributor, country of origin or genre. {@code from} null: six
     * days before {@code to}; {@code to} null: today in the market (marquee.market.zone). At most 366 days.
     */
    MarketShare share(MarketShare.By by, LocalDate from, LocalDate to);

    /** The {@code limit} best opening days of each genre (1 to 20). */
    GenreRecords recordsByGenre(int limit);

    /**
     * Stores the platform's sales and refunds in the ledger again from booking's sales history, keeps the
     * entries of other sellers' feeds, and recomputes every rollup from the ledger. Live sales go on meanwhile
     * and are counted once.
     */
    Rebuilt rebuild();

    /** The admissions and gross the box office counted for a campaign's attributed sales, net of refunds. */
    CampaignTakings campaign(long campaignId);

    /** Booking's sales history against the ledger, and the rollups against the ledger: what is missing or off. */
    Reconciliation reconcile();
}
