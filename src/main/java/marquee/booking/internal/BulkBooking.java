package marquee.booking.internal;

import static marquee.booking.internal.SeatRows.utc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import marquee.booking.BulkSales;
import marquee.booking.SeatState;
import marquee.booking.TicketsSold;
import marquee.catalog.Seat;
import marquee.catalog.SeatType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link BulkSales} by the booking tables themselves: one transaction per call writes, for each order, a hold
 * already ordered, a paid order, its tickets and its captured payment, sells its seats under the same guarded
 * update as a checkout (only free seats) and publishes its {@link TicketsSold}. The box office and the audience
 * count these sales as any other.
 */
@Service
class BulkBooking implements BulkSales {

    private static final Duration HELD_FOR = Duration.ofMinutes(5);

    private final ScreeningFacts facts;
    private final SeatRows seats;
    private final OrderRows orders;
    private final Pricing pricing;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final java.time.Clock clock;

    BulkBooking(java.time.Clock clock, ScreeningFacts facts, SeatRows seats, OrderRows orders, Pricing pricing, JdbcClient jdbc,
                ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.clock = clock;
        this.facts = facts;
        this.seats = seats;
        this.orders = orders;
        this.pricing = pricing;
        this.jdbc = jdbc;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public int soldSeats(long screeningId) {
        return jdbc.sql("select count(*) from screening_seat where screening_id = ? and state in ('SOLD', 'HELD')")
                .param(screeningId).query(Integer.class).single();
    }

    @Override
    public int sell(long screeningId, List<BulkOrder> bulk, int upToSoldSeats) {
        if (bulk.isEmpty()) {
            return 0;
        }
        ScreeningFacts.Facts screening = facts.of(screeningId);
        seats.ensure(screeningId, screening.seatIds());
        Integer sold = transaction.execute(status -> {
            Map<Long, SeatState> states = seats.states(screeningId, clock.instant());
            long taken = states.values().stream().filter(s -> s != SeatState.FREE).count();
            List<Seat> free = screening.hall().seats().stream()
                    .filter(s -> states.getOrDefault(s.id(), SeatState.FREE) == SeatState.FREE)
                    .sorted(Comparator.comparingInt(Seat::gridRow).thenComparingInt(Seat::gridCol))
                    .collect(Collectors.toCollection(ArrayList::new));
            int tickets = 0;
            for (BulkOrder order : bulk) {
                if (taken + tickets + order.seats() > upToSoldSeats || free.size() < order.seats()) {
                    break;
                }
                List<Seat> picked = BestSeats.pick(free, order.seats(), screening.hall().hall().gridRows(),
                        screening.hall().hall().gridCols());
                free.removeAll(picked);
                if (!sellOne(screening, order, picked)) {
                    status.setRollbackOnly(); // a buyer of the real checkout was faster: sell nothing this time
                    return 0;
                }
                tickets += picked.size();
            }
            return tickets;
        });
        return sold == null ? 0 : sold;
    }

    private boolean sellOne(ScreeningFacts.Facts screening, BulkOrder order, List<Seat> picked) {
        long screeningId = screening.screening().id();
        String currency = screening.screening().basePrice().currency();
        List<Long> seatIds = picked.stream().map(Seat::id).sorted().toList();
        List<Long> prices = picked.stream().sorted(Comparator.comparingLong(Seat::id))
                .map(seat -> pricing.priced(screening, seat).price().minor()).toList();
        long total = prices.stream().mapToLong(Long::longValue).sum();
        String holdId = UUID.randomUUID().toString();
        String saleId = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into seat_hold (id, screening_id, buyer_id, seat_ids, created_at, expires_at, extended, status)
                        values (?, ?, ?, ?, ?, ?, false, 'ORDERED')""")
                .params(holdId, screeningId, order.buyerId(), seatIds.stream().map(String::valueOf).collect(Collectors.joining(",")),
                        utc(order.soldAt()), utc(order.soldAt().plus(HELD_FOR))).update();
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into booking_order (buyer_id, screening_id, hold_id, sale_id, status, total_minor, currency, created_at, paid_at)
                        values (?, ?, ?, ?, 'PAID', ?, ?, ?, ?)""")
                .params(order.buyerId(), screeningId, holdId, saleId, total, currency, utc(order.soldAt()), utc(order.soldAt()))
                .update(key, "id");
        long orderId = key.getKey().longValue();
        int changed = jdbc.sql("""
                        update screening_seat set state = 'SOLD', order_id = :order, hold_id = :hold, held_until = null
                        where screening_id = :screening and seat_id in (:seats) and state = 'FREE'""")
                .param("order", orderId).param("hold", holdId).param("screening", screeningId).param("seats", seatIds)
                .update();
        if (changed != seatIds.size()) {
            return false;
        }
        List<OrderRows.TicketRow> tickets = new ArrayList<>();
        for (int i = 0; i < seatIds.size(); i++) {
            tickets.add(new OrderRows.TicketRow(0, orderId, screeningId, seatIds.get(i), Checkout.ticketCode(), prices.get(i),
                    null, null));
        }
        orders.insertTickets(tickets);
        if (total > 0) {
            orders.insertPayment(orderId, "CAPTURE", total, currency, "charge-" + saleId, order.soldAt());
        }
        events.publishEvent(new TicketsSold(saleId, screening.sale(), order.soldAt(), tickets.size(), total, currency,
                "marquee", order.buyerId(), null, null, null, null));
        return true;
    }

    /** Where a group sits: side by side in one row, near the middle, a little towards the back; else the best seats. */
    static final class BestSeats {

        private BestSeats() {
        }

        static List<Seat> pick(List<Seat> free, int size, int gridRows, int gridCols) {
            double bestRow = gridRows * 0.6;
            double middle = (gridCols - 1) / 2.0;
            List<Seat> best = null;
            double bestScore = Double.MAX_VALUE;
            for (int i = 0; i + size <= free.size(); i++) {
                if (!together(free, i, size)) {
                    continue;
                }
                double centre = free.get(i).gridCol() + (size - 1) / 2.0;
                double score = Math.abs(free.get(i).gridRow() - bestRow) + Math.abs(centre - middle) * 0.7;
                if (free.get(i).type() == SeatType.ACCESSIBLE) {
                    score += 50; // kept for those who need them until the hall fills
                }
                if (score < bestScore) {
                    bestScore = score;
                    best = free.subList(i, i + size);
                }
            }
            if (best == null) {
                List<Seat> nearest = new ArrayList<>(free);
                nearest.sort(Comparator.comparingDouble(s -> Math.abs(s.gridRow() - bestRow) + Math.abs(s.gridCol() - middle)));
                best = nearest.subList(0, size);
            }
            return List.copyOf(best);
        }

        private static boolean together(List<Seat> seats, int from, int size) {
            for (int k = from + 1; k < from + size; k++) {
                if (seats.get(k).gridRow() != seats.get(from).gridRow() || seats.get(k).gridCol() != seats.get(k - 1).gridCol() + 1) {
                    return false;
                }
            }
            return true;
        }
    }
}
