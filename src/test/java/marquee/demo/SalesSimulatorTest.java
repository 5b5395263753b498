package marquee.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import marquee.testing.Eventually;
import marquee.testing.MarqueeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo market's simulated sales: with the simulator on, demo moviegoers buy tickets through the
 * booking services and their sales reach the box office. The context is closed afterwards, so the
 * simulator does not go on selling during other tests.
 */
@MarqueeTest
@TestPropertySource(properties = {"marquee.demo.seed-on-start=true", "marquee.demo.sales.simulate=true",
        "marquee.demo.sales.orders-per-minute=1800", "marquee.demo.sales.decline-percent=20",
        "marquee.demo.sales.report-every=2s",
        // the flat rate through the real-time checkout: this test is about that checkout (campaign codes, declines);
        // the day's curve and its bulk path are DemoDayTest's
        "marquee.demo.day.curve=false",
        // the days before the first day would be imported at this test's 1,800 orders a minute (a quarter of a
        // million feed rows) while the simulator sells; they are DemoCatalogForecastBrowserTest's subject, not this one's
        "marquee.demo.past-days=0"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SalesSimulatorTest {

    /** The demo market is seeded first, then the simulator needs some seconds to sell. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Autowired
    JdbcClient jdbc;

    @Test
    void simulated_moviegoers_buy_tickets_and_their_sales_reach_the_box_office() {
        Eventually.until("20 tickets sold", PATIENCE, () -> count("select count(*) from ticket") >= 20);
        Eventually.until("a sale in the box office", PATIENCE,
                () -> count("select count(*) from boxoffice_sale where kind = 'SALE'") > 0);

        assertThat(count("select count(distinct buyer_id) from booking_order where status = 'PAID'")).isGreaterThan(1);
        assertThat(count("""
                select count(*) from booking_order o where o.status = 'PAID'
                  and (select count(*) from ticket t where t.order_id = o.id) not between 1 and 4""")).isZero();
        assertThat(count("select count(*) from account where id in (select buyer_id from booking_order) and email like 'mg%@audience.demo'"))
                .as("the buyers are the demo market's moviegoers").isPositive();
    }

    /** The press-release films' campaigns are set up with the market, and some simulated buyers come through them. */
    @Test
    void simulated_moviegoers_respond_to_the_demo_campaigns() {
        assertThat(count("select count(*) from campaign")).isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from campaign_partner")).as("Free Solo's climbing gyms").isEqualTo(200);

        Eventually.until("sales attributed to a channel's link", PATIENCE,
                () -> count("select count(*) from campaign_sale where partner_id is null") > 0);
        Eventually.until("a sale paid with a climbing gym's code", PATIENCE,
                () -> count("select count(*) from campaign_sale where partner_id is not null") > 0);
        if (count("select count(*) from campaign_offer") > 0) {
            Eventually.until("a contacted moviegoer buying Capernaum with the offer's coupon", PATIENCE,
                    () -> count("select count(*) from campaign_offer_purchase p join campaign_offer_member m"
                            + " on m.channel_id = p.channel_id and m.account_id = p.account_id where m.held_out = false") > 0);
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
