package marquee.booking;

import static marquee.catalog.CatalogFixtures.aFilm;
import static marquee.catalog.CatalogFixtures.aHall;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import marquee.catalog.Catalog;
import marquee.catalog.CatalogFixtures;
import marquee.catalog.Cinema;
import marquee.catalog.NewCinema;
import marquee.catalog.NewScreening;
import marquee.catalog.Screening;
import marquee.catalog.Seat;

/** Screenings to book in tests: a film, a cinema with one hall, and a screening some time ahead. */
public final class Shows {

    /** A screening with its hall's seat ids in seat order. */
    public record Show(long screeningId, long filmId, long cinemaId, Instant startsAt, List<Long> seatIds) {
        public long seat(int index) {
            return seatIds.get(index);
        }
    }

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Catalog catalog;
    private int rows = 10;
    private int seatsPerRow = 10;
    private Duration startsIn = Duration.ofDays(2);
    private Long chainTenantId;
    private long basePriceMinor = 4500;
    private CatalogFixtures.FilmBuilder film;

    private Shows(Catalog catalog) {
        this.catalog = catalog;
    }

    public static Shows in(Catalog catalog) {
        return new Shows(catalog);
    }

    public Shows hall(int rows, int seatsPerRow) {
        this.rows = rows;
        this.seatsPerRow = seatsPerRow;
        return this;
    }

    public Shows startingIn(Duration startsIn) {
        this.startsIn = startsIn;
        return this;
    }

    public Shows runBy(long chainTenantId) {
        this.chainTenantId = chainTenantId;
        return this;
    }

    /** Shows this film (default: a film with a new English title and no Chinese one). */
    public Shows showing(CatalogFixtures.FilmBuilder film) {
        this.film = film;
        return this;
    }

    public Shows priced(long basePriceMinor) {
        this.basePriceMinor = basePriceMinor;
        return this;
    }

    /** Adds the film, cinema, hall and screening; a screening days ahead starts at 15:00 Shanghai time. */
    public Show add() {
        int n = SEQUENCE.incrementAndGet();
        var film = (this.film != null ? this.film : aFilm().titled("Booking test film " + n))
                .releasedOn(java.time.LocalDate.of(2026, 1, 1)).addTo(catalog);
        Cinema cinema = catalog.addCinema(new NewCinema("Booking Cinema " + n, "Test Chain", "Beijing", "Beijing", 1,
                "Asia/Shanghai", null), chainTenantId);
        var hall = catalog.addHall(cinema.id(), aHall(rows, seatsPerRow));
        Instant startsAt = Instant.now().plus(startsIn).truncatedTo(ChronoUnit.MINUTES);
        if (startsIn.toDays() >= 1) {
            // Days ahead: an afternoon show, so that prices are the base price (no matinee or late-show rate).
            startsAt = startsAt.truncatedTo(ChronoUnit.HOURS);
            int localHour = startsAt.atZone(cinema.timeZone()).getHour();
            startsAt = startsAt.plus(Duration.ofHours((15 - localHour + 24) % 24));
        }
        Screening screening = catalog.schedule(new NewScreening(hall.id(), film.id(), null, startsAt, "2D", "Mandarin",
                basePriceMinor, "CNY"));
        List<Long> seats = catalog.seatMap(hall.id()).seats().stream().map(Seat::id).sorted().toList();
        return new Show(screening.id(), film.id(), cinema.id(), screening.startsAt(), seats);
    }
}
