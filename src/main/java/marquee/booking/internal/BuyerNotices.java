package marquee.booking.internal;

import static marquee.booking.internal.SeatRows.utc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import marquee.booking.BuyerNotice;
import marquee.shared.Money;
import marquee.shared.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notices buyers are sent about their orders (table {@code buyer_notice}), newest first. Part of a moviegoer's
 * personal data: exported with the rest, and deleted when they ask to be forgotten.
 */
@Repository
class BuyerNotices implements PersonalData {

    private final JdbcClient jdbc;
    private final ScreeningFacts facts;

    BuyerNotices(JdbcClient jdbc, ScreeningFacts facts) {
        this.jdbc = jdbc;
        this.facts = facts;
    }

    /** Tells the buyer of an order that its screening was cancelled and what was refunded. */
    void cancelled(Refunds.Refunded refund, long screeningId, String reason, Instant at) {
        jdbc.sql("""
                        insert into buyer_notice (buyer_id, order_id, screening_id, kind, seats, refunded_minor, currency, reason,
                                                  created_at)
                        values (?, ?, ?, 'CANCELLED', ?, ?, ?, ?, ?)""")
                .params(refund.buyerId(), refund.orderId(), screeningId, refund.seats(), refund.amountMinor(), refund.currency(),
                        reason, utc(at))
                .update();
    }

    List<BuyerNotice> ofBuyer(long buyerId, int limit) {
        return jdbc.sql("select * from buyer_notice where buyer_id = ? order by created_at desc, id desc limit ?")
                .params(buyerId, limit)
                .query((rs, n) -> {
                    var screening = facts.of(rs.getLong("screening_id")).screening();
                    return new BuyerNotice(rs.getLong("id"), rs.getString("kind"), rs.getLong("order_id"), screening.id(),
                            screening.filmId(), screening.cinemaId(), screening.startsAt(), rs.getInt("seats"),
                            new Money(rs.getLong("refunded_minor"), rs.getString("currency")), rs.getString("reason"),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant());
                })
                .list();
    }

    @Override
    public String section() {
        return "notices";
    }

    @Override
    public Object export(long accountId) {
        return ofBuyer(accountId, Integer.MAX_VALUE);
    }

    @Override
    public void forget(long accountId) {
        jdbc.sql("delete from buyer_notice where buyer_id = ?").param(accountId).update();
    }
}
