package marquee.booking.internal;

import java.time.LocalDateTime;
import java.util.List;
import marquee.booking.BuyerNotice;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;

/** A buyer's notice as "My tickets" shows it: with the film's title, the cinema's name and the start on its clock. */
record NoticeView(BuyerNotice notice, String film, String cinema, LocalDateTime localStart) {

    static List<NoticeView> of(List<BuyerNotice> notices, Catalog catalog) {
        return notices.stream().map(n -> {
            Cinema cinema = catalog.cinema(n.cinemaId());
            return new NoticeView(n, catalog.film(n.filmId()).displayTitle(), cinema.name(),
                    LocalDateTime.ofInstant(n.startsAt(), cinema.timeZone()));
        }).toList();
    }
}
