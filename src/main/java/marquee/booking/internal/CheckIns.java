package marquee.booking.internal;

import java.time.Clock;
import java.time.Instant;
import marquee.booking.Order;
import marquee.booking.TicketCheckedIn;
import marquee.booking.TicketStatus;
import marquee.shared.Conflict;
import marquee.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The door: a ticket's code is scanned once, at its own cinema, and never after a refund. */
@Service
class CheckIns {

    /** What the door sees after a scan: the ticket's seat and order. */
    record Admitted(String code, String row, int number, long screeningId, long orderId, Instant checkedInAt) {}

    private final OrderRows orders;
    private final ScreeningFacts facts;
    private final OrderViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckIns(OrderRows orders, ScreeningFacts facts, OrderViews views, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.facts = facts;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Admitted checkIn(String code, long cinemaId) {
        OrderRows.TicketRow ticket = orders.ticketByCode(code).orElseThrow(() -> new NotFound("ticket", code));
        ScreeningFacts.Facts screening = facts.of(ticket.screeningId());
        if (screening.cinema().id() != cinemaId) {
            throw new Conflict("this ticket is for " + screening.cinema().name() + ", not this cinema");
        }
        if (ticket.status() == TicketStatus.REFUNDED) {
            throw new Conflict("this ticket was refunded");
        }
        Instant now = clock.instant();
        if (!orders.checkIn(ticket.id(), now)) {
            throw new Conflict("this ticket was already scanned" + (ticket.checkedInAt() != null ? " at " + ticket.checkedInAt() : ""));
        }
        Order order = views.order(ticket.orderId());
        events.publishEvent(new TicketCheckedIn(ticket.id(), order.id(), order.buyerId(), order.filmId(), order.screeningId(),
                cinemaId, now));
        var seat = screening.seatsById().get(ticket.seatId());
        return new Admitted(code, seat.row(), seat.number(), ticket.screeningId(), order.id(), now);
    }
}
