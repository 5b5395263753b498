package marquee.audience.internal;

import marquee.booking.TicketCheckedIn;
import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;
import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Booking's events delivered within one application, each in a transaction of its own after booking's
 * committed; incomplete deliveries are delivered again ({@code EventRedelivery}) and stored once. The ids are
 * those the listeners had when they were methods of {@link AudienceTickets}, so publications stored by an
 * earlier version still find their listener.
 */
@Component
@Profile("!cluster")
class AudienceListener {

    private static final String ID = "marquee.audience.internal.AudienceTickets.on(marquee.booking.";

    private final AudienceTickets tickets;

    AudienceListener(AudienceTickets tickets) {
        this.tickets = tickets;
    }

    @ApplicationModuleListener(id = ID + "TicketsSold)")
    void on(TicketsSold sale) {
        tickets.deliver(sale);
    }

    @ApplicationModuleListener(id = ID + "TicketsRefunded)")
    void on(TicketsRefunded refund) {
        tickets.deliver(refund);
    }

    @ApplicationModuleListener(id = ID + "TicketCheckedIn)")
    void on(TicketCheckedIn checkIn) {
        tickets.deliver(checkIn);
    }
}
