package marquee.boxoffice.internal;

import marquee.booking.TicketsRefunded;
import marquee.booking.TicketsSold;
import marquee.boxoffice.SalesIntake;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Consumes booking's sale events after their transaction commits. The event publication registry
 * marks an event done only when this returns, that is when the writer has made it durable; an
 * event whose counting failed, or was cut short by a crash, stays incomplete and is delivered again
 * (see {@code marquee.shared.events.EventRedelivery}), and counted once. No transaction of its own:
 * it only waits for the writer, which writes in its own, and should hold no connection meanwhile.
 */
@Component
@Profile("!cluster")
class SalesListener {

    private final SalesIntake intake;

    SalesListener(SalesIntake intake) {
        this.intake = intake;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TicketsSold sale) {
        intake.accept(sale).join();
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TicketsRefunded refund) {
        intake.accept(refund).join();
    }
}
