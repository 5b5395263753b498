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
 * The demo day's curve on the tests' small market: at start the simulator sells in bulk what the day had sold by
 * then (whatever the hour, the next days' presales at least), and every one of those sales is real: its seats are
 * taken on the seat map, and the box office and the audience count it.
 */
@MarqueeTest
@TestPropertySource(properties = {"marquee.demo.seed-on-start=true", "marquee.demo.sales.simulate=true",
        "marquee.demo.day.curve=true", "marquee.demo.sales.refund-percent=0", "marquee.demo.sales.decline-percent=0",
        "marquee.demo.past-days=0", "marquee.demo.sales.report-every=5s", "logging.level.marquee.demo=INFO"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoDaySalesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_day_so_far_is_sold_in_bulk_with_real_seats_and_counted_by_the_box_office_and_the_audience() {
        Eventually.until("tickets of the day so far", PATIENCE, () -> count("select count(*) from ticket") >= 50);
        // The bulk path is done when the simulator has logged it; by then all its sales are in (box office catches up).
        Eventually.until("the box office counting every ticket", PATIENCE, () -> count(
                "select coalesce(sum(admissions), 0) from boxoffice_sale where source = 'marquee'")
                == count("select count(*) from ticket where status <> 'REFUNDED'"));
        // Each query reads one committed state while the simulator goes on selling.
        assertThat(count("""
                select count(*) from ticket t where t.status <> 'REFUNDED' and not exists (select 1 from screening_seat s
                  where s.screening_id = t.screening_id and s.seat_id = t.seat_id and s.state = 'SOLD' and s.order_id = t.order_id)"""))
                .as("tickets whose seat is not taken on the seat map").isZero();
        assertThat(count("""
                select count(*) from screening_seat s where s.state = 'SOLD' and not exists (select 1 from ticket t
                  where s.screening_id = t.screening_id and s.seat_id = t.seat_id and t.status <> 'REFUNDED')"""))
                .as("seats taken without a ticket").isZero();
        assertThat(count("select count(*) from booking_order where status = 'PAID'"
                + " and (select count(*) from ticket t where t.order_id = booking_order.id) not between 1 and 4")).isZero();
        assertThat(count("select count(distinct buyer_id) from booking_order")).isGreaterThan(10);
        Eventually.until("the audience counting the buyers", PATIENCE,
                () -> count("select count(*) from audience_ticket") >= count("select count(*) from booking_order where status = 'PAID'") * 9 / 10);
        long fullest = count("""
                select coalesce(max(100 * sold / seats), 0) from (
                  select s.screening_id, sum(case when s.state = 'SOLD' then 1 else 0 end) sold, count(*) seats
                  from screening_seat s group by s.screening_id) x""");
        assertThat(fullest).as("no show sold out beyond the model's cap, in percent").isLessThanOrEqualTo(96);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
