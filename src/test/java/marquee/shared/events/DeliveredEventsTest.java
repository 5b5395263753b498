package marquee.shared.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import marquee.accounts.AccountFixtures;
import marquee.accounts.Accounts;
import marquee.accounts.ApiTokens;
import marquee.booking.Buyer;
import marquee.booking.Shows;
import marquee.catalog.Catalog;
import marquee.testing.Eventually;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The outbox keeps what is still to deliver and the last week's deliveries, not every sale ever made. */
@MarqueeTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DeliveredEventsTest {

    @LocalServerPort
    int port;
    @Autowired
    Catalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DeliveredEvents delivered;

    @Test
    void deliveries_older_than_a_week_are_deleted_and_newer_ones_and_undelivered_ones_kept() {
        Buyer buyer = Buyer.of(new AccountFixtures(accounts, tokens).moviegoer(), port);
        Shows.Show show = Shows.in(catalog).add();
        assertThat(buyer.buy(show.screeningId(), show.seat(0)).status()).isEqualTo(201);
        Eventually.until("the first sale's events to be delivered", () -> incomplete() == 0 && completed() > 0);
        long firstSale = completed();
        jdbc.sql("update event_publication set completion_date = ? where completion_date is not null")
                .param(OffsetDateTime.now(ZoneOffset.UTC).minusDays(8)).update();
        assertThat(buyer.buy(show.screeningId(), show.seat(1)).status()).isEqualTo(201);
        Eventually.until("the second sale's events to be delivered", () -> incomplete() == 0 && completed() > firstSale);
        long secondSale = completed() - firstSale;
        assertThat(firstSale).isGreaterThan(1);
        jdbc.sql("""
                update event_publication set completion_date = null
                where id = (select id from event_publication where completion_date < ? order by id limit 1)""")
                .param(OffsetDateTime.now(ZoneOffset.UTC).minusDays(7)).update(); // as if its delivery had never finished

        delivered.prune();

        assertThat(completed()).as("the second sale's deliveries, a day old at most").isEqualTo(secondSale);
        assertThat(incomplete()).as("one not delivered stays, however old").isEqualTo(1);
    }

    private long completed() {
        return jdbc.sql("select count(*) from event_publication where completion_date is not null").query(Long.class).single();
    }

    private long incomplete() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single();
    }
}
