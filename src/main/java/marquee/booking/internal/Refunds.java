package marquee.booking.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import marquee.booking.Order;
import marquee.booking.OrderStatus;
import marquee.booking.PaymentProvider;
import marquee.booking.TicketStatus;
import marquee.booking.TicketsRefunded;
import marquee.shared.Conflict;
import marquee.shared.Sentence;
import marquee.shared.InvalidInput;
import marquee.shared.Money;
import marquee.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refunds by policy: in full until the cinema's refund window closes before the show, all tickets of
 * an order or some. A refunded seat is free again at once; a ticket used at the door is never refunded.
 */
@Service
class Refunds {

    private static final Logger log = LoggerFactory.getLogger(Refunds.class);

    private final OrderRows orders;
    private final SeatRows seats;
    private final ScreeningFacts facts;
    private final OrderViews views;
    private final PaymentProvider payments;
    private final ApplicationEventPublisher events;
    private final BookingSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    Refunds(OrderRows orders, SeatRows seats, ScreeningFacts facts, OrderViews views, PaymentProvider payments,
            ApplicationEventPublisher events, BookingSettings settings, JdbcClient jdbc, Clock clock) {
        this.orders = orders;
        this.seats = seats;
        this.facts = facts;
        this.views = views;
        this.payments = payments;
        this.events = events;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Refunds the buyer's tickets {@code ticketIds} of the order (empty or null: every valid one). */
    @Transactional
    Order refund(long buyerId, long orderId, List<Long> ticketIds) {
        OrderRows.Row order = orders.find(orderId).filter(o -> o.buyerId() == buyerId)
                .orElseThrow(() -> new NotFound("order", orderId));
        ScreeningFacts.Facts screening = facts.of(order.screeningId());
        Instant now = clock.instant();
        Duration window = window(screening.cinema().id());
        if (!now.isBefore(screening.screening().startsAt().minus(window))) {
            throw new Conflict(Sentence.of("sentence.booking.refundsClosed", String.valueOf(window.toMinutes())));
        }
        List<OrderRows.TicketRow> tickets = orders.tickets(orderId);
        List<OrderRows.TicketRow> chosen = ticketIds == null || ticketIds.isEmpty()
                ? tickets.stream().filter(t -> t.status() == TicketStatus.VALID).toList()
                : tickets.stream().filter(t -> ticketIds.contains(t.id())).toList();
        if (ticketIds != null && chosen.size() != ticketIds.stream().distinct().count()) {
            throw new InvalidInput("ticketIds", "names tickets that are not tickets of order " + orderId);
        }
        if (chosen.isEmpty()) {
            throw new Conflict(Sentence.of("sentence.booking.nothingToRefund", String.valueOf(orderId)));
        }
        if (settle(order, screening, tickets, chosen, false, now) < 0) {
            throw new Conflict(Sentence.of("sentence.booking.ticketUsed"));
        }
        return views.order(orderId);
    }

    /** What a cancellation gave back on one order. */
    record Refunded(long orderId, long buyerId, int seats, long amountMinor, String currency) {}

    /**
     * Refunds every ticket of the order not refunded yet, whatever the refund window, used tickets too: the cinema
     * cancelled the screening. The same path as a buyer's refund (payment, order, {@link TicketsRefunded} for the box
     * office and every other consumer). Empty when the order had nothing left to refund.
     */
    Optional<Refunded> refundCancelled(OrderRows.Row order, Instant now) {
        List<OrderRows.TicketRow> tickets = orders.tickets(order.id());
        List<OrderRows.TicketRow> chosen = tickets.stream().filter(t -> t.status() != TicketStatus.REFUNDED).toList();
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        long amount = settle(order, facts.of(order.screeningId()), tickets, chosen, true, now);
        if (amount < 0) {
            throw new Conflict("a ticket of order " + order.id() + " changed while the screening was cancelled; try again");
        }
        return Optional.of(new Refunded(order.id(), order.buyerId(), chosen.size(), amount, order.currency()));
    }

    /**
     * Refunds the chosen tickets: they give up their seats, the money goes back, and the refund is published. Returns
     * the amount refunded, or -1 when a ticket was used or refunded meanwhile (nothing was changed then).
     */
    private long settle(OrderRows.Row order, ScreeningFacts.Facts screening, List<OrderRows.TicketRow> tickets,
                        List<OrderRows.TicketRow> chosen, boolean usedToo, Instant now) {
        long orderId = order.id();
        long buyerId = order.buyerId();
        List<Long> ids = chosen.stream().map(OrderRows.TicketRow::id).toList();
        String refundId = UUID.randomUUID().toString();
        if (orders.refundTickets(orderId, ids, refundId, now, usedToo) != ids.size()) {
            return -1;
        }
        List<Long> seatIds = chosen.stream().map(OrderRows.TicketRow::seatId).toList();
        if (seats.unsell(order.screeningId(), seatIds, orderId) != seatIds.size()) {
            // Only when the seat guard has been bypassed (the race control) can another hold own a sold seat. The
            // buyer still gets the money back; the seat rows stay with whoever holds them now.
            log.error("order {} of screening {} did not own all the seats of the tickets it refunds; the seat guard let"
                    + " another hold take them", orderId, order.screeningId());
        }
        long amount = chosen.stream().mapToLong(OrderRows.TicketRow::priceMinor).sum();
        if (amount > 0) {
            String reference = "refund-" + refundId;
            payments.refund(reference, "charge-" + order.saleId(), new Money(amount, order.currency()));
            orders.insertPayment(orderId, "REFUND", amount, order.currency(), reference, now);
        }
        if (tickets.stream().allMatch(t -> t.status() == TicketStatus.REFUNDED || ids.contains(t.id()))) {
            orders.move(orderId, OrderStatus.PAID, OrderStatus.REFUNDED, null);
        }
        events.publishEvent(new TicketsRefunded(refundId, order.saleId(), screening.sale(), now, ids.size(), amount,
                order.currency(), "marquee", buyerId, order.attribution().campaignId(), order.attribution().channelId(),
                order.attribution().partnerId()));
        return amount;
    }

    /** How long before a show the cinema stops refunding: its own setting, or the configured default. */
    Duration window(long cinemaId) {
        return jdbc.sql("select refund_until_minutes from refund_policy where cinema_id = ?").param(cinemaId)
                .query(Integer.class).optional().map(m -> Duration.ofMinutes(m)).orElse(settings.refundUntilBeforeShow());
    }

    @Transactional
    void setWindow(long cinemaId, int minutes) {
        if (minutes < 0 || minutes > 7 * 24 * 60) {
            throw new InvalidInput("refundUntilMinutes", "must be 0 to 10080 (a week)");
        }
        if (jdbc.sql("update refund_policy set refund_until_minutes = ? where cinema_id = ?").params(minutes, cinemaId).update() == 0) {
            jdbc.sql("insert into refund_policy (cinema_id, refund_until_minutes) values (?, ?)").params(cinemaId, minutes).update();
        }
    }
}
