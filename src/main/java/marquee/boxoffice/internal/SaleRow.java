package marquee.boxoffice.internal;

import java.time.Instant;
import java.util.Objects;
import marquee.boxoffice.internal.LedgerEntry.Kind;

/**
 * One checked row of another seller's sale feed: a sale, or a refund of the sale {@code refundsSaleId}.
 * Ids are the seller's own; amounts are minor units of {@code currency}.
 */
record SaleRow(long line, String saleId, Kind kind, long filmId, long cinemaId, Instant screeningStartsAt, int seats,
               long amountMinor, String currency, Instant soldAt, String refundsSaleId) {

    /** A hash of everything but the line: two rows of one sale id with different hashes say different things. */
    int valuesHash() {
        return Objects.hash(saleId, kind, filmId, cinemaId, screeningStartsAt, seats, amountMinor, currency, soldAt,
                refundsSaleId);
    }
}
