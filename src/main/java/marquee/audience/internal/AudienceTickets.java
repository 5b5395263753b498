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
        // The seats and amount sold, refunds never taken off here: a refund is a row of its own, subtracted when
        // purchases are read. Subtracting in place lost refunds delivered at the same time as their sale (each
        // transaction blind to the other's uncommitted row), which re-deliveries on several threads do.
        try {
            jdbc.sql("""
                            insert into audience_ticket (sale_id, account_id, film_id, cinema_id, weekday, local_hour, seats,
                                                         amount_minor, sold_at, coupon_code, campaign_id)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(sale.saleId(), sale.buyerId(), sale.context().filmId(), sale.context().cinemaId(),
                            show.getDayOfWeek().getValue(), show.getHour(), sale.seats(), sale.amountMinor(),
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

    /**
     * Each purchase with its refunds subtracted (never below zero), as the columns of {@code audience_ticket}; a refund
     * whose sale has not arrived yet subtracts from nothing.
     */
    static final String NET_PURCHASES = """
            select t.sale_id, t.account_id, t.film_id, t.cinema_id, t.weekday, t.local_hour, t.sold_at, t.coupon_code,
                   t.campaign_id, greatest(t.seats - coalesce(r.seats, 0), 0) as seats,
                   greatest(t.amount_minor - coalesce(r.amount_minor, 0), 0) as amount_minor
            from audience_ticket t
            left join (select sale_id, sum(seats) as seats, sum(amount_minor) as amount_minor from audience_refund
                       group by sale_id) r on r.sale_id = t.sale_id""";

    /** Every purchase with seats left (refunds subtracted). */
    void forEach(Consumer<AudienceData.Purchase> each) {
        // One string per coupon code, not one per purchase: a campaign's code may be on a million of them.
        Map<String, String> codes = new HashMap<>();
        jdbc.sql("select account_id, film_id, cinema_id, weekday, local_hour, seats, amount_minor, coupon_code, campaign_id from ("
                        + NET_PURCHASES + ") p where seats > 0")
                .query(rs -> {
                    String code = rs.getString(8);
                    each.accept(new AudienceData.Purchase(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5),
                            rs.getInt(6), rs.getLong(7), code == null ? null : codes.computeIfAbsent(code, c -> c),
                            rs.getObject(9, Long.class)));
                });
    }
}
