package marquee.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.audience.WordOfMouth;
import marquee.booking.CheckoutRequest;
import marquee.booking.HoldRequest;
import marquee.booking.Order;
import marquee.booking.Purchases;
import marquee.booking.Shows;
import marquee.catalog.Catalog;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's word of mouth: followed buyers are scanned at the door, then rate the film; a refunded order is neither. */
@MarqueeTest
class WordOfMouthSimulatorTest {

    @Autowired
    Catalog catalog;
    @Autowired
    Purchases purchases;
    @Autowired
    WordOfMouth wordOfMouth;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;

    @Test
    void followed_buyers_are_scanned_at_the_door_and_rate_after_the_show_and_a_refunded_order_is_not() {
        AccountFixtures people = new AccountFixtures(accounts, tokens);
        Shows.Show show = Shows.in(catalog).add();
        long comingSoon = marquee.catalog.CatalogFixtures.aFilm().titled("Soon " + System.nanoTime())
                .releasedOn(java.time.LocalDate.now().plusDays(10)).addTo(catalog).id();
        AccountFixtures.Person ann = people.moviegoer();
        AccountFixtures.Person bob = people.moviegoer();
        Order anns = buy(ann.id(), show, 0);
        Order bobs = buy(bob.id(), show, 1);
        purchases.refund(bob.id(), bobs.id(), null);

        WordOfMouthSimulator simulator = new WordOfMouthSimulator(catalog, purchases, wordOfMouth, new SplittableRandom(7), 100, 100);
        simulator.sold(anns);
        simulator.sold(bobs);
        Clock clock = Clock.systemUTC();
        simulator.tick(show.startsAt(), clock, n -> ann.id(), 1);
        assertThat(count("select count(*) from ticket where order_id = ? and status = 'CHECKED_IN'", anns.id())).isEqualTo(1);
        assertThat(simulator.admitted).isEqualTo(1);

        jdbc.sql("update screening set starts_at = ? where id = ?")
                .params(Instant.now().minus(Duration.ofHours(3)).atOffset(ZoneOffset.UTC), show.screeningId()).update();
        simulator.tick(show.startsAt().plus(Duration.ofHours(3)), clock, n -> ann.id(), 1);
        assertThat(count("select count(*) from film_rating where film_id = ? and account_id = ?", show.filmId(), ann.id())).isEqualTo(1);
        assertThat(count("select count(*) from film_rating where film_id = ? and account_id = ?", show.filmId(), bob.id())).isZero();

        for (int i = 0; i < 400; i++) {
            simulator.tick(show.startsAt().plus(Duration.ofHours(3)), clock, n -> ann.id(), 1);
        }
        assertThat(simulator.wanted).as("about 3 a minute").isBetween(5, 60);
        assertThat(count("select count(*) from want_to_see where account_id = ?", ann.id())).isPositive();
        assertThat(comingSoon).isPositive();
    }

    @Test
    void each_film_has_its_own_mean_rating_within_the_range() {
        for (long film = 1; film < 500; film++) {
            assertThat(WordOfMouthSimulator.filmMean(film)).isBetween(5.5, 8.9);
        }
    }

    private Order buy(long buyer, Shows.Show show, int seat) {
        var hold = purchases.hold(buyer, new HoldRequest(show.screeningId(), List.of(show.seat(seat))));
        return purchases.checkout(buyer, new CheckoutRequest(hold.id(), null, "approve", null, null));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
