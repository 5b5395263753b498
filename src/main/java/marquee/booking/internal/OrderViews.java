package marquee.booking.internal;

import java.util.List;
import marquee.booking.Order;
import marquee.booking.Ticket;
import marquee.catalog.Seat;
import marquee.shared.Money;
import marquee.shared.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Orders as their buyer sees them, with the tickets' seats labelled; 404 for anyone else's. */
@Component
class OrderViews {

    private final OrderRows orders;
    private final ScreeningFacts facts;

    OrderViews(OrderRows orders, ScreeningFacts facts) {
        this.orders = orders;
        this.facts = facts;
    }

    @Transactional(readOnly = true)
    Order order(long orderId) {
        return view(orders.find(orderId).orElseThrow(() -> new NotFound("order", orderId)));
    }

    /** The buyer's order; another buyer's answers 404, exactly as an order that does not exist. */
    @Transactional(readOnly = true)
    Order own(long buyerId, long orderId) {
        return view(orders.find(orderId).filter(o -> o.buyerId() == buyerId).orElseThrow(() -> new NotFound("order", orderId)));
    }

    @Transactional(readOnly = true)
    List<Order> ofBuyer(long buyerId, int limit) {
        return orders.ofBuyer(buyerId, limit).stream().map(this::view).toList();
    }

    /** The buyer's ticket with this code; 404 for anyone else's. */
    @Transactional(readOnly = true)
    OrderRows.TicketRow ownTicket(long buyerId, String code) {
        return orders.ticketByCode(code)
                .filter(t -> orders.find(t.orderId()).map(o -> o.buyerId() == buyerId).orElse(false))
                .orElseThrow(() -> new NotFound("ticket", code));
    }

    Order view(OrderRows.Row o) {
        ScreeningFacts.Facts screening = facts.of(o.screeningId());
        List<Ticket> tickets = orders.tickets(o.id()).stream().map(t -> {
            Seat seat = screening.seatsById().get(t.seatId());
            return new Ticket(t.id(), t.code(), t.seatId(), seat.row(), seat.number(), new Money(t.priceMinor(), o.currency()),
                    t.status(), t.checkedInAt());
        }).toList();
        return new Order(o.id(), o.buyerId(), o.screeningId(), screening.screening().filmId(), screening.cinema().id(),
                screening.screening().startsAt(), o.status(), new Money(o.totalMinor(), o.currency()), o.couponCode(),
                o.createdAt(), o.paidAt(), tickets);
    }
}
