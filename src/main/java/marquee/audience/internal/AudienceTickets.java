package marquee.audience.internal;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import marquee.booking.TicketCheckedIn;
import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tickets moviegoers bought, kept by the audience module from booking's events. Each sale and each
 * refund is counted once, however often it is delivered (its id is the key); a sale without a known
 * buyer (a feed from another seller) says nothing about the audience and is left out. The listeners
 * only deliver: what an event changes is in the {@code store} methods, which a rebuild from booking's
 * history ({@link AudienceHistory}) calls too.
 */
@Component
public class AudienceTickets {

    private final JdbcClient jdbc;
    /** Live deliveries share it, a rebuild takes it alone: neither ever sees half of the other. */
    private final ReadWriteLock rebuilding = new ReentrantReadWriteLock();
    private volatile long changes;

    AudienceTickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A live delivery of a sale, refund or check-in, inside the caller's transaction: in one application through
     * the event publication registry ({@link AudienceListener}), in a cluster from Kafka ({@link PurchasesFromKafka}).
     */
    void deliver(Object event) {
        deliveringUntilCommitted();
        switch (event) {
            case TicketsSold sale -> store(sale);
            case TicketsRefunded refund -> store(refund);
            case TicketCheckedIn checkIn -> store(checkIn);
            default -> throw new IllegalArgumentException("not a purchase event: " + event.getClass().getName());
        }
    }

    void store(TicketsSold sale) {
        if (sale.buyerId() == null) {
            return;
        }
        if (known("select count(*) from audience_ticket where sale_id = ?", sale.saleId())) {
            return;
        }
        ZonedDateTime show = sale.context().screeningStartsAt().atZone(sale.context().timeZone());
        // Refunds of this sale delivered before it (re-deliveries after a crash run on several threads) come off now.
        long[] refunded = jdbc.sql("select coalesce(sum(seats), 0), coalesce(sum(amount_minor), 0) from audience_refund where sale_id = ?")
                .param(sale.saleId()).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        try {
            jdbc.sql("""
                            insert into audience_ticket (sale_id, account_id, film_id, cinema_id, weekday, local_hour, seats,
                                                         amount_minor, sold_at, coupon_code, campaign_id)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(sale.saleId(), sale.buyerId(), sale.context().filmId(), sale.context().cinemaId(),
                            show.getDayOfWeek().getValue(), show.getHour(), Math.max(sale.seats() - refunded[0], 0),
                            Math.max(sale.amountMinor() - refunded[1], 0),
                            sale.soldAt().atOffset(ZoneOffset.UTC), sale.couponCode(), sale.campaignId())
                    .update();
            changes++;
        } catch (DuplicateKeyException delivered) {
            // counted already
        }
    }

    void store(TicketsRefunded refund) {
        if (refund.buyerId() == null) {
            return;
        }
        if (known("select count(*) from audience_refund where refund_id = ?", refund.refundId())) {
            return;
        }
        try {
            jdbc.sql("""
                            insert into audience_refund (refund_id, sale_id, film_id, seats, amount_minor, refunded_at)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(refund.refundId(), refund.saleId(), refund.context().filmId(), refund.seats(), refund.amountMinor(),
                            refund.refundedAt().atOffset(ZoneOffset.UTC)).update();
        } catch (DuplicateKeyException delivered) {
            return;
        }
        jdbc.sql("""
                        update audience_ticket set seats = greatest(seats - ?, 0), amount_minor = greatest(amount_minor - ?, 0)
                        where sale_id = ?""")
                .params(refund.seats(), refund.amountMinor(), refund.saleId()).update();
        changes++;
    }

    void store(TicketCheckedIn checkIn) {
        if (known("select count(*) from audience_checkin where ticket_id = ?", checkIn.ticketId())) {
            return;
        }
        jdbc.sql("insert into audience_checkin (ticket_id, account_id, film_id, checked_in_at) values (?, ?, ?, ?)")
                .params(checkIn.ticketId(), checkIn.buyerId(), checkIn.filmId(), checkIn.checkedInAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    /**
     * Runs {@code rebuild} with no live delivery under way: those begun are committed first, those arriving
     * meanwhile wait for it to end (its transaction must end inside {@code rebuild}). Then every purchase,
     * refund and check-in kept is deleted, for the rebuild to store again.
     */
    <T> T rebuild(Supplier<T> rebuild) {
        Lock alone = rebuilding.writeLock();
        alone.lock();
        try {
            return rebuild.get();
        } finally {
            alone.unlock();
        }
    }

    /** Deletes every purchase, refund and check-in kept: the first step of a rebuild, in its transaction. */
    void clear() {
        for (String table : new String[] {"audience_checkin", "audience_refund", "audience_ticket"}) {
            jdbc.sql("delete from " + table).update();
        }
        changes++;
    }

    /**
     * A live delivery holds a rebuild off until its own transaction has ended (committed or not), not just
     * until its method returns: a rebuild must find its rows, or none of them.
     */
    private void deliveringUntilCommitted() {
        Lock delivering = rebuilding.readLock();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                delivering.unlock();
            }
        });
        delivering.lock();
    }

    /** Whether an event was counted already (checked first: on PostgreSQL a failed insert spoils the transaction). */
    private boolean known(String sql, Object id) {
        return jdbc.sql(sql).param(id).query(Long.class).single() > 0;
    }

    /** A number that moves whenever a purchase or refund was stored: the index rebuilds when it differs. */
    long changes() {
        return changes;
    }

    /** Every purchase with seats left (refunds subtracted). */
    void forEach(Consumer<AudienceData.Purchase> each) {
        // One string per coupon code, not one per purchase: a campaign's code may be on a million of them.
        Map<String, String> codes = new HashMap<>();
        jdbc.sql("""
                        select account_id, film_id, cinema_id, weekday, local_hour, seats, amount_minor, coupon_code, campaign_id
                        from audience_ticket where seats > 0""")
                .query(rs -> {
                    String code = rs.getString(8);
                    each.accept(new AudienceData.Purchase(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5),
                            rs.getInt(6), rs.getLong(7), code == null ? null : codes.computeIfAbsent(code, c -> c),
                            rs.getObject(9, Long.class)));
                });
    }
}
