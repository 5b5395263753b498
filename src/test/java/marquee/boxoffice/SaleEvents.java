package marquee.boxoffice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import marquee.booking.SaleContext;
import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;

/** Builders of sale events for box office tests: a sale is of a film, in a cinema, for a screening. */
final class SaleEvents {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final AtomicLong IDS = new AtomicLong();

    /** A cinema the events count under. */
    record Place(long cinemaId, String chain, String city, String province, int tier) {}

    static final Place BEIJING_WANDA = new Place(1, "Wanda", "Beijing", "Beijing", 1);
    static final Place BEIJING_CGV = new Place(2, "CGV", "Beijing", "Beijing", 1);
    static final Place SUZHOU_CGV = new Place(3, "CGV", "Suzhou", "Jiangsu", 2);
    static final Place NANJING_DADI = new Place(4, "Dadi", "Nanjing", "Jiangsu", 2);
    static final Place LHASA_WANDA = new Place(5, "Wanda", "Lhasa", "Tibet", 5);

    private SaleEvents() {
    }

    static SaleBuilder aSale() {
        return new SaleBuilder();
    }

    static TicketsRefunded refundOf(TicketsSold sale, int seats) {
        long amount = sale.amountMinor() / sale.seats() * seats;
        return new TicketsRefunded("r" + IDS.incrementAndGet(), sale.saleId(), sale.context(), sale.soldAt().plusSeconds(600),
                seats, amount, sale.currency(), sale.source(), sale.buyerId(), sale.campaignId(), sale.channelId(),
                sale.partnerId());
    }

    static final class SaleBuilder {
        private long filmId = 1;
        private Place place = BEIJING_WANDA;
        private Instant screeningAt = Instant.parse("2026-11-20T12:00:00Z");
        private Instant soldAt = Instant.parse("2026-11-20T10:00:00Z");
        private LocalDate releaseDate = LocalDate.of(2026, 11, 1);
        private int seats = 2;
        private long pricePerSeat = 4500;

        SaleBuilder ofFilm(long filmId) {
            this.filmId = filmId;
            return this;
        }

        SaleBuilder in(Place place) {
            this.place = place;
            return this;
        }

        SaleBuilder forScreeningAt(Instant at) {
            this.screeningAt = at;
            this.soldAt = at.minusSeconds(3600);
            return this;
        }

        SaleBuilder soldAt(Instant at) {
            this.soldAt = at;
            return this;
        }

        SaleBuilder releasedOn(LocalDate date) {
            this.releaseDate = date;
            return this;
        }

        SaleBuilder seats(int seats, long pricePerSeat) {
            this.seats = seats;
            this.pricePerSeat = pricePerSeat;
            return this;
        }

        TicketsSold build() {
            SaleContext context = new SaleContext(filmId, filmId * 10, releaseDate, 100 + IDS.incrementAndGet(), screeningAt,
                    place.cinemaId(), place.chain(), place.city(), place.province(), place.tier(), SHANGHAI);
            return new TicketsSold("s" + IDS.incrementAndGet(), context, soldAt, seats, seats * pricePerSeat, "CNY",
                    "spec-seller", 42L, null, null, null, null);
        }
    }
}
