package marquee.booking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import marquee.booking.SaleContext;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.Film;
import marquee.catalog.FilmRelease;
import marquee.catalog.Screening;
import marquee.catalog.Seat;
import marquee.catalog.SeatMap;
import org.springframework.stereotype.Component;

/**
 * What booking needs to know of a screening from the catalog: its cinema, its hall's seats and the
 * sale context its events carry. Kept in memory, because a screening's hall, film and cinema do not
 * change once tickets are sold for it, and every hold and checkout needs them.
 */
@Component
class ScreeningFacts {

    /** A screening with its cinema, its hall's seats by id, and the context of its sales. */
    record Facts(Screening screening, Cinema cinema, SeatMap hall, Map<Long, Seat> seatsById, SaleContext sale) {
        List<Long> seatIds() {
            return hall.seats().stream().map(Seat::id).toList();
        }

        boolean hasStarted(Instant now) {
            return !screening.startsAt().isAfter(now);
        }
    }

    private final Catalog catalog;
    private final Map<Long, Facts> byScreening = new ConcurrentHashMap<>();
    private final Map<Long, SeatMap> byHall = new ConcurrentHashMap<>();

    ScreeningFacts(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The facts of a screening; 404 (NotFound) for an unknown one. */
    Facts of(long screeningId) {
        Facts known = byScreening.get(screeningId);
        return known != null ? known : byScreening.computeIfAbsent(screeningId, this::lookUp);
    }

    /**
     * Whether the screening was cancelled, asked of the store every time: a cancellation must stop sales at once on
     * every instance, while the other facts may stay cached.
     */
    boolean cancelled(long screeningId) {
        return catalog.isCancelled(screeningId);
    }

    /** Forgets the facts of a screening that was moved: the next look-up reads its new time. */
    void forget(long screeningId) {
        byScreening.remove(screeningId);
    }

    private Facts lookUp(long screeningId) {
        Screening screening = catalog.screening(screeningId);
        Cinema cinema = catalog.cinema(screening.cinemaId());
        SeatMap hall = byHall.computeIfAbsent(screening.hallId(), catalog::seatMap);
        SaleContext sale = saleContext(screening, cinema, catalog.film(screening.filmId()));
        Map<Long, Seat> seats = hall.seats().stream().collect(Collectors.toUnmodifiableMap(Seat::id, Function.identity()));
        return new Facts(screening, cinema, hall, seats, sale);
    }

    /** What every sale and refund of the screening carries: the film and its release, the cinema and where it counts. */
    static SaleContext saleContext(Screening screening, Cinema cinema, Film film) {
        LocalDate releaseDate = film.releases().stream().filter(r -> r.id() == screening.releaseId())
                .map(FilmRelease::releaseDate).findFirst().orElseThrow();
        return new SaleContext(film.id(), screening.releaseId(), releaseDate, screening.id(), screening.startsAt(),
                cinema.id(), cinema.chain(), cinema.city(), cinema.province(), cinema.cityTier(), cinema.timeZone());
    }
}
