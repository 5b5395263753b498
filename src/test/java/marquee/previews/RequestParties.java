package marquee.previews;

import static marquee.catalog.CatalogFixtures.aFilm;
import static marquee.catalog.CatalogFixtures.aHall;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import marquee.accounts.AccountFixtures;
import marquee.accounts.AccountFixtures.Person;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.catalog.Catalog;
import marquee.catalog.Cinema;
import marquee.catalog.Film;
import marquee.catalog.Hall;
import marquee.catalog.NewCinema;
import marquee.shared.security.Role;
import marquee.testing.Http;

/**
 * The two sides of screening requests for tests: a distributor with its unannounced film, a chain's manager with a
 * cinema of three halls (200, 120 and 60 seats), each acting through its own API token.
 */
record RequestParties(Person distributor, Person manager, Film film, Cinema cinema, Hall big, Hall medium, Hall small, int port) {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    static RequestParties make(Accounts accounts, ApiTokens tokens, Catalog catalog, int port) {
        AccountFixtures people = new AccountFixtures(accounts, tokens);
        Person distributor = people.staff(Role.DISTRIBUTOR_ADMIN);
        Person manager = people.staff(Role.CINEMA_MANAGER);
        Film film = aFilm().titled("Request test " + System.nanoTime()).unannounced().releasedOn(LocalDate.now(CHINA).plusDays(30))
                .ownedBy(distributor.tenantId()).addTo(catalog);
        Cinema cinema = catalog.addCinema(new NewCinema("Request Cinema " + System.nanoTime(), "Request Chain", "Kunming", "Yunnan", 3,
                "Asia/Shanghai", null), manager.tenantId());
        Hall big = catalog.addHall(cinema.id(), aHall(10, 20));
        Hall medium = catalog.addHall(cinema.id(), aHall(8, 15));
        Hall small = catalog.addHall(cinema.id(), aHall(6, 10));
        return new RequestParties(distributor, manager, film, cinema, big, medium, small, port);
    }

    Http asDistributor() {
        return new Http(port).withToken(distributor.token());
    }

    Http asManager() {
        return new Http(port).withToken(manager.token());
    }

    /** A request body: a window {@code daysAhead} days ahead from 10:00 to 22:00 local time. */
    String request(int daysAhead, int minSeats) {
        return request(film.id(), cinema.id(), at(daysAhead, 10), at(daysAhead, 22), minSeats);
    }

    static String request(long filmId, long cinemaId, Instant earliest, Instant latest, int minSeats) {
        return "{\"filmId\":" + filmId + ",\"cinemaId\":" + cinemaId + ",\"earliestStart\":\"" + earliest + "\",\"latestStart\":\""
                + latest + "\",\"minSeats\":" + minSeats + ",\"kind\":\"PREVIEW\",\"invitationOnly\":true,\"note\":\"For climbers\"}";
    }

    static String acceptance(Hall hall, Instant startsAt) {
        return "{\"hallId\":" + hall.id() + ",\"startsAt\":\"" + startsAt + "\",\"basePriceMinor\":4500}";
    }

    /** {@code hour}:00 on the cinema's clock, {@code daysAhead} days from today. */
    static Instant at(int daysAhead, int hour) {
        return LocalDate.now(CHINA).plusDays(daysAhead).atTime(hour, 0).atZone(CHINA).toInstant();
    }

    /** Sends a request and answers its id. */
    long send(int daysAhead, int minSeats) {
        Http.Answer sent = asDistributor().post("/api/screening-requests", request(daysAhead, minSeats));
        if (sent.status() != 201) {
            throw new AssertionError(sent.status() + " " + sent.body());
        }
        return sent.json().get("id").asLong();
    }
}
