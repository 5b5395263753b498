package marquee.boxoffice.internal;

import java.time.Instant;
import java.time.LocalDate;
import marquee.booking.Attribution;
import marquee.booking.SaleContext;
import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;
import marquee.boxoffice.Scope;

/**
 * One sale or refund as the box office counts it: signed admissions and gross on a film, day and cinema, with
 * the campaign, channel and partner it is attributed to (none: {@link Attribution#NONE}).
 */
record LedgerEntry(String eventId, String saleId, Kind kind, long filmId, long cinemaId, String chain, String city,
                   String province, int cityTier, LocalDate day, boolean presale, int admissions, long grossMinor,
                   String source, Instant recordedAt, Attribution attribution) {

    enum Kind { SALE, REFUND }

    static LedgerEntry of(TicketsSold sale) {
        SaleContext c = sale.context();
        boolean presale = sale.soldAt().atZone(c.timeZone()).toLocalDate().isBefore(c.releaseDate());
        return new LedgerEntry("sale:" + sale.saleId(), sale.saleId(), Kind.SALE, c.filmId(), c.cinemaId(), c.chain(),
                c.city(), c.province(), c.cityTier(), c.boxOfficeDay(), presale, sale.seats(), sale.amountMinor(),
                sale.source(), sale.soldAt(), sale.attribution());
    }

    /** A refund; whether it reverses presales is settled against its sale when it is written. */
    static LedgerEntry of(TicketsRefunded refund) {
        SaleContext c = refund.context();
        return new LedgerEntry("refund:" + refund.refundId(), refund.saleId(), Kind.REFUND, c.filmId(), c.cinemaId(),
                c.chain(), c.city(), c.province(), c.cityTier(), c.boxOfficeDay(), false, -refund.seats(),
                -refund.amountMinor(), refund.source(), refund.refundedAt(), refund.attribution());
    }

    LedgerEntry withPresale(boolean presale) {
        return new LedgerEntry(eventId, saleId, kind, filmId, cinemaId, chain, city, province, cityTier, day, presale,
                admissions, grossMinor, source, recordedAt, attribution);
    }

    /**
     * Whether another entry of the same event counts the same thing; the cinema's chain and place are
     * the catalog's at the time of counting and do not take part.
     */
    boolean countsAs(LedgerEntry other) {
        return kind == other.kind && saleId.equals(other.saleId) && filmId == other.filmId && cinemaId == other.cinemaId
                && day.equals(other.day) && admissions == other.admissions && grossMinor == other.grossMinor
                && source.equals(other.source) && recordedAt.equals(other.recordedAt);
    }

    RollupKey key() {
        return new RollupKey(day, filmId, cinemaId, chain, city, province, cityTier);
    }

    record RollupKey(LocalDate day, long filmId, long cinemaId, String chain, String city, String province, int cityTier) {

        boolean in(Scope scope) {
            return switch (scope.level()) {
                case MARKET -> true;
                case PROVINCE -> province.equals(scope.value());
                case CITY -> city.equals(scope.value());
                case CHAIN -> chain.equals(scope.value());
                case TIER -> cityTier == Integer.parseInt(scope.value());
                case CINEMA -> cinemaId == Long.parseLong(scope.value());
            };
        }
    }
}
