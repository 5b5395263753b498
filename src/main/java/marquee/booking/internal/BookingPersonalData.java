package marquee.booking.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import marquee.shared.PersonalData;
import org.springframework.stereotype.Component;

/**
 * Booking's part of a moviegoer's data: their orders and tickets. Forgetting keeps the orders, which
 * accounting must keep, linked only to the anonymised account; stored answers to their requests go.
 */
@Component
class BookingPersonalData implements PersonalData {

    private final OrderViews orders;
    private final JdbcClient jdbc;

    BookingPersonalData(OrderViews orders, JdbcClient jdbc) {
        this.orders = orders;
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "orders";
    }

    @Override
    public Object export(long accountId) {
        return orders.ofBuyer(accountId, Integer.MAX_VALUE);
    }

    @Override
    public void forget(long accountId) {
        jdbc.sql("delete from idempotency_key where account_id = ?").param(accountId).update();
        jdbc.sql("update seat_hold set status = 'RELEASED' where buyer_id = ? and status = 'ACTIVE'").param(accountId).update();
    }
}
