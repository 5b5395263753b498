package marquee.catalog;

import static marquee.catalog.CatalogFixtures.aCinemaIn;
import static marquee.catalog.CatalogFixtures.aFilm;
import static marquee.catalog.CatalogFixtures.aHall;
import static marquee.catalog.CatalogFixtures.aScreening;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import marquee.shared.Conflict;
import marquee.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How the catalog stores and finds things; run once on the embedded store and once on PostgreSQL
 * by the subclasses, against a fresh database each.
 */
abstract class CatalogStoreSpec {

    @Autowired
    Catalog catalog;

    @Test
    void a_film_keeps_its_titles_genres_credits_and_releases() {
        Film film = aFilm().withGenres("Documentary", "Sport").addTo(catalog);

        Film read = catalog.film(film.id());
        assertThat(read.originalTitle()).isEqualTo("Free Solo");
        assertThat(read.chineseTitle()).isEqualTo("徒手攀岩");
        assertThat(read.genres()).containsExactly("Documentary", "Sport");
        assertThat(read.credits()).extracting(Credit::name).containsExactly("Jimmy Chin");
        assertThat(read.releases()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReleaseKind.FIRST_RELEASE);
            assertThat(r.releaseDate()).isEqualTo(LocalDate.of(2026, 11, 1));
        });
    }

    @Test
    void films_are_found_by_any_title_and_by_genre_but_not_by_a_wildcard() {
        aFilm().titled("Capernaum").withGenres("Drama").addTo(catalog);
        aFilm().titled("Suzume").withGenres("Animation").addTo(catalog);

        assertThat(catalog.films(new FilmFilter("capern", null, null, null), new PageRequest(0, 10)).items())
                .extracting(Film::originalTitle).containsExactly("Capernaum");
        assertThat(catalog.films(new FilmFilter(null, "animation", null, null), new PageRequest(0, 50)).items())
                .extracting(Film::originalTitle).contains("Suzume").doesNotContain("Capernaum");
        assertThat(catalog.films(new FilmFilter("%", null, null, null), new PageRequest(0, 10)).total()).isZero();
    }

    @Test
    void a_film_found_by_city_and_day_is_on_in_that_city_on_that_day() {
        Film film = aFilm().titled("Two Towns").addTo(catalog);
        long inLhasa = catalog.addHall(catalog.addCinema(aCinemaIn("Lhasa", 4)).id(), aHall(2, 2)).id();
        long inShigatse = catalog.addHall(catalog.addCinema(aCinemaIn("Shigatse", 2)).id(), aHall(2, 2)).id();
        catalog.schedule(aScreening(inLhasa, film.id(), Instant.parse("2026-12-03T11:00:00Z")));
        catalog.schedule(aScreening(inShigatse, film.id(), Instant.parse("2026-12-04T11:00:00Z")));

        assertThat(titlesOn("Lhasa", LocalDate.of(2026, 12, 3))).contains("Two Towns");
        assertThat(titlesOn("Shigatse", LocalDate.of(2026, 12, 4))).contains("Two Towns");
        assertThat(titlesOn("Lhasa", LocalDate.of(2026, 12, 4))).doesNotContain("Two Towns");
        assertThat(titlesOn("Lhasa", null)).contains("Two Towns");
        assertThat(titlesOn(null, LocalDate.of(2026, 12, 4))).contains("Two Towns");
    }

    private List<String> titlesOn(String city, LocalDate day) {
        return catalog.films(new FilmFilter("Two Towns", null, city, day), new PageRequest(0, 10)).items().stream()
                .map(Film::originalTitle).toList();
    }

    @Test
    void a_hall_layout_becomes_one_row_per_seat_labelled_for_people() {
        long cinema = catalog.addCinema(aCinemaIn("Hangzhou", 2)).id();
        Hall hall = catalog.addHall(cinema, new NewHall("VIP", List.of("AS.SA", "VV.VV", "CCCC")));

        SeatMap map = catalog.seatMap(hall.id());
        assertThat(map.hall().capacity()).isEqualTo(12);
        assertThat(map.seats()).hasSize(12);
        assertThat(map.seats().getFirst()).satisfies(seat -> {
            assertThat(seat.row()).isEqualTo("A");
            assertThat(seat.number()).isEqualTo(1);
            assertThat(seat.type()).isEqualTo(SeatType.ACCESSIBLE);
        });
        assertThat(map.seats()).filteredOn(s -> s.row().equals("B")).extracting(Seat::number).containsExactly(1, 2, 3, 4);
    }

    @Test
    void a_screening_is_stored_in_utc_and_counted_on_the_cinemas_local_day() {
        Film film = aFilm().running(100).addTo(catalog);
        long cinema = catalog.addCinema(aCinemaIn("Chengdu", 2)).id();
        long hall = catalog.addHall(cinema, aHall(5, 10)).id();
        Instant lateEvening = Instant.parse("2026-11-25T15:30:00Z"); // 23:30 in Asia/Shanghai

        Screening screening = catalog.schedule(aScreening(hall, film.id(), lateEvening));

        assertThat(screening.startsAt()).isEqualTo(lateEvening);
        assertThat(screening.endsAt()).isEqualTo(lateEvening.plusSeconds((100 + 15) * 60));
        assertThat(screening.localStart().toString()).isEqualTo("2026-11-25T23:30");
        assertThat(catalog.screenings(new ScreeningFilter(film.id(), null, "Chengdu", LocalDate.of(2026, 11, 25)),
                new PageRequest(0, 10)).items()).extracting(Screening::id).containsExactly(screening.id());
        assertThat(catalog.screenings(new ScreeningFilter(film.id(), null, "Chengdu", LocalDate.of(2026, 11, 26)),
                new PageRequest(0, 10)).total()).isZero();
        // From a moment on: what is still to come then (the storefront's showtimes).
        assertThat(catalog.screenings(new ScreeningFilter(film.id(), null, "Chengdu", null, lateEvening),
                new PageRequest(0, 10)).total()).isEqualTo(1);
        assertThat(catalog.screenings(new ScreeningFilter(film.id(), null, "Chengdu", null, lateEvening.plusSeconds(1)),
                new PageRequest(0, 10)).total()).isZero();
        assertThat(catalog.nextScreenings("Chengdu", lateEvening, 4)).extracting(Screening::id).contains(screening.id());
        assertThat(catalog.nextScreenings("Chengdu", lateEvening.plusSeconds(1), 4)).extracting(Screening::filmId)
                .doesNotContain(film.id());
    }

    @Test
    void a_screening_that_overlaps_another_in_the_same_hall_is_refused() {
        Film film = aFilm().running(120).addTo(catalog);
        long cinema = catalog.addCinema(aCinemaIn("Wuhan", 2)).id();
        long hall = catalog.addHall(cinema, aHall(5, 10)).id();
        long otherHall = catalog.addHall(cinema, aHall(5, 10)).id();
        Instant start = Instant.parse("2026-11-26T11:00:00Z");
        catalog.schedule(aScreening(hall, film.id(), start));

        assertThatThrownBy(() -> catalog.schedule(aScreening(hall, film.id(), start.plusSeconds(3600))))
                .isInstanceOf(Conflict.class);
        catalog.schedule(aScreening(otherHall, film.id(), start.plusSeconds(3600)));
        catalog.schedule(aScreening(hall, film.id(), start.plusSeconds(135 * 60)));
    }

    @Test
    void of_many_schedulers_racing_for_one_slot_exactly_one_wins() throws Exception {
        Film film = aFilm().running(90).addTo(catalog);
        long cinema = catalog.addCinema(aCinemaIn("Xiamen", 3)).id();
        long hall = catalog.addHall(cinema, aHall(4, 8)).id();
        int racers = 8;
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            Instant start = Instant.parse("2026-11-27T12:00:00Z").plusSeconds(60L * i);
            attempts.add(() -> {
                go.await();
                try {
                    catalog.schedule(aScreening(hall, film.id(), start));
                    return true;
                } catch (Conflict refused) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Boolean>> results = attempts.stream().map(pool::submit).toList();
        go.countDown();
        long winners = 0;
        for (Future<Boolean> result : results) {
            winners += result.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(winners).isEqualTo(1);
        assertThat(catalog.screenings(new ScreeningFilter(null, null, "Xiamen", null), new PageRequest(0, 50)).total()).isEqualTo(1);
    }

    @Test
    void a_film_found_in_a_city_pages_and_counts_alike_on_a_full_a_short_and_an_empty_page() {
        Film film = aFilm().running(90).addTo(catalog);
        Film other = aFilm().running(90).addTo(catalog);
        long hall = catalog.addHall(catalog.addCinema(aCinemaIn("Lanzhou", 3)).id(), aHall(2, 2)).id();
        long elsewhere = catalog.addHall(catalog.addCinema(aCinemaIn("Xining", 3)).id(), aHall(2, 2)).id();
        Instant first = Instant.parse("2026-12-03T02:00:00Z");
        for (int i = 0; i < 5; i++) {
            catalog.schedule(aScreening(hall, film.id(), first.plusSeconds(i * 3 * 3600L)));
            catalog.schedule(aScreening(elsewhere, film.id(), first.plusSeconds(i * 3 * 3600L)));
        }
        catalog.schedule(aScreening(hall, other.id(), first.plusSeconds(15 * 3600L)));
        ScreeningFilter inLanzhou = new ScreeningFilter(film.id(), null, "Lanzhou", null);

        assertThat(catalog.screenings(inLanzhou, new PageRequest(0, 2))).satisfies(p -> {
            assertThat(p.items()).hasSize(2);
            assertThat(p.total()).isEqualTo(5);
        });
        assertThat(catalog.screenings(inLanzhou, new PageRequest(2, 2))).satisfies(p -> {
            assertThat(p.items()).hasSize(1);
            assertThat(p.total()).isEqualTo(5);
        });
        assertThat(catalog.screenings(inLanzhou, new PageRequest(3, 2))).satisfies(p -> {
            assertThat(p.items()).isEmpty();
            assertThat(p.total()).isEqualTo(5);
        });
        assertThat(catalog.screenings(inLanzhou, new PageRequest(0, 50)).items())
                .allMatch(s -> s.filmId() == film.id() && s.hallId() == hall).hasSize(5);
    }
}
