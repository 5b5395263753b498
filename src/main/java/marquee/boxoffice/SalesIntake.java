package marquee.boxoffice;

import java.util.concurrent.CompletableFuture;
import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;

/**
 * Where sale events enter the box office: booking's events (through the event publication registry)
 * and other sellers' feeds alike. Each future completes once the event is durably counted; an event
 * delivered twice counts once.
 */
public interface SalesIntake {

    CompletableFuture<Void> accept(TicketsSold sale);

    CompletableFuture<Void> accept(TicketsRefunded refund);
}
